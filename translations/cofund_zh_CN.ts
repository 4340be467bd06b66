<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Cofund</name>
        <message>
            <source>Amount (10,000 yuan)</source>
            <translation>金额（万元）</translation>
        </message>
        <message>
            <source>Spending by year and source</source>
            <translation>分年度经费投入（按来源）</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <source>Spending by category, year and side</source>
            <translation>分科目经费预算（按年度、财政与自筹）</translation>
        </message>
        <message>
            <source>Cumulative fiscal</source>
            <translation>累计财政经费</translation>
        </message>
        <message>
            <source>Cumulative self-raised</source>
            <translation>累计自筹经费</translation>
        </message>
        <message>
            <source>%1 (short %2)</source>
            <translation>%1（缺口 %2）</translation>
        </message>
        <message>
            <source>Required: %1 × cumulative fiscal</source>
            <translation>要求：累计财政经费 × %1</translation>
        </message>
        <message>
            <source>Co-funding, fiscal : self-raised %1 (required %2)</source>
            <translation>配套比例 专项经费 : 自筹 = %1（要求 %2）</translation>
        </message>
        <message>
            <source>Co-funding: cumulative fiscal and self-raised</source>
            <translation>配套情况：累计财政与自筹经费</translation>
        </message>
        <message>
            <source>No co-funding ratio applies to this plan.</source>
            <translation>本项目无配套比例要求。</translation>
        </message>
        <message>
            <source>The plan has no projections to draw.</source>
            <translation>本计划没有可绘制的预测。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>预算科目</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>经费来源</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划值</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Indicators with targets by year</source>
            <translation>分年度绩效指标</translation>
        </message>
        <message>
            <source>At least %1 indicators (clause %2); the plan states %3.</source>
            <translation>绩效指标不少于 %1 项（条款 %2）；计划填写了 %3 项。</translation>
        </message>
        <message>
            <source>Each first-year target at least %1 of the indicator's whole-period target (clause %2).</source>
            <translation>每项指标第一年度目标不低于其总目标的 %1（条款 %2）。</translation>
        </message>
        <message>
            <source>Targets set by year (clause %1).</source>
            <translation>分年度确定绩效目标（条款 %1）。</translation>
        </message>
        <message>
            <source>The plan states no indicators with targets by year.</source>
            <translation>计划未填写分年度绩效指标。</translation>
        </message>
        <message>
            <source>First-year share</source>
            <translation>第一年度占比</translation>
        </message>
        <message>
            <source>no first-year target</source>
            <translation>未填第一年度目标</translation>
        </message>
        <message>
            <source>first year below %1, at least %2</source>
            <translation>第一年度低于 %1，应不低于 %2</translation>
        </message>
        <message>
            <source>Unit: 10,000 yuan (万元)</source>
            <translation>单位：万元</translation>
        </message>
        <message>
            <source>Project budget</source>
            <translation>项目经费预算表</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>申报指南</translation>
        </message>
        <message>
            <source>Annex %1</source>
            <translation>附件%1</translation>
        </message>
        <message>
            <source>Direction %1</source>
            <translation>方向%1</translation>
        </message>
        <message>
            <source>Class and annex or direction</source>
            <translation>项目类别及附件（方向）</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申报单位</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>合作单位</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>执行期限</translation>
        </message>
        <message>
            <source>1. Sources of funds</source>
            <translation>一、经费来源预算</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Self-raised funds</source>
            <translation>自筹经费</translation>
        </message>
        <message>
            <source>of which: %1</source>
            <translation>其中：%1</translation>
        </message>
        <message>
            <source>2. Expenditure by category</source>
            <translation>二、经费支出预算</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>财政</translation>
        </message>
        <message>
            <source>Self-raised</source>
            <translation>自筹</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>I. Direct costs</source>
            <translation>（一）直接费用</translation>
        </message>
        <message>
            <source>II. Indirect costs</source>
            <translation>（二）间接费用</translation>
        </message>
        <message>
            <source>3. Co-funding check</source>
            <translation>三、配套资金核查</translation>
        </message>
        <message>
            <source>Fiscal side (the ratio's base)</source>
            <translation>财政经费（配套基数）</translation>
        </message>
        <message>
            <source>Self-raised side</source>
            <translation>自筹经费</translation>
        </message>
        <message>
            <source>Required ratio, fiscal : self-raised (clause %1)</source>
            <translation>要求比例 专项经费 : 自筹（条款 %1）</translation>
        </message>
        <message>
            <source>Required self-raised</source>
            <translation>应配套自筹经费</translation>
        </message>
        <message>
            <source>Ratio achieved, fiscal : self-raised</source>
            <translation>实际比例 专项经费 : 自筹</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>met, %1 to spare</source>
            <translation>满足要求，富余 %1</translation>
        </message>
        <message>
            <source>short by %1 (yuan %2)</source>
            <translation>不足 %1（%2 元）</translation>
        </message>
        <message>
            <source>Required multiple</source>
            <translation>要求倍数</translation>
        </message>
        <message>
            <source>Leverage (total ÷ special fund)</source>
            <translation>杠杆率（总投入 ÷ 专项经费）</translation>
        </message>
        <message>
            <source>4. Indicators</source>
            <translation>四、考核指标</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>预测值</translation>
        </message>
        <message>
            <source>P(meet)</source>
            <translation>达标概率</translation>
        </message>
        <message>
            <source>5. Tasks and budget</source>
            <translation>五、任务与预算</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>The call: %1</source>
            <translation>指南：%1</translation>
        </message>
        <message>
            <source>The project: %1</source>
            <translation>本项目：%1</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>未覆盖</translation>
        </message>
        <message>
            <source>not in this subproject</source>
            <translation>本课题不承担</translation>
        </message>
        <message>
            <source>not a task of annex %1</source>
            <translation>非附件%1的任务</translation>
        </message>
        <message>
            <source>No budget line names a task, so the budget is not split by task.</source>
            <translation>预算均未指明任务，因此未按任务分列。</translation>
        </message>
        <message>
            <source>The call lists no tasks for this class of project.</source>
            <translation>指南未给该类项目规定任务。</translation>
        </message>
        <message>
            <source>The call lists no indicators; the plan states none.</source>
            <translation>指南未列出绩效指标，计划也未填写。</translation>
        </message>
        <message>
            <source>The call lists no tasks for general projects.</source>
            <translation>指南未给一般项目规定任务。</translation>
        </message>
        <message>
            <source>The catalog lists no tasks for this annex.</source>
            <translation>目录未列出本附件的任务。</translation>
        </message>
        <message>
            <source>6. Findings</source>
            <translation>六、审查意见</translation>
        </message>
        <message>
            <source>%1 more findings of this rule are not listed here; cofund check lists every one.</source>
            <translation>另有 %1 条同一规则的审查意见未在此列出；cofund check 列出全部。</translation>
        </message>
        <message>
            <source>and %1 more partners, listed in the plan file</source>
            <translation>另有 %1 个合作方，见计划文件</translation>
        </message>
        <message>
            <source>No findings: the plan meets every rule checked.</source>
            <translation>无审查意见：本计划满足全部核查规则。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>惯例</translation>
        </message>
        <message>
            <source>8. Charts</source>
            <translation>八、图表</translation>
        </message>
        <message>
            <source>Made with Cofund. Amounts are exact to the fen, in 10,000 yuan: two decimals, up to six where an amount has yuan below a hundred; the charts round to two.</source>
            <translation>由 Cofund 生成。金额精确到分，以万元为单位：两位小数，含百元以下零头的金额最多六位小数；图表四舍五入到两位。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>%1, millions</source>
            <translation>%1（百万）</translation>
        </message>
        <message>
            <source>%1, thousands</source>
            <translation>%1（千）</translation>
        </message>
        <message>
            <source>Target %1 %2</source>
            <translation>目标 %1 %2</translation>
        </message>
        <message>
            <source>Projected indicators against their targets</source>
            <translation>指标预测与目标对比</translation>
        </message>
        <message>
            <source>Risk: P10–P90 of the simulated indicators</source>
            <translation>风险：模拟指标的 P10–P90 区间</translation>
        </message>
        <message>
            <source>%1: P(meet target) = %2%</source>
            <translation>%1：达标概率 %2%</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90 区间</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50（中位数）</translation>
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
            <translation>没有增长率区间不确定（low &lt; rate &lt; high）的预测可供模拟。</translation>
        </message>
        <message>
            <source>meets (projected)</source>
            <translation>达标（预测）</translation>
        </message>
        <message>
            <source>below target (projected)</source>
            <translation>未达标（预测）</translation>
        </message>
        <message>
            <source>Stated value</source>
            <translation>填报值</translation>
        </message>
        <message>
            <source>%1 (short %2 yuan)</source>
            <translation>%1（缺口 %2 元）</translation>
        </message>
        <message>
            <source>7. Budget justification</source>
            <translation>七、预算说明</translation>
        </message>
        <message>
            <source>Each line with its year, source and note, and its basis: quantities × unit price = amount, in yuan. Category totals in 10,000 yuan (万元).</source>
            <translation>逐条列出预算的年度、来源、说明及测算依据：数量 × 单价 = 金额，单位为元；科目合计单位为万元。</translation>
        </message>
        <message>
            <source>%1: %2 (10,000 yuan)</source>
            <translation>%1：%2 万元</translation>
        </message>
        <message>
            <source>Total: fiscal %1, self-raised %2 (10,000 yuan)</source>
            <translation>合计：财政 %1 万元，自筹 %2 万元</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 元</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>第 %1 条</translation>
        </message>
        <message>
            <source>No basis given; reviewers expect one for this line.</source>
            <translation>未提供测算依据；评审要求本条提供测算依据。</translation>
        </message>
        <message>
            <source>No basis given.</source>
            <translation>未提供测算依据。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>测算项</translation>
        </message>
        <message>
            <source>Quantities</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Basis total</source>
            <translation>测算合计</translation>
        </message>
        <message>
            <source>written: %1</source>
            <translation>写明：%1</translation>
        </message>
        <message>
            <source>lump sum</source>
            <translation>整笔</translation>
        </message>
        <message>
            <source>Basis above the line&apos;s amount by</source>
            <translation>测算合计高于预算金额</translation>
        </message>
        <message>
            <source>Basis below the line&apos;s amount by</source>
            <translation>测算合计低于预算金额</translation>
        </message>
        <message>
            <source>No budget line carries a basis (quantities × unit price) yet.</source>
            <translation>预算各条均未填写测算依据（数量 × 单价）。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Notes on budget lines</source>
            <translation>预算明细说明</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>%1 more notes are not listed here; cofund export lists every line with its note.</source>
            <translation>另有 %1 条说明未列出；cofund export 列出每一行及其说明。</translation>
        </message>
        <message>
            <source>Budget by participating unit</source>
            <translation>承担单位、合作单位经费预算</translation>
        </message>
        <message>
            <source>Participating unit</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <source>Task share</source>
            <translation>任务分工</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>牵头任务</translation>
        </message>
        <message>
            <source>Special fund transferred to the partners (外拨): %1 万元, of which abroad: %2 万元.</source>
            <translation>外拨专项经费：%1 万元，其中拨往境外：%2 万元。</translation>
        </message>
        <message>
            <source>Money of each partner by category</source>
            <translation>合作单位经费预算明细（按科目）</translation>
        </message>
        <message>
            <source>Totals as declared in the form</source>
            <translation>申报书预算表所填合计与计算值</translation>
        </message>
        <message>
            <source>Heading in the form</source>
            <translation>表中栏目</translation>
        </message>
        <message>
            <source>Lines it covers</source>
            <translation>所含科目与来源</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>填写数</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>计算数</translation>
        </message>
        <message>
            <source>Declared − computed</source>
            <translation>填写数−计算数</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>every category</source>
            <translation>全部科目</translation>
        </message>
        <message>
            <source>every source</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <source>equipment: %1</source>
            <translation>设备：%1</translation>
        </message>
        <message>
            <source>Program fiscal spend by year and project · leverage %1</source>
            <translation>专项经费年度投入（按项目）· 杠杆率 %1</translation>
        </message>
        <message>
            <source>Projects: %1; fiscal %2 (10,000 yuan), total %3; leverage = total ÷ fiscal</source>
            <translation>项目 %1 个；专项经费 %2 万元，总投入 %3 万元；杠杆率 = 总投入 ÷ 专项经费</translation>
        </message>
        <message>
            <source>Fiscal (10,000 yuan)</source>
            <translation>专项经费（万元）</translation>
        </message>
    </context>
</TS>
