<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Names</name>
    <message>
        <source>Special fund</source>
        <translation>专项经费</translation>
    </message>
    <message>
        <source>Other fiscal</source>
        <translation>其他财政</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>自有资金</translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation>银行贷款</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>科研院所</translation>
    </message>
    <message>
        <source>University</source>
        <translation>高等院校</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期性</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>共性</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a line and column, then a JSON pointer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place, then what is wrong there</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetIo</name>
    <message>
        <source>%1: cannot tell the spreadsheet format: use a .xlsx or .csv file</source>
        <translation>%1：无法判断电子表格格式：请使用 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>the spreadsheet gave no plan</source>
        <translation>该电子表格未生成计划</translation>
    </message>
    <message>
        <source>the plan would be larger than a plan file may be; nothing changed</source>
        <translation>生成的计划将超过计划文件的大小上限；未作任何修改</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 万元</source>
        <translation>%1 · %2 · %3：%4 → %5 万元</translation>
    </message>
    <message numerus="yes">
        <source>Import from %1, %n cell(s) changed: %2</source>
        <translation><numerusform>从 %1 导入，%n 个单元格有变化：%2</numerusform></translation>
    </message>
</context>
<context>
    <name>cofund::ui::BasisEditor</name>
    <message>
        <source>line %1: %2 yuan</source>
        <translation>第 %1 行：%2 元</translation>
    </message>
    <message>
        <source>Select a cell of one category and source in the budget grid to see the basis of its line.</source>
        <translation>在预算表中选择某一科目、某一来源的单元格，即可查看该行的测算依据。</translation>
    </message>
    <message>
        <source>This cell has no budget line yet: type an amount in the grid first.</source>
        <translation>此单元格还没有预算行：请先在预算表中输入金额。</translation>
    </message>
    <message>
        <source>This line has no basis yet: add an item (what is bought or paid, how many, at what price).</source>
        <translation>此行还没有测算依据：请添加明细（购买或支付什么、数量多少、单价多少）。</translation>
    </message>
    <message>
        <source>Basis total: %1 yuan · line amount: %2 yuan</source>
        <translation>测算合计：%1 元 · 预算金额：%2 元</translation>
    </message>
    <message>
        <source>Difference: %1 yuan</source>
        <translation>差额：%1 元</translation>
    </message>
    <message>
        <source> (an item is not a whole fen)</source>
        <translation>（有明细金额不是整分）</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>预算行(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>Set amount to basis &amp;total</source>
        <translation>金额取测算合计(&amp;T)</translation>
    </message>
    <message>
        <source>Sets the line's amount to the sum of its items, as one undo step</source>
        <translation>将该行金额设为各明细之和（一步撤销）</translation>
    </message>
    <message>
        <source>Budget basis</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>Show or hide the basis (测算依据) of the grid's current cell</source>
        <translation>显示或隐藏当前单元格的测算依据</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <source>Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)</source>
        <translation>这笔经费属于哪个单位：承担单位或合作单位</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Puts the selected item into a new group, whose amount is the subtotal of its items</source>
        <translation>把所选条目放入新的分组，分组金额为其条目小计</translation>
    </message>
    <message>
        <source>Moves the item into the group above it</source>
        <translation>把条目移入上方的分组</translation>
    </message>
    <message>
        <source>Moves the item out of its group</source>
        <translation>把条目移出所在分组</translation>
    </message>
    <message>
        <source>Item's &amp;money unit:</source>
        <translation>条目金额单位(&amp;M)：</translation>
    </message>
    <message>
        <source>The unit the applicant wrote this item's unit price and amount in (3000元/吨 or 0.3万元/吨)</source>
        <translation>申报书中该条目单价和金额所用的单位（3000元/吨 或 0.3万元/吨）</translation>
    </message>
    <message>
        <source>What the line's equipment money does: purchase, build, upgrade or lease (购置 / 试制 / 改造 / 租赁); purchase counts in "of which: equipment purchase"</source>
        <translation>本行设备费的用途：购置、试制、改造或租赁；购置计入“其中：购置设备费”</translation>
    </message>
    <message>
        <source>E&amp;quipment kind:</source>
        <translation>设备类型(&amp;Q)：</translation>
    </message>
    <message>
        <source>Equipmen&amp;t:</source>
        <translation>设备用途(&amp;T)：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Details the call asks:</source>
        <translation>指南要求说明：</translation>
    </message>
    <message>
        <source>What the call asks of an item at or above its unit-price threshold</source>
        <translation>指南对单价达到标准的明细要求说明的内容</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BasisModel</name>
    <message>
        <source>factor %1</source>
        <translation>第 %1 个因子</translation>
    </message>
    <message>
        <source>%1 has no number; write factors as "3 人 × 2 次 × 0.5 月"</source>
        <translation>%1缺少数值；因子的写法如“3 人 × 2 次 × 0.5 月”</translation>
    </message>
    <message>
        <source>%1: "%2" is not a decimal number such as 0.5</source>
        <translation>%1：“%2”不是小数（如 0.5）</translation>
    </message>
    <message>
        <source>%1: a factor is never negative</source>
        <translation>%1：因子不能为负数</translation>
    </message>
    <message>
        <source>This item's amount is not a whole fen (basis.item): change a factor or the unit price.</source>
        <translation>此明细金额不是整分（basis.item）：请修改因子或单价。</translation>
    </message>
    <message>
        <source>Factors as "3 人 × 2 次 × 0.5 月": a decimal, then its unit</source>
        <translation>因子写作“3 人 × 2 次 × 0.5 月”：先写数值，再写单位</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Price unit</source>
        <translation>单价单位</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>an item needs a name, e.g. 国际旅费</source>
        <translation>明细需要名称，例如“国际旅费”</translation>
    </message>
    <message>
        <source>a unit price is never negative</source>
        <translation>单价不能为负数</translation>
    </message>
    <message>
        <source>Basis of %1: %2</source>
        <translation>%1 的测算依据：%2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>price unit</source>
        <translation>单价单位</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1，%2：%3 → %4</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新明细</translation>
    </message>
    <message>
        <source>item added</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>item %1 removed</source>
        <translation>删除明细 %1</translation>
    </message>
    <message>
        <source>amount set to the basis total, %1 → %2 yuan</source>
        <translation>金额取测算合计，%1 → %2 元</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>a written result is never negative</source>
        <translation>填写的结果不能为负数</translation>
    </message>
    <message>
        <source>as the plan</source>
        <translation>同计划单位</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>整笔</translation>
    </message>
    <message>
        <source>Written %1 yuan, exactly %2 yuan: they differ by %3 yuan (%4)%5</source>
        <translation>填写 %1 元，精确值 %2 元：相差 %3 元（%4）%5</translation>
    </message>
    <message>
        <source>; 元 written for 万元, or back</source>
        <translation>；元与万元写混</translation>
    </message>
    <message>
        <source>The result as the applicant wrote it ("1.2万" for 万元); empty for none</source>
        <translation>申报书中填写的结果（万元写作“1.2万”）；没有则留空</translation>
    </message>
    <message>
        <source>A lump sum's quantities only describe it ("2 篇"); they are not multiplied</source>
        <translation>整笔金额的数量仅作说明（“2 篇”），不参与相乘</translation>
    </message>
    <message>
        <source>Typing a unit price makes the item quantities × unit price</source>
        <translation>输入单价后，该条目按数量 × 单价计算</translation>
    </message>
    <message>
        <source>Typing an amount makes the item a lump sum (整笔)</source>
        <translation>输入金额后，该条目为整笔金额</translation>
    </message>
    <message>
        <source>A group's amount is the sum of its items</source>
        <translation>分组金额为其条目之和</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>填写值</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>Equipment kind</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>a lump sum is never negative</source>
        <translation>整笔金额不能为负数</translation>
    </message>
    <message>
        <source>a money unit is yuan or wan</source>
        <translation>金额单位为 yuan（元）或 wan（万元）</translation>
    </message>
    <message>
        <source>an equipment kind is purchase, build, upgrade or lease</source>
        <translation>设备类型为 purchase（购置）、build（试制）、upgrade（改造）或 lease（租赁）</translation>
    </message>
    <message>
        <source>lump sum %1</source>
        <translation>整笔 %1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>填写值</translation>
    </message>
    <message>
        <source>money unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>equipment kind</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新分组</translation>
    </message>
    <message>
        <source>group added</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>item %1 put into a new group</source>
        <translation>条目 %1 放入新分组</translation>
    </message>
    <message>
        <source>item %1 moved into group %2</source>
        <translation>条目 %1 移入分组 %2</translation>
    </message>
    <message>
        <source>item %1 moved out of group %2, which it alone held</source>
        <translation>条目 %1 移出分组 %2（该分组仅有此条目，随之取消）</translation>
    </message>
    <message>
        <source>item %1 moved out of group %2</source>
        <translation>条目 %1 移出分组 %2</translation>
    </message>
    <message>
        <source>item %1 · %2: %3 → %4</source>
        <translation>明细 %1 · %2：%3 → %4</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BudgetModel</name>
    <message>
        <source>%1: outside the period %2–%3; move it into the period or clear it</source>
        <translation>%1：不在实施期 %2–%3 内；请调整到实施期内或清除</translation>
    </message>
    <message>
        <source>a cell outside the period takes only 0 (to remove its lines) or a new amount for a line already there; put new money in a year of the period</source>
        <translation>实施期外的单元格只能填 0（删除这些预算）或修改已有预算的金额；新增资金请填在实施期内的年度</translation>
    </message>
    <message>
        <source>row %1, column %2 of the pasted block: %3; nothing was pasted</source>
        <translation>粘贴区域第 %1 行第 %2 列：%3；未粘贴任何内容</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All years
Total</source>
        <translation>各年
合计</translation>
    </message>
    <message>
        <source>%1
Total</source>
        <translation>%1
合计</translation>
    </message>
    <message>
        <source>%1 is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>row %1, column %2 of the pasted block: "%3" is not an amount (%4); nothing was pasted</source>
        <translation>粘贴区域第 %1 行第 %2 列：“%3”不是有效金额（%4），未粘贴任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation><numerusform>粘贴 %n 个单元格</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation><numerusform>清除 %n 个单元格</numerusform></translation>
    </message>
    <message>
        <source>%1
Self-raised</source>
        <translation>%1
自筹合计</translation>
    </message>
    <message>
        <source>%1 · self-raised: own funds, bank loan, partners, other</source>
        <translation>%1 · 自筹：自有资金、银行贷款、合作单位、其他来源</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 %6</source>
        <translation>%1 · %2 · %3：%4 → %5 %6</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>several tasks</source>
        <translation>多个任务</translation>
    </message>
    <message>
        <source>Task of %1: %2 → %3</source>
        <translation>%1 的任务：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Task of %n line(s) (%1): %2 → %3</source>
        <translation><numerusform>%n 个预算行（%1）的任务：%2 → %3</numerusform></translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>单位 %1：%2</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BudgetTaskBar</name>
    <message>
        <source>No task</source>
        <translation>未指定任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>&amp;Show task:</source>
        <translation>显示任务(&amp;S)：</translation>
    </message>
    <message>
        <source>Set task of se&amp;lected cells</source>
        <translation>设置所选单元格的任务(&amp;L)</translation>
    </message>
    <message>
        <source>Names a task on every budget line in the selected cells (one undo step)</source>
        <translation>为所选单元格中的每个预算行指定任务（一步撤销）</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Sho&amp;w unit:</source>
        <translation>显示单位(&amp;W)：</translation>
    </message>
    <message>
        <source>Shows the lines of one participating unit (承担单位 / 合作单位)</source>
        <translation>只显示一个参与单位（承担单位 / 合作单位）的预算行</translation>
    </message>
</context>
<context>
    <name>cofund::ui::CategoriesSummaryModel</name>
    <message>
        <source>Total
Sum</source>
        <translation>合计
小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
        <source>I. Direct costs</source>
        <translation>（一）直接费用</translation>
    </message>
    <message>
        <source>II. Indirect costs</source>
        <translation>（二）间接费用</translation>
    </message>
    <message>
        <source>The money of equipment lines and items of kind purchase (购置)</source>
        <translation>用途为购置的设备费明细行及测算项之和</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ChartPanel</name>
    <message>
        <source>Spending by year and source</source>
        <translation>分年度、分来源支出</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>分科目支出</translation>
    </message>
    <message>
        <source>Co-funding ratio</source>
        <translation>自筹配套比例</translation>
    </message>
    <message>
        <source>Indicators against targets</source>
        <translation>指标完成情况</translation>
    </message>
    <message>
        <source>Projection risk</source>
        <translation>预测风险</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>no chart chosen</source>
        <translation>未选择图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Example — not your plan</source>
        <translation>示例 — 不是您的计划</translation>
    </message>
</context>
<context>
    <name>cofund::ui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>cofund::ui::IndicatorsModel</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>short</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown id</source>
        <translation>未知指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Projected</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>“%1”不是大于等于 0 的数值</translation>
    </message>
    <message>
        <source>Indicator %1: %2 → %3</source>
        <translation>指标 %1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::LinesModel</name>
    <message>
        <source>%1: unit %2 → %3</source>
        <translation>%1：单位 %2 → %3</translation>
    </message>
    <message>
        <source>%1: equipment kind %2 → %3</source>
        <translation>%1：设备类型 %2 → %3</translation>
    </message>
    <message>
        <source>The line's id (budget[].id)</source>
        <translation>预算明细行编号（budget[].id）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)</source>
        <translation>这笔经费属于哪个单位：承担单位或合作单位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What the equipment money does: purchase, build, upgrade or lease (购置 / 试制 / 改造 / 租赁); purchase counts in "of which: equipment purchase"</source>
        <translation>设备费的用途：购置、试制、改造或租赁；购置计入“其中：购置设备费”</translation>
    </message>
    <message>
        <source>Equipment kind</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>%1: task %2 → %3</source>
        <translation>%1：任务 %2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::MainWindow</name>
    <message>
        <source>About Cofund</source>
        <translation>关于 Cofund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cofund&lt;/b&gt; — budget and co-funding planner for science-partnership funding calls.&lt;p&gt;Amounts are exact to the fen. Every edit can be undone; unsaved changes are kept in a recovery file until you save.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cofund&lt;/b&gt; — 科技合作项目预算与自筹配套规划工具。&lt;p&gt;金额精确到分。每次修改都可撤销；未保存的修改在保存前一直保留在恢复文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>项目(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>合作单位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>考核指标(&amp;I)</translation>
    </message>
    <message>
        <source>Projec&amp;tions</source>
        <translation>预测(&amp;T)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>万元 (10,000 yuan)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Hide unused sources</source>
        <translation>隐藏未使用的来源</translation>
    </message>
    <message>
        <source>Amounts in 万元, exact to the fen. Ctrl+V pastes a block from a spreadsheet.</source>
        <translation>金额单位：万元，精确到分。Ctrl+V 可粘贴电子表格中的区域。</translation>
    </message>
    <message>
        <source>Amounts in yuan, exact to the fen. Ctrl+V pastes a block from a spreadsheet.</source>
        <translation>金额单位：元，精确到分。Ctrl+V 可粘贴电子表格中的区域。</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>添加合作单位</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>删除合作单位</translation>
    </message>
    <message>
        <source>Add projection</source>
        <translation>添加预测</translation>
    </message>
    <message>
        <source>Remove projection</source>
        <translation>删除预测</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Key project, annex %1 — %2</source>
        <translation>重点项目 · 附件%1 — %2</translation>
    </message>
    <message>
        <source>General project, direction %1 — %2</source>
        <translation>一般项目 · 方向%1 — %2</translation>
    </message>
    <message>
        <source>The built-in &amp;example (annex 3)</source>
        <translation>内置示例（附件3）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>导出预算报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Spread&amp;sheet (XLSX, CSV)…</source>
        <translation>导出电子表格 (XLSX, CSV)(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart (PNG, SVG)…</source>
        <translation>导出图表 (PNG, SVG)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>粘贴单元格(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Amounts in &amp;万元</source>
        <translation>金额以万元显示(&amp;W)</translation>
    </message>
    <message>
        <source>Amounts in &amp;yuan</source>
        <translation>金额以元显示(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Hide unused sources</source>
        <translation>隐藏未使用的来源(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cofund</source>
        <translation>关于 Cofund(&amp;A)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Special fund: %1 %2</source>
        <translation>专项经费：%1 %2</translation>
    </message>
    <message>
        <source>Self-raised: %1 %2</source>
        <translation>自筹：%1 %2</translation>
    </message>
    <message>
        <source>Ratio fiscal : self-raised %1 (required %2)</source>
        <translation>配套比例 专项经费 : 自筹 %1（要求 %2）</translation>
    </message>
    <message>
        <source>Self-raised side %1, required at least %2</source>
        <translation>自筹方 %1，至少需要 %2</translation>
    </message>
    <message>
        <source>No self-raised money required (%1)</source>
        <translation>不要求自筹资金（%1）</translation>
    </message>
    <message>
        <source>The applicant and every partner are of type: %1</source>
        <translation>申报单位与合作单位均为：%1</translation>
    </message>
    <message>
        <source>No co-funding ratio applies</source>
        <translation>不适用配套比例</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n error(s)</source>
        <translation><numerusform>✗ %n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message>
        <source>✓ Meets the call's rules</source>
        <translation>✓ 符合指南要求</translation>
    </message>
    <message>
        <source>No findings: the plan meets every rule of the call.</source>
        <translation>无检查结果：方案符合指南的全部规则。</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Plans (*.plan.json *.json);;All files (*)</source>
        <translation>方案 (*.plan.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <source>Plans (*.plan.json)</source>
        <translation>方案 (*.plan.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出预算报告</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>未命名方案</translation>
    </message>
    <message>
        <source>Unsaved plan %1 of %2.</source>
        <translation>未保存的方案：第 %1 个，共 %2 个。</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n 条提示</numerusform></translation>
    </message>
    <message>
        <source>Click a finding to go to its place.</source>
        <translation>点击检查结果可定位到对应位置。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Open in a text editor at line %1</source>
        <translation>在文本编辑器中打开（第 %1 行）</translation>
    </message>
    <message>
        <source>Open in a text editor</source>
        <translation>在文本编辑器中打开</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>汇总表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Fiscal · self-raised · total</source>
        <translation>财政 · 自筹 · 合计</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>项目任务(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import from Spreadsheet (XLSX, CSV)…</source>
        <translation>从电子表格导入(&amp;I)（XLSX、CSV）…</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>从电子表格导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>电子表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not imported; the plan is unchanged.</source>
        <translation>%1 未导入；计划未作修改。</translation>
    </message>
    <message>
        <source>Imported %1 (Ctrl+Z undoes it)</source>
        <translation>已导入 %1（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>%1 holds the budget as it is; nothing changed</source>
        <translation>%1 中的预算与当前相同；未作修改</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>版本 %1（%2）</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>unknown commit</source>
        <translation>提交未知</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>申报指南：</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Libraries: %1</source>
        <translation>程序库：%1</translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>The manuals are not installed with this copy of Cofund.</source>
        <translation>此 Cofund 副本未安装使用手册。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Fit the window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Manuals</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example — not your plan.&lt;/b&gt; These are the built-in example's numbers (annex 3). Start your own with &lt;a href="new"&gt;File › New&lt;/a&gt;, or see &lt;a href="help"&gt;Getting started&lt;/a&gt;.</source>
        <translation>&lt;b&gt;示例 — 不是您的计划。&lt;/b&gt;这些是内置示例（附件3）的数字。请通过&lt;a href="new"&gt;文件 › 新建&lt;/a&gt;开始您自己的计划，或参阅&lt;a href="help"&gt;入门&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a plan&lt;/b&gt;: &lt;i&gt;File › New&lt;/i&gt;, then the annex (key project) or direction (general project) of your application. The built-in example is a sample, not your plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Project&lt;/b&gt; tab: title, period, the applicant and the assumptions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Budget&lt;/b&gt; tab: type each amount in 万元 (or switch to yuan): one row per category, per year and source. Below the grid, &lt;i&gt;Budget basis&lt;/i&gt; holds how each amount is reckoned.&lt;/li&gt;&lt;li&gt;Watch &lt;b&gt;Findings&lt;/b&gt; (right): every rule of the call the plan breaks, with its fix. Click one to go to its place. The status bar gives the verdict.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save&lt;/b&gt; (Ctrl+S), then &lt;i&gt;File › Export&lt;/i&gt; the report (PDF) or the spreadsheet for the application.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Keys: Ctrl+Z / Ctrl+Y undo and redo, F6 moves between the panes, F1 opens this page.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;入门&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;新建计划&lt;/b&gt;：&lt;i&gt;文件 › 新建&lt;/i&gt;，选择申报的附件（重点项目）或方向（一般项目）。内置示例只是样例，不是您的计划。&lt;/li&gt;&lt;li&gt;&lt;b&gt;项目&lt;/b&gt;页：名称、实施期、申报单位和测算假设。&lt;/li&gt;&lt;li&gt;&lt;b&gt;预算&lt;/b&gt;页：按万元（或切换为元）填写每个金额：每个科目一行，按年度、按来源分列。表格下方的&lt;i&gt;测算依据&lt;/i&gt;记录每笔金额的计算方法。&lt;/li&gt;&lt;li&gt;留意右侧的&lt;b&gt;检查结果&lt;/b&gt;：计划违反的每条指南规则及修改方法。点击一条即可定位。状态栏给出结论。&lt;/li&gt;&lt;li&gt;&lt;b&gt;保存&lt;/b&gt;（Ctrl+S），然后通过&lt;i&gt;文件 › 导出&lt;/i&gt;生成申报用的报告（PDF）或电子表格。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;快捷键：Ctrl+Z / Ctrl+Y 撤销和重做，F6 在各窗格之间切换，F1 打开本页。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Manuals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;使用手册&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The desktop app</source>
        <translation>桌面程序</translation>
    </message>
    <message>
        <source>Charts and reports</source>
        <translation>图表与报告</translation>
    </message>
    <message>
        <source>The rules of the call</source>
        <translation>指南规则</translation>
    </message>
    <message>
        <source>The plan file</source>
        <translation>计划文件格式</translation>
    </message>
    <message>
        <source>The command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cofund was not closed properly. The unsaved changes to %1 were kept (last at %2).

Restore them? The file itself stays as it was until you save.</source>
        <translation>Cofund 上次未正常关闭。对 %1 未保存的修改已保留（最后保存于 %2）。

要恢复吗？在您保存之前，文件本身保持不变。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete changes…</source>
        <translation>删除修改(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete unsaved changes?</source>
        <translation>删除未保存的修改？</translation>
    </message>
    <message>
        <source>The unsaved changes to %1 will be deleted for good. Delete them?</source>
        <translation>对 %1 未保存的修改将被永久删除。确定删除吗？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Lin&amp;es</source>
        <translation>明细(&amp;E)</translation>
    </message>
    <message>
        <source>Shows the budget lines one by one instead of the grid: whose money each line is (its unit), its task and an equipment line's kind, each editable</source>
        <translation>以逐行明细代替汇总表格显示预算：每行经费属于哪个单位、所属任务及设备费类型，均可修改</translation>
    </message>
    <message>
        <source>%1, annex %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, direction %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cofund::ui::PartnersModel</name>
    <message>
        <source>Partner</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新合作单位</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>添加合作单位</translation>
    </message>
    <message>
        <source>Partner %1 · %2: %3 → %4</source>
        <translation>合作单位 %1 · %2：%3 → %4</translation>
    </message>
    <message>
        <source>Remove partner %1 (%2)</source>
        <translation>删除合作单位 %1（%2）</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ProjectForm</name>
    <message>
        <source>%1 is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>“%1”不是大于等于 0 的数值</translation>
    </message>
    <message>
        <source>Annex %1 — %2</source>
        <translation>附件%1 — %2</translation>
    </message>
    <message>
        <source>Direction %1 — %2</source>
        <translation>方向%1 — %2</translation>
    </message>
    <message>
        <source>Whole annex</source>
        <translation>整个附件</translation>
    </message>
    <message>
        <source>Subproject (课题)</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>%1 · %2 indicators (%3 binding)</source>
        <translation>%1 · %2 项指标（%3 项约束性）</translation>
    </message>
    <message>
        <source> · self-raised ≥ %1 × fiscal</source>
        <translation> · 自筹 ≥ %1 × 财政经费</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>项目类别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Annex:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>申报范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>起始年(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End year:</source>
        <translation>结束年(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>单位类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Average revenue (yuan):</source>
        <translation>近三年平均主营收入（元）：</translation>
    </message>
    <message>
        <source>Average export (USD):</source>
        <translation>近三年平均出口额（美元）：</translation>
    </message>
    <message>
        <source>Unfinished projects:</source>
        <translation>在研未结题项目：</translation>
    </message>
    <message>
        <source>USD/CNY rate:</source>
        <translation>美元兑人民币汇率：</translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation>折现率：</translation>
    </message>
    <message>
        <source>Registered in the region</source>
        <translation>在指南所属地区注册</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>独立法人</translation>
    </message>
    <message>
        <source>Production enterprise</source>
        <translation>生产型企业</translation>
    </message>
    <message>
        <source>HACCP certified</source>
        <translation>通过 HACCP 认证</translation>
    </message>
    <message>
        <source>In the three southern prefectures</source>
        <translation>位于南疆三地州</translation>
    </message>
    <message>
        <source>Cooperation agreement signed</source>
        <translation>已签订合作协议</translation>
    </message>
    <message>
        <source>Earlier cooperation with the partner</source>
        <translation>与外方有合作基础</translation>
    </message>
    <message>
        <source>Proof of matching funds issued</source>
        <translation>已出具配套资金证明</translation>
    </message>
    <message>
        <source>e.g. 62,000,000.00</source>
        <translation>例如 62,000,000.00</translation>
    </message>
    <message>
        <source>e.g. 1,200,000.00</source>
        <translation>例如 1,200,000.00</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD, such as 2019-05-20</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期（如 2019-05-20）</translation>
    </message>
    <message>
        <source>applicant.declarations.%1 (clause %2)</source>
        <translation>applicant.declarations.%1（条款 %2）</translation>
    </message>
    <message>
        <source>on or before %1 (clause %2)</source>
        <translation>须在 %1（含）之前（条款 %2）</translation>
    </message>
    <message>
        <source>on or after %1 (clause %2)</source>
        <translation>须在 %1（含）之后（条款 %2）</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>注册日期：</translation>
    </message>
    <message>
        <source>Leader born on:</source>
        <translation>负责人出生日期：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Declarations the call asks for</source>
        <translation>指南要求的承诺与证明</translation>
    </message>
    <message>
        <source>Project leade&amp;r:</source>
        <translation>项目负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>项目成员(&amp;M)：</translation>
    </message>
    <message>
        <source>The project leader's name, as the forms write it</source>
        <translation>项目负责人姓名，与申报书一致</translation>
    </message>
    <message>
        <source>The other members' names, separated by commas (, or ，) or 、</source>
        <translation>其他成员姓名，用逗号（, 或 ，）或顿号（、）分隔</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ProjectionsModel</name>
    <message>
        <source>A rate as a fraction: 0.12 is 12 % a year</source>
        <translation>以小数表示的增长率：0.12 即每年 12%</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1 is not a number: %2</source>
        <translation>“%1”不是数值：%2</translation>
    </message>
    <message>
        <source>Set a growth rate first; this projection gives a value per year</source>
        <translation>请先填写增长率；此预测为逐年数值</translation>
    </message>
    <message>
        <source>Add projection of %1</source>
        <translation>添加 %1 的预测</translation>
    </message>
    <message>
        <source>Remove projection %1</source>
        <translation>删除预测 %1</translation>
    </message>
    <message>
        <source>From the growth rate; type a value to give every year its own</source>
        <translation>由增长率推算；输入数值即改为逐年填写</translation>
    </message>
    <message>
        <source>Projection of %1 · %2: %3 → %4</source>
        <translation>%1 的预测 · %2：%3 → %4</translation>
    </message>
</context>
<context>
    <name>cofund::ui::SourcesSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Self-raised funds</source>
        <translation>自筹经费</translation>
    </message>
    <message>
        <source>of which: %1</source>
        <translation>其中：%1</translation>
    </message>
</context>
<context>
    <name>cofund::ui::SummaryModelBase</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>cofund::ui::SummaryView</name>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>1. Sources of funds (%1)</source>
        <translation>一、经费来源预算（%1）</translation>
    </message>
    <message>
        <source>2. Expenditure by category (%1)</source>
        <translation>二、经费支出预算（%1）</translation>
    </message>
    <message>
        <source>3. Budget by task (%1)</source>
        <translation>三、分任务预算（%1）</translation>
    </message>
    <message>
        <source>No budget line names a task; give lines their task in the Budget tab.</source>
        <translation>没有预算行指定任务；请在“预算”页为预算行指定任务。</translation>
    </message>
    <message>
        <source>4. Budget by participating unit (%1)</source>
        <translation>四、承担单位、合作单位经费预算明细（%1）</translation>
    </message>
    <message>
        <source>Special fund transferred to the partners (外拨): %1 %3, of which abroad: %2 %3</source>
        <translation>外拨合作单位专项经费：%1 %3，其中境外：%2 %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TargetsModel</name>
    <message>
        <source>id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>The call asks the first year's target to be at least %1 of the whole period's; the least first-year target here: %2</source>
        <translation>指南要求第一年度目标不低于总目标的 %1；本指标第一年度目标至少为 %2</translation>
    </message>
    <message>
        <source>The target for the whole project period</source>
        <translation>整个实施期的目标</translation>
    </message>
    <message>
        <source>The first year's target as a share of the whole period's</source>
        <translation>第一年度目标占实施期总目标的比例</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>实施期总目标</translation>
    </message>
    <message>
        <source>First year, share</source>
        <translation>第一年占比</translation>
    </message>
    <message>
        <source>An indicator needs a name</source>
        <translation>指标须填写名称</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>“%1”不是大于等于 0 的数值</translation>
    </message>
    <message>
        <source>Indicator %1 · %2: %3 → %4</source>
        <translation>指标 %1 · %2：%3 → %4</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Remove indicator %1 (%2)</source>
        <translation>删除指标 %1（%2）</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TargetsView</name>
    <message>
        <source>Indicators with targets by year</source>
        <translation>绩效指标及分年度目标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>at least %1 indicators</source>
        <translation>不少于 %1 项指标</translation>
    </message>
    <message>
        <source>a target for each year</source>
        <translation>分年度确定目标</translation>
    </message>
    <message>
        <source>the first year at least %1 of the whole period</source>
        <translation>第一年度不低于总目标的 %1</translation>
    </message>
    <message>
        <source>The call asks: %1</source>
        <translation>指南要求：%1</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksModel</name>
    <message>
        <source>not a task of this annex; untick it</source>
        <translation>不是本附件的任务；请取消勾选</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What the project does</source>
        <translation>研究内容</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Task %1 · covered: %2 → %3</source>
        <translation>任务 %1 · 覆盖：%2 → %3</translation>
    </message>
    <message>
        <source>Task %1 · summary: %2 → %3</source>
        <translation>任务 %1 · 研究内容：%2 → %3</translation>
    </message>
    <message>
        <source>Task %1 · lead: %2 → %3</source>
        <translation>任务 %1 · 负责单位：%2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksSummaryModel</name>
    <message>
        <source>Fiscal</source>
        <translation>财政</translation>
    </message>
    <message>
        <source>Self-raised</source>
        <translation>自筹</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>未指定任务</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksView</name>
    <message>
        <source>%1 in the call: %2</source>
        <translation>指南原文 %1：%2</translation>
    </message>
    <message>
        <source>Annex %1 lists these tasks; a key project covers all of them (an annex 4 subproject at least one). Tick the tasks the project covers and say what it does for each and who leads it.</source>
        <translation>附件 %1 列出以下任务；重点项目须覆盖全部任务（附件 4 的课题至少覆盖一项）。请勾选项目覆盖的任务，并填写各任务的研究内容和负责单位。</translation>
    </message>
    <message>
        <source>The call gives general projects no tasks: only the key projects of the annexes cover tasks.</source>
        <translation>指南未给一般项目规定任务：只有各附件的重点项目需覆盖任务。</translation>
    </message>
    <message>
        <source>This plan's annex lists no tasks.</source>
        <translation>本计划所属附件未列出任务。</translation>
    </message>
</context>
<context>
    <name>cofund::ui::UnitsSummaryModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The tasks the unit leads (tasks[].lead)</source>
        <translation>该单位牵头的任务（tasks[].lead）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头任务</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
        <source>The special fund of the partner's lines: money transferred out of the applicant</source>
        <translation>合作单位预算行的专项经费：由承担单位外拨的经费</translation>
    </message>
    <message>
        <source>Transferred
(外拨)</source>
        <translation>外拨</translation>
    </message>
    <message>
        <source>%1 (applicant)</source>
        <translation>%1（承担单位）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
</context>
</TS>