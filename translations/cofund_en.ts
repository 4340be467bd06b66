<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Cofund</name>
        <message>
            <source>Amount (10,000 yuan)</source>
            <translation>Amount (10,000 yuan)</translation>
        </message>
        <message>
            <source>Spending by year and source</source>
            <translation>Spending by year and source</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message>
            <source>Spending by category, year and side</source>
            <translation>Spending by category, year and side</translation>
        </message>
        <message>
            <source>Cumulative fiscal</source>
            <translation>Cumulative fiscal</translation>
        </message>
        <message>
            <source>Cumulative self-raised</source>
            <translation>Cumulative self-raised</translation>
        </message>
        <message>
            <source>%1 (short %2)</source>
            <translation>%1 (short %2)</translation>
        </message>
        <message>
            <source>Required: %1 × cumulative fiscal</source>
            <translation>Required: %1 × cumulative fiscal</translation>
        </message>
        <message>
            <source>Co-funding, fiscal : self-raised %1 (required %2)</source>
            <translation>Co-funding, fiscal : self-raised %1 (required %2)</translation>
        </message>
        <message>
            <source>Co-funding: cumulative fiscal and self-raised</source>
            <translation>Co-funding: cumulative fiscal and self-raised</translation>
        </message>
        <message>
            <source>No co-funding ratio applies to this plan.</source>
            <translation>No co-funding ratio applies to this plan.</translation>
        </message>
        <message>
            <source>The plan has no projections to draw.</source>
            <translation>The plan has no projections to draw.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Indicators with targets by year</source>
            <translation>Indicators with targets by year</translation>
        </message>
        <message>
            <source>At least %1 indicators (clause %2); the plan states %3.</source>
            <translation>At least %1 indicators (clause %2); the plan states %3.</translation>
        </message>
        <message>
            <source>Each first-year target at least %1 of the indicator's whole-period target (clause %2).</source>
            <translation>Each first-year target at least %1 of the indicator's whole-period target (clause %2).</translation>
        </message>
        <message>
            <source>Targets set by year (clause %1).</source>
            <translation>Targets set by year (clause %1).</translation>
        </message>
        <message>
            <source>The plan states no indicators with targets by year.</source>
            <translation>The plan states no indicators with targets by year.</translation>
        </message>
        <message>
            <source>First-year share</source>
            <translation>First-year share</translation>
        </message>
        <message>
            <source>no first-year target</source>
            <translation>no first-year target</translation>
        </message>
        <message>
            <source>first year below %1, at least %2</source>
            <translation>first year below %1, at least %2</translation>
        </message>
        <message>
            <source>Unit: 10,000 yuan (万元)</source>
            <translation>Unit: 10,000 yuan (万元)</translation>
        </message>
        <message>
            <source>Project budget</source>
            <translation>Project budget</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Project title</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Annex %1</source>
            <translation>Annex %1</translation>
        </message>
        <message>
            <source>Direction %1</source>
            <translation>Direction %1</translation>
        </message>
        <message>
            <source>Class and annex or direction</source>
            <translation>Class and annex or direction</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>1. Sources of funds</source>
            <translation>1. Sources of funds</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Self-raised funds</source>
            <translation>Self-raised funds</translation>
        </message>
        <message>
            <source>of which: %1</source>
            <translation>of which: %1</translation>
        </message>
        <message>
            <source>2. Expenditure by category</source>
            <translation>2. Expenditure by category</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>Fiscal</translation>
        </message>
        <message>
            <source>Self-raised</source>
            <translation>Self-raised</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Sum</translation>
        </message>
        <message>
            <source>I. Direct costs</source>
            <translation>I. Direct costs</translation>
        </message>
        <message>
            <source>II. Indirect costs</source>
            <translation>II. Indirect costs</translation>
        </message>
        <message>
            <source>3. Co-funding check</source>
            <translation>3. Co-funding check</translation>
        </message>
        <message>
            <source>Fiscal side (the ratio's base)</source>
            <translation>Fiscal side (the ratio's base)</translation>
        </message>
        <message>
            <source>Self-raised side</source>
            <translation>Self-raised side</translation>
        </message>
        <message>
            <source>Required ratio, fiscal : self-raised (clause %1)</source>
            <translation>Required ratio, fiscal : self-raised (clause %1)</translation>
        </message>
        <message>
            <source>Required self-raised</source>
            <translation>Required self-raised</translation>
        </message>
        <message>
            <source>Ratio achieved, fiscal : self-raised</source>
            <translation>Ratio achieved, fiscal : self-raised</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>met, %1 to spare</source>
            <translation>met, %1 to spare</translation>
        </message>
        <message>
            <source>short by %1 (yuan %2)</source>
            <translation>short by %1 (yuan %2)</translation>
        </message>
        <message>
            <source>Required multiple</source>
            <translation>Required multiple</translation>
        </message>
        <message>
            <source>Leverage (total ÷ special fund)</source>
            <translation>Leverage (total ÷ special fund)</translation>
        </message>
        <message>
            <source>4. Indicators</source>
            <translation>4. Indicators</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>Projected</translation>
        </message>
        <message>
            <source>P(meet)</source>
            <translation>P(meet)</translation>
        </message>
        <message>
            <source>5. Tasks and budget</source>
            <translation>5. Tasks and budget</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>The call: %1</source>
            <translation>The call: %1</translation>
        </message>
        <message>
            <source>The project: %1</source>
            <translation>The project: %1</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>not covered</translation>
        </message>
        <message>
            <source>not in this subproject</source>
            <translation>not in this subproject</translation>
        </message>
        <message>
            <source>not a task of annex %1</source>
            <translation>not a task of annex %1</translation>
        </message>
        <message>
            <source>No budget line names a task, so the budget is not split by task.</source>
            <translation>No budget line names a task, so the budget is not split by task.</translation>
        </message>
        <message>
            <source>The call lists no tasks for this class of project.</source>
            <translation>The call lists no tasks for this class of project.</translation>
        </message>
        <message>
            <source>The call lists no indicators; the plan states none.</source>
            <translation>The call lists no indicators; the plan states none.</translation>
        </message>
        <message>
            <source>The call lists no tasks for general projects.</source>
            <translation>The call lists no tasks for general projects.</translation>
        </message>
        <message>
            <source>The catalog lists no tasks for this annex.</source>
            <translation>The catalog lists no tasks for this annex.</translation>
        </message>
        <message>
            <source>6. Findings</source>
            <translation>6. Findings</translation>
        </message>
        <message>
            <source>%1 more findings of this rule are not listed here; cofund check lists every one.</source>
            <translation>%1 more findings of this rule are not listed here; cofund check lists every one.</translation>
        </message>
        <message>
            <source>and %1 more partners, listed in the plan file</source>
            <translation>and %1 more partners, listed in the plan file</translation>
        </message>
        <message>
            <source>No findings: the plan meets every rule checked.</source>
            <translation>No findings: the plan meets every rule checked.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>practice</translation>
        </message>
        <message>
            <source>8. Charts</source>
            <translation>8. Charts</translation>
        </message>
        <message>
            <source>Made with Cofund. Amounts are exact to the fen, in 10,000 yuan: two decimals, up to six where an amount has yuan below a hundred; the charts round to two.</source>
            <translation>Made with Cofund. Amounts are exact to the fen, in 10,000 yuan: two decimals, up to six where an amount has yuan below a hundred; the charts round to two.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>%1, millions</source>
            <translation>%1, millions</translation>
        </message>
        <message>
            <source>%1, thousands</source>
            <translation>%1, thousands</translation>
        </message>
        <message>
            <source>Target %1 %2</source>
            <translation>Target %1 %2</translation>
        </message>
        <message>
            <source>Projected indicators against their targets</source>
            <translation>Projected indicators against their targets</translation>
        </message>
        <message>
            <source>Risk: P10–P90 of the simulated indicators</source>
            <translation>Risk: P10–P90 of the simulated indicators</translation>
        </message>
        <message>
            <source>%1: P(meet target) = %2%</source>
            <translation>%1: P(meet target) = %2%</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50</translation>
        </message>
        <message>
            <source>P90 %1</source>
            <translation>P90 %1</translation>
        </message>
        <message>
            <source>P50 %1</source>
            <translation>P50 %1</translation>
        </message>
        <message>
            <source>No projection has an uncertain growth rate (low &lt; rate &lt; high) to simulate.</source>
            <translation>No projection has an uncertain growth rate (low &lt; rate &lt; high) to simulate.</translation>
        </message>
        <message>
            <source>meets (projected)</source>
            <translation>meets (projected)</translation>
        </message>
        <message>
            <source>below target (projected)</source>
            <translation>below target (projected)</translation>
        </message>
        <message>
            <source>Stated value</source>
            <translation>Stated value</translation>
        </message>
        <message>
            <source>%1 (short %2 yuan)</source>
            <translation>%1 (short %2 yuan)</translation>
        </message>
        <message>
            <source>7. Budget justification</source>
            <translation>7. Budget justification</translation>
        </message>
        <message>
            <source>Each line with its year, source and note, and its basis: quantities × unit price = amount, in yuan. Category totals in 10,000 yuan (万元).</source>
            <translation>Each line with its year, source and note, and its basis: quantities × unit price = amount, in yuan. Category totals in 10,000 yuan (万元).</translation>
        </message>
        <message>
            <source>%1: %2 (10,000 yuan)</source>
            <translation>%1: %2 (10,000 yuan)</translation>
        </message>
        <message>
            <source>Total: fiscal %1, self-raised %2 (10,000 yuan)</source>
            <translation>Total: fiscal %1, self-raised %2 (10,000 yuan)</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 yuan</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Line %1</translation>
        </message>
        <message>
            <source>No basis given; reviewers expect one for this line.</source>
            <translation>No basis given; reviewers expect one for this line.</translation>
        </message>
        <message>
            <source>No basis given.</source>
            <translation>No basis given.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantities</source>
            <translation>Quantities</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Basis total</source>
            <translation>Basis total</translation>
        </message>
        <message>
            <source>written: %1</source>
            <translation>written: %1</translation>
        </message>
        <message>
            <source>lump sum</source>
            <translation>lump sum</translation>
        </message>
        <message>
            <source>Basis above the line&apos;s amount by</source>
            <translation>Basis above the line&apos;s amount by</translation>
        </message>
        <message>
            <source>Basis below the line&apos;s amount by</source>
            <translation>Basis below the line&apos;s amount by</translation>
        </message>
        <message>
            <source>No budget line carries a basis (quantities × unit price) yet.</source>
            <translation>No budget line carries a basis (quantities × unit price) yet.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Notes on budget lines</source>
            <translation>Notes on budget lines</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>%1 more notes are not listed here; cofund export lists every line with its note.</source>
            <translation>%1 more notes are not listed here; cofund export lists every line with its note.</translation>
        </message>
        <message>
            <source>Budget by participating unit</source>
            <translation>Budget by participating unit</translation>
        </message>
        <message>
            <source>Participating unit</source>
            <translation>Participating unit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Task share</source>
            <translation>Task share</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Special fund transferred to the partners (外拨): %1 万元, of which abroad: %2 万元.</source>
            <translation>Special fund transferred to the partners (外拨): %1 万元, of which abroad: %2 万元.</translation>
        </message>
        <message>
            <source>Money of each partner by category</source>
            <translation>Money of each partner by category</translation>
        </message>
        <message>
            <source>Totals as declared in the form</source>
            <translation>Totals as declared in the form</translation>
        </message>
        <message>
            <source>Heading in the form</source>
            <translation>Heading in the form</translation>
        </message>
        <message>
            <source>Lines it covers</source>
            <translation>Lines it covers</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Declared</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>Computed</translation>
        </message>
        <message>
            <source>Declared − computed</source>
            <translation>Declared − computed</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>every category</source>
            <translation>every category</translation>
        </message>
        <message>
            <source>every source</source>
            <translation>every source</translation>
        </message>
        <message>
            <source>equipment: %1</source>
            <translation>equipment: %1</translation>
        </message>
        <message>
            <source>Program fiscal spend by year and project · leverage %1</source>
            <translation>Program fiscal spend by year and project · leverage %1</translation>
        </message>
        <message>
            <source>Projects: %1; fiscal %2 (10,000 yuan), total %3; leverage = total ÷ fiscal</source>
            <translation>Projects: %1; fiscal %2 (10,000 yuan), total %3; leverage = total ÷ fiscal</translation>
        </message>
        <message>
            <source>Fiscal (10,000 yuan)</source>
            <translation>Fiscal (10,000 yuan)</translation>
        </message>
    </context>
</TS>
