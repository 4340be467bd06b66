#!/usr/bin/env python3
# Fills ui/translations/cofund_gui_{zh_CN,ru}.ts from the tables below (run after lupdate).
# After changing a tr() text, from ui/ (the English file holds only plural forms):
#   /usr/lib/qt6/bin/lupdate -no-obsolete -locations none src -ts translations/cofund_gui_zh_CN.ts translations/cofund_gui_ru.ts
#   /usr/lib/qt6/bin/lupdate -no-obsolete -locations none -pluralonly src -ts translations/cofund_gui_en.ts
#   python3 translations/fill_ts.py translations
import sys
import xml.etree.ElementTree as ET

ZH = {
 '%1\nSelf-raised': '%1\n自筹合计',
 '%1 · self-raised: own funds, bank loan, partners, other': '%1 · 自筹：自有资金、银行贷款、合作单位、其他来源',
 '%1 · %2 · %3: %4 → %5 %6': '%1 · %2 · %3：%4 → %5 %6',
 'Partner %1 · %2: %3 → %4': '合作单位 %1 · %2：%3 → %4',
 'Remove partner %1 (%2)': '删除合作单位 %1（%2）',
 'Indicator %1: %2 → %3': '指标 %1：%2 → %3',
 'Projection of %1 · %2: %3 → %4': '%1 的预测 · %2：%3 → %4',
 '%1: %2 → %3': '%1：%2 → %3',
 'yes': '是',
 'no': '否',
 'S&ummary': '汇总表(&U)',
 '&Columns:': '列(&C)：',
 'Every source': '全部来源',
 'Fiscal · self-raised · total': '财政 · 自筹 · 合计',
 '&Years:': '年度(&Y)：',
 'All years': '全部年度',
 '%1 yuan': '%1 元',
 'Self-raised funds': '自筹经费',
 'of which: %1': '其中：%1',
 'Total\nSum': '合计\n小计',
 'Fiscal': '财政',
 'Self-raised': '自筹',
 'I. Direct costs': '（一）直接费用',
 'II. Indirect costs': '（二）间接费用',
 '1. Sources of funds (%1)': '一、经费来源预算（%1）',
 '2. Expenditure by category (%1)': '二、经费支出预算（%1）',
 'Special fund': '专项经费', 'Other fiscal': '其他财政', 'Own funds': '自有资金', 'Bank loan': '银行贷款',
 'Partners': '合作单位', 'Other': '其他来源', 'Enterprise': '企业', 'Research institute': '科研院所',
 'University': '高等院校', 'Other organisation': '其他单位', 'Error': '错误', 'Warning': '警告', 'Note': '提示',
 'Binding': '约束性', 'Expected': '预期性', 'Common': '共性',
 'Total': '合计', 'All years\nTotal': '各年\n合计', '%1\nTotal': '%1\n合计',
 '%1 is not an amount: %2': '“%1”不是有效金额：%2', 'Set %1 %2, %3': '修改 %1 年 %2 · %3',
 'row %1, column %2 of the pasted block: "%3" is not an amount (%4); nothing was pasted':
   '粘贴区域第 %1 行第 %2 列：“%3”不是有效金额（%4），未粘贴任何内容',
 'Paste %n cell(s)': '粘贴 %n 个单元格', 'Clear %n cell(s)': '清除 %n 个单元格',
 'Spending by year and source': '分年度、分来源支出', 'Spending by category': '分科目支出',
 'Co-funding ratio': '自筹配套比例', 'Indicators against targets': '指标完成情况', 'Projection risk': '预测风险',
 'Chart': '图表', 'Export…': '导出…', 'Save this chart as PNG or SVG': '将此图表保存为 PNG 或 SVG',
 'Charts appear here once the chart library (cofund_render) is built in.': '图表库（cofund_render）编译进来后，图表显示在这里。',
 'no chart chosen': '未选择图表', 'charts are not built in': '未包含图表功能', 'Export chart': '导出图表',
 'PNG image (*.png);;SVG image (*.svg)': 'PNG 图片 (*.png);;SVG 图片 (*.svg)',
 'Untitled': '未命名', 'cannot write %1: %2': '无法写入 %1：%2', 'cannot save %1: %2': '无法保存 %1：%2',
 'Severity': '级别', 'Finding': '检查结果', 'Rule': '规则',
 'met': '达标', 'short': '未达标', 'missing': '缺失', 'unknown id': '未知指标',
 'Indicator': '指标', 'Kind': '类型', 'Target': '目标', 'Planned': '计划值', 'Projected': '预测值', 'Status': '状态',
 '%1 is not a value of at least 0': '“%1”不是大于等于 0 的数值', 'Set indicator %1': '修改指标 %1',
 'About Cofund': '关于 Cofund',
 '<b>Cofund</b> — budget and co-funding planner for science-partnership funding calls.<p>Amounts are exact to the fen. Every edit can be undone; unsaved changes are kept in a recovery file until you save.</p>':
   '<b>Cofund</b> — 科技合作项目预算与自筹配套规划工具。<p>金额精确到分。每次修改都可撤销；未保存的修改在保存前一直保留在恢复文件中。</p>',
 'Pro&ject': '项目(&J)', '&Budget': '预算(&B)', 'Pa&rtners': '合作单位(&R)', '&Indicators': '考核指标(&I)',
 'Projec&tions': '预测(&T)', 'Charts': '图表', 'Findings': '检查结果', 'History': '修改历史', '<opened>': '<打开时>',
 '万元 (10,000 yuan)': '万元', 'Yuan': '元', 'Hide unused sources': '隐藏未使用的来源',
 'Amounts in 万元, exact to the fen. Ctrl+V pastes a block from a spreadsheet.': '金额单位：万元，精确到分。Ctrl+V 可粘贴电子表格中的区域。',
 'Amounts in yuan, exact to the fen. Ctrl+V pastes a block from a spreadsheet.': '金额单位：元，精确到分。Ctrl+V 可粘贴电子表格中的区域。',
 'Add partner': '添加合作单位', 'Remove partner': '删除合作单位', 'Add projection': '添加预测', 'Remove projection': '删除预测',
 '&File': '文件(&F)', '&New': '新建(&N)', 'Key project, annex %1 — %2': '重点项目 · 附件%1 — %2',
 'General project, direction %1 — %2': '一般项目 · 方向%1 — %2', 'The built-in &example (annex 3)': '内置示例（附件3）(&E)',
 '&Open…': '打开(&O)…', 'Open &Recent': '最近打开(&R)', '&Save': '保存(&S)', 'Save &As…': '另存为(&A)…',
 'Export &Report (PDF)…': '导出预算报告 (PDF)(&R)…', 'Export Spread&sheet (XLSX, CSV)…': '导出电子表格 (XLSX, CSV)(&S)…',
 'Export &Chart (PNG, SVG)…': '导出图表 (PNG, SVG)(&C)…', '&Quit': '退出(&Q)', '&Undo': '撤销(&U)', '&Redo': '重做(&R)',
 '&Edit': '编辑(&E)', '&Copy cells': '复制单元格(&C)', '&Paste cells': '粘贴单元格(&P)', 'C&lear cells': '清除单元格(&L)',
 '&View': '视图(&V)', 'Amounts in &万元': '金额以万元显示(&W)', 'Amounts in &yuan': '金额以元显示(&Y)',
 '&Hide unused sources': '隐藏未使用的来源(&H)', '&Language': '语言(&L)', '&Help': '帮助(&H)', '&About Cofund': '关于 Cofund(&A)',
 '万元': '万元', 'yuan': '元', 'Special fund: %1 %2': '专项经费：%1 %2', 'Self-raised: %1 %2': '自筹：%1 %2',
 'Ratio %1 : 1 (required %2 : 1)': '配套比例 %1 : 1（要求 %2 : 1）', 'Self-raised side %1, required at least %2': '自筹方 %1，至少需要 %2',
 'No co-funding ratio applies': '不适用配套比例', '✗ %n error(s)': '✗ %n 个错误', '%n error(s)': '%n 个错误', '%n note(s)': '%n 条提示',
 'Click a finding to go to its place.': '点击检查结果可定位到对应位置。', '%n warning(s)': '%n 个警告',
 "✓ Meets the call's rules": '✓ 符合指南要求', 'No findings: the plan meets every rule of the call.': '无检查结果：方案符合指南的全部规则。',
 '%1 errors, %2 warnings, %3 notes. Click a finding to go to its place.': '%1 个错误，%2 个警告，%3 条提示。点击检查结果可定位到对应位置。',
 'Cannot open the plan': '无法打开方案', 'Cannot open %1: %2': '无法打开 %1：%2', 'Opened %1': '已打开 %1',
 'Open in a text editor at line %1': '在文本编辑器中打开（第 %1 行）', 'Open in a text editor': '在文本编辑器中打开',
 'line %1, column %2': '第 %1 行第 %2 列', 'line %1': '第 %1 行', '%1 (%2)': '%1（%2）', '%1: %2': '%1：%2',
 'New plan': '新建方案', 'Open plan': '打开方案', 'Plans (*.plan.json *.json);;All files (*)': '方案 (*.plan.json *.json);;所有文件 (*)',
 'Cannot save': '无法保存', 'Saved %1': '已保存 %1', 'plan': '方案', 'Save plan as': '方案另存为', 'Plans (*.plan.json)': '方案 (*.plan.json)',
 'Export report': '导出预算报告', 'PDF (*.pdf);;HTML (*.html)': 'PDF (*.pdf);;HTML (*.html)', 'Wrote %1': '已写入 %1',
 'Export spreadsheet': '导出电子表格', 'Excel workbook (*.xlsx);;CSV (*.csv)': 'Excel 工作簿 (*.xlsx);;CSV (*.csv)',
 'Unsaved changes': '未保存的修改', '%1 has changes that are not saved. Save them?': '%1 有未保存的修改。是否保存？',
 'an untitled plan': '未命名方案', 'Restore unsaved changes?': '恢复未保存的修改？',
 'Cofund was not closed properly. Unsaved changes to %1 from %2 were kept.\n\nRestore them? The file itself stays as it was until you save.':
   'Cofund 上次未正常关闭。已保留 %1 在 %2 时未保存的修改。\n\n是否恢复？在您保存之前，原文件保持不变。',
 'Partner': '合作单位', 'Country': '国家', 'Type': '类型', 'Edit partner %1': '修改合作单位 %1', 'New partner': '新合作单位',
 'Remove partner %1': '删除合作单位 %1', 'Change project class': '修改项目类别', 'Change annex': '修改附件', 'Change direction': '修改方向',
 'Change scope': '修改申报范围', 'Change applicant type': '修改申报单位类型', 'Edit %1': '修改%1', 'Key project': '重点项目',
 'General project': '一般项目', 'Annex %1 — %2': '附件%1 — %2', 'Direction %1 — %2': '方向%1 — %2', 'Whole annex': '整个附件',
 'Subproject (课题)': '课题', '%1 · %2 indicators (%3 binding)': '%1 · %2 项指标（%3 项约束性）', ' · self-raised ≥ %1 × fiscal': ' · 自筹 ≥ %1 × 财政经费',
 'Project': '项目', 'Applicant': '申报单位', 'Assumptions': '假设', '&Title:': '项目名称(&T)：', 'C&lass:': '项目类别(&L)：',
 '&Annex:': '附件(&A)：', '&Direction:': '方向(&D)：', 'Sco&pe:': '申报范围(&P)：', '&Start year:': '起始年(&S)：', '&End year:': '结束年(&E)：',
 '&Name:': '单位名称(&N)：', 'T&ype:': '单位类型(&Y)：', 'Average revenue (yuan):': '近三年平均主营收入（元）：',
 'Average export (USD):': '近三年平均出口额（美元）：', 'Unfinished projects:': '在研未结题项目：', 'USD/CNY rate:': '美元兑人民币汇率：',
 'Discount rate:': '折现率：', 'Registered in the region': '在自治区注册', 'Independent legal person': '独立法人',
 'Production enterprise': '生产型企业', 'HACCP certified': '通过 HACCP 认证', 'In the three southern prefectures': '位于南疆三地州',
 'Cooperation agreement signed': '已签订合作协议', 'Earlier cooperation with the partner': '与外方有合作基础',
 'Proof of matching funds issued': '已出具配套资金证明', 'e.g. 62,000,000.00': '例如 62,000,000.00', 'e.g. 1,200,000.00': '例如 1,200,000.00',
 'A rate as a fraction: 0.12 is 12 % a year': '以小数表示的增长率：0.12 即每年 12%', 'Baseline': '基准值', 'Growth rate': '增长率',
 'Low': '低', 'High': '高', '%1 is not a number: %2': '“%1”不是数值：%2',
 'Set a growth rate first; this projection gives a value per year': '请先填写增长率；此预测为逐年数值',
 'Edit projection of %1': '修改 %1 的预测',
 'From the growth rate; type a value to give every year its own': '由增长率推算；输入数值即改为逐年填写', 'Add projection of %1': '添加 %1 的预测', 'Remove projection %1': '删除预测 %1',
 # Issues 12, 14, 17: spreadsheet import, the Tasks tab, the budget by task.
 '%1: cannot tell the spreadsheet format: use a .xlsx or .csv file': '%1：无法判断电子表格格式：请使用 .xlsx 或 .csv 文件',
 'more refusals not listed; reading stopped': '更多错误未列出；已停止读取',
 'the spreadsheet gave no plan': '该电子表格未生成计划',
 'the plan would be larger than a plan file may be; nothing changed': '生成的计划将超过计划文件的大小上限；未作任何修改',
 'Import from %1': '从 %1 导入',
 'Task of %n line(s) → %1': '%n 个预算行的任务 → %1',
 'no task': '无任务', 'No task': '未指定任务', 'All tasks': '全部任务', 'task %1: %2': '任务 %1：%2',
 '&Show task:': '显示任务(&S)：', 'Set task of se&lected cells': '设置所选单元格的任务(&L)',
 'Names a task on every budget line in the selected cells (one undo step)': '为所选单元格中的每个预算行指定任务（一步撤销）',
 'Tas&ks': '项目任务(&K)',
 '&Import from Spreadsheet (XLSX, CSV)…': '从电子表格导入(&I)（XLSX、CSV）…',
 'Import from spreadsheet': '从电子表格导入',
 'Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)': '电子表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV (*.csv)',
 '%1 was not imported; the plan is unchanged.': '%1 未导入；计划未作修改。',
 'Imported %1 (Ctrl+Z undoes it)': '已导入 %1（Ctrl+Z 可撤销）',
 '%1 holds the budget as it is; nothing changed': '%1 中的预算与当前相同；未作修改',
 '3. Budget by task (%1)': '三、分任务预算（%1）',
 'No budget line names a task; give lines their task in the Budget tab.': '没有预算行指定任务；请在“预算”页为预算行指定任务。',
 'not a task of this annex; untick it': '不是本附件的任务；请取消勾选',
 'Covered': '覆盖', 'Task': '任务', 'Name': '名称', 'What the project does': '研究内容', 'Lead': '负责单位',
 'Task %1 · covered: %2 → %3': '任务 %1 · 覆盖：%2 → %3',
 'Task %1 · summary: %2 → %3': '任务 %1 · 研究内容：%2 → %3',
 'Task %1 · lead: %2 → %3': '任务 %1 · 负责单位：%2 → %3',
 '%1 in the call: %2': '指南原文 %1：%2',
 'Annex %1 lists these tasks; a key project covers all of them (an annex 4 subproject at least one). Tick the tasks the project covers and say what it does for each and who leads it.':
   '附件 %1 列出以下任务；重点项目须覆盖全部任务（附件 4 的课题至少覆盖一项）。请勾选项目覆盖的任务，并填写各任务的研究内容和负责单位。',
 'The call gives general projects no tasks: only the key projects of the annexes cover tasks.': '指南未给一般项目规定任务：只有各附件的重点项目需覆盖任务。',
 "This plan's annex lists no tasks.": '本计划所属附件未列出任务。',
}

RU = {
 '%1\nSelf-raised': '%1\nСобств. итого',
 '%1 · self-raised: own funds, bank loan, partners, other': '%1 · собственные: свои средства, кредит, партнёры, прочие',
 '%1 · %2 · %3: %4 → %5 %6': '%1 · %2 · %3: %4 → %5 %6',
 'Partner %1 · %2: %3 → %4': 'Партнёр %1 · %2: %3 → %4',
 'Remove partner %1 (%2)': 'Удалить партнёра %1 (%2)',
 'Indicator %1: %2 → %3': 'Показатель %1: %2 → %3',
 'Projection of %1 · %2: %3 → %4': 'Прогноз «%1» · %2: %3 → %4',
 '%1: %2 → %3': '%1: %2 → %3',
 'yes': 'да',
 'no': 'нет',
 'S&ummary': '&Сводка',
 '&Columns:': 'С&толбцы:',
 'Every source': 'Все источники',
 'Fiscal · self-raised · total': 'Бюджет · собств. · итого',
 '&Years:': '&Годы:',
 'All years': 'Все годы',
 '%1 yuan': '%1 юаней',
 'Self-raised funds': 'Собственные средства',
 'of which: %1': 'в т. ч.: %1',
 'Total\nSum': 'Итого\nВсего',
 'Fiscal': 'Бюджет',
 'Self-raised': 'Собств.',
 'I. Direct costs': 'I. Прямые расходы',
 'II. Indirect costs': 'II. Косвенные расходы',
 '1. Sources of funds (%1)': '1. Источники финансирования (%1)',
 '2. Expenditure by category (%1)': '2. Расходы по статьям (%1)',
 'Special fund': 'Целевой фонд', 'Other fiscal': 'Прочие бюдж.', 'Own funds': 'Собственные', 'Bank loan': 'Кредит',
 'Partners': 'Партнёры', 'Other': 'Прочее', 'Enterprise': 'Предприятие', 'Research institute': 'НИИ', 'University': 'Университет',
 'Other organisation': 'Другая организация', 'Error': 'Ошибка', 'Warning': 'Предупреждение', 'Note': 'Примечание',
 'Binding': 'Обязательный', 'Expected': 'Ожидаемый', 'Common': 'Общий', 'Total': 'Итого', 'All years\nTotal': 'Все годы\nИтого',
 '%1\nTotal': '%1\nИтого', '%1 is not an amount: %2': '«%1» — не сумма: %2', 'Set %1 %2, %3': 'Изменить %1, %2, %3',
 'row %1, column %2 of the pasted block: "%3" is not an amount (%4); nothing was pasted':
   'строка %1, столбец %2 вставляемого блока: «%3» — не сумма (%4); ничего не вставлено',
 'Paste %n cell(s)': 'Вставить ячеек: %n', 'Clear %n cell(s)': 'Очистить ячеек: %n',
 'Spending by year and source': 'Расходы по годам и источникам', 'Spending by category': 'Расходы по статьям',
 'Co-funding ratio': 'Доля софинансирования', 'Indicators against targets': 'Показатели и цели', 'Projection risk': 'Риск прогноза',
 'Chart': 'Диаграмма', 'Export…': 'Экспорт…', 'Save this chart as PNG or SVG': 'Сохранить диаграмму в PNG или SVG',
 'Charts appear here once the chart library (cofund_render) is built in.': 'Диаграммы появятся здесь, когда будет подключена библиотека cofund_render.',
 'no chart chosen': 'диаграмма не выбрана', 'charts are not built in': 'диаграммы не подключены', 'Export chart': 'Экспорт диаграммы',
 'PNG image (*.png);;SVG image (*.svg)': 'Изображение PNG (*.png);;Изображение SVG (*.svg)',
 'Untitled': 'Без имени', 'cannot write %1: %2': 'не удаётся записать %1: %2', 'cannot save %1: %2': 'не удаётся сохранить %1: %2',
 'Severity': 'Уровень', 'Finding': 'Замечание', 'Rule': 'Правило', 'met': 'выполнено', 'short': 'не выполнено', 'missing': 'нет',
 'unknown id': 'неизвестный', 'Indicator': 'Показатель', 'Kind': 'Тип', 'Target': 'Цель', 'Planned': 'План', 'Projected': 'Прогноз',
 'Status': 'Статус', '%1 is not a value of at least 0': '«%1» — не число ≥ 0', 'Set indicator %1': 'Изменить показатель %1',
 'About Cofund': 'О программе Cofund',
 '<b>Cofund</b> — budget and co-funding planner for science-partnership funding calls.<p>Amounts are exact to the fen. Every edit can be undone; unsaved changes are kept in a recovery file until you save.</p>':
   '<b>Cofund</b> — планирование бюджета и софинансирования научных проектов.<p>Суммы точны до фэня. Любое изменение можно отменить; несохранённые изменения хранятся в файле восстановления.</p>',
 'Pro&ject': '&Проект', '&Budget': '&Бюджет', 'Pa&rtners': 'Па&ртнёры', '&Indicators': 'П&оказатели', 'Projec&tions': 'Про&гнозы',
 'Charts': 'Диаграммы', 'Findings': 'Замечания', 'History': 'История', '<opened>': '<открыто>', '万元 (10,000 yuan)': '万元 (10 000 юаней)',
 'Yuan': 'Юани', 'Hide unused sources': 'Скрыть пустые источники',
 'Amounts in 万元, exact to the fen. Ctrl+V pastes a block from a spreadsheet.': 'Суммы в 万元 (10 000 юаней). Ctrl+V вставляет блок из таблицы.',
 'Amounts in yuan, exact to the fen. Ctrl+V pastes a block from a spreadsheet.': 'Суммы в юанях. Ctrl+V вставляет блок из таблицы.',
 'Add partner': 'Добавить партнёра', 'Remove partner': 'Удалить партнёра', 'Add projection': 'Добавить прогноз', 'Remove projection': 'Удалить прогноз',
 '&File': '&Файл', '&New': '&Создать', 'Key project, annex %1 — %2': 'Ключевой проект, приложение %1 — %2',
 'General project, direction %1 — %2': 'Общий проект, направление %1 — %2', 'The built-in &example (annex 3)': 'Встроенный &пример (приложение 3)',
 '&Open…': '&Открыть…', 'Open &Recent': '&Недавние', '&Save': '&Сохранить', 'Save &As…': 'Сохранить &как…',
 'Export &Report (PDF)…': 'Экспорт &отчёта (PDF)…', 'Export Spread&sheet (XLSX, CSV)…': 'Экспорт &таблицы (XLSX, CSV)…',
 'Export &Chart (PNG, SVG)…': 'Экспорт &диаграммы (PNG, SVG)…', '&Quit': '&Выход', '&Undo': '&Отменить', '&Redo': '&Повторить',
 '&Edit': '&Правка', '&Copy cells': '&Копировать ячейки', '&Paste cells': '&Вставить ячейки', 'C&lear cells': '&Очистить ячейки',
 '&View': '&Вид', 'Amounts in &万元': 'Суммы в &万元', 'Amounts in &yuan': 'Суммы в &юанях', '&Hide unused sources': '&Скрыть пустые источники',
 '&Language': '&Язык', '&Help': '&Справка', '&About Cofund': '&О программе',
 '万元': '万元', 'yuan': 'юаней', 'Special fund: %1 %2': 'Целевой фонд: %1 %2', 'Self-raised: %1 %2': 'Собственные: %1 %2',
 'Ratio %1 : 1 (required %2 : 1)': 'Доля %1 : 1 (нужно %2 : 1)', 'Self-raised side %1, required at least %2': 'Собственные средства %1, нужно не менее %2',
 'No co-funding ratio applies': 'Доля софинансирования не требуется', '✗ %n error(s)': '✗ ошибок: %n', '%n error(s)': 'ошибок: %n', '%n note(s)': 'примечаний: %n',
 'Click a finding to go to its place.': 'Щёлкните замечание, чтобы перейти к месту.', '%n warning(s)': 'предупреждений: %n',
 "✓ Meets the call's rules": '✓ Соответствует условиям конкурса', 'No findings: the plan meets every rule of the call.': 'Замечаний нет: план соответствует всем правилам конкурса.',
 '%1 errors, %2 warnings, %3 notes. Click a finding to go to its place.': 'Ошибок: %1, предупреждений: %2, примечаний: %3. Щёлкните замечание, чтобы перейти к месту.',
 'Cannot open the plan': 'Не удаётся открыть план', 'Cannot open %1: %2': 'Не удаётся открыть %1: %2', 'Opened %1': 'Открыт %1',
 'Open in a text editor at line %1': 'Открыть в текстовом редакторе на строке %1', 'Open in a text editor': 'Открыть в текстовом редакторе',
 'line %1, column %2': 'строка %1, столбец %2', 'line %1': 'строка %1', '%1 (%2)': '%1 (%2)', '%1: %2': '%1: %2',
 'New plan': 'Новый план', 'Open plan': 'Открыть план', 'Plans (*.plan.json *.json);;All files (*)': 'Планы (*.plan.json *.json);;Все файлы (*)',
 'Cannot save': 'Не удаётся сохранить', 'Saved %1': 'Сохранён %1', 'plan': 'план', 'Save plan as': 'Сохранить план как', 'Plans (*.plan.json)': 'Планы (*.plan.json)',
 'Export report': 'Экспорт отчёта', 'PDF (*.pdf);;HTML (*.html)': 'PDF (*.pdf);;HTML (*.html)', 'Wrote %1': 'Записан %1',
 'Export spreadsheet': 'Экспорт таблицы', 'Excel workbook (*.xlsx);;CSV (*.csv)': 'Книга Excel (*.xlsx);;CSV (*.csv)',
 'Unsaved changes': 'Несохранённые изменения', '%1 has changes that are not saved. Save them?': 'В %1 есть несохранённые изменения. Сохранить?',
 'an untitled plan': 'плана без имени', 'Restore unsaved changes?': 'Восстановить несохранённые изменения?',
 'Cofund was not closed properly. Unsaved changes to %1 from %2 were kept.\n\nRestore them? The file itself stays as it was until you save.':
   'Cofund был закрыт некорректно. Несохранённые изменения %1 от %2 сохранены.\n\nВосстановить их? Сам файл не изменится, пока вы не сохраните.',
 'Partner': 'Партнёр', 'Country': 'Страна', 'Type': 'Тип', 'Edit partner %1': 'Изменить партнёра %1', 'New partner': 'Новый партнёр',
 'Remove partner %1': 'Удалить партнёра %1', 'Change project class': 'Изменить класс проекта', 'Change annex': 'Изменить приложение',
 'Change direction': 'Изменить направление', 'Change scope': 'Изменить охват', 'Change applicant type': 'Изменить тип заявителя', 'Edit %1': 'Изменить: %1',
 'Key project': 'Ключевой проект', 'General project': 'Общий проект', 'Annex %1 — %2': 'Приложение %1 — %2', 'Direction %1 — %2': 'Направление %1 — %2',
 'Whole annex': 'Всё приложение', 'Subproject (课题)': 'Подпроект (课题)', '%1 · %2 indicators (%3 binding)': '%1 · показателей: %2 (обязательных: %3)',
 ' · self-raised ≥ %1 × fiscal': ' · собственные ≥ %1 × бюджетные', 'Project': 'Проект', 'Applicant': 'Заявитель', 'Assumptions': 'Допущения',
 '&Title:': '&Название:', 'C&lass:': '&Класс:', '&Annex:': '&Приложение:', '&Direction:': 'Н&аправление:', 'Sco&pe:': '&Охват:',
 '&Start year:': 'Год &начала:', '&End year:': 'Год о&кончания:', '&Name:': '&Организация:', 'T&ype:': '&Тип:',
 'Average revenue (yuan):': 'Средняя выручка (юани):', 'Average export (USD):': 'Средний экспорт (USD):', 'Unfinished projects:': 'Незавершённые проекты:',
 'USD/CNY rate:': 'Курс USD/CNY:', 'Discount rate:': 'Ставка дисконтирования:', 'Registered in the region': 'Зарегистрирован в регионе',
 'Independent legal person': 'Самостоятельное юрлицо', 'Production enterprise': 'Производственное предприятие', 'HACCP certified': 'Сертификат HACCP',
 'In the three southern prefectures': 'В трёх южных округах', 'Cooperation agreement signed': 'Соглашение о сотрудничестве подписано',
 'Earlier cooperation with the partner': 'Прежнее сотрудничество с партнёром', 'Proof of matching funds issued': 'Подтверждение софинансирования',
 'e.g. 62,000,000.00': 'напр. 62,000,000.00', 'e.g. 1,200,000.00': 'напр. 1,200,000.00',
 'A rate as a fraction: 0.12 is 12 % a year': 'Темп как доля: 0.12 — это 12 % в год', 'Baseline': 'База', 'Growth rate': 'Темп роста',
 'Low': 'Мин.', 'High': 'Макс.', '%1 is not a number: %2': '«%1» — не число: %2',
 'Set a growth rate first; this projection gives a value per year': 'Сначала задайте темп роста: этот прогноз задан по годам',
 'Edit projection of %1': 'Изменить прогноз %1',
 'From the growth rate; type a value to give every year its own': 'По темпу роста; введите значение, чтобы задать каждый год', 'Add projection of %1': 'Добавить прогноз %1', 'Remove projection %1': 'Удалить прогноз %1',
 # Issues 12, 14, 17: spreadsheet import, the Tasks tab, the budget by task.
 '%1: cannot tell the spreadsheet format: use a .xlsx or .csv file': '%1: не удаётся определить формат: используйте файл .xlsx или .csv',
 'more refusals not listed; reading stopped': 'остальные ошибки не показаны; чтение остановлено',
 'the spreadsheet gave no plan': 'таблица не дала плана',
 'the plan would be larger than a plan file may be; nothing changed': 'план превысил бы предельный размер файла плана; ничего не изменено',
 'Import from %1': 'Импорт из %1',
 'Task of %n line(s) → %1': ['Задача %n строки → %1', 'Задача %n строк → %1', 'Задача %n строк → %1'],
 'no task': 'без задачи', 'No task': 'Без задачи', 'All tasks': 'Все задачи', 'task %1: %2': 'задача %1: %2',
 '&Show task:': '&Задача:', 'Set task of se&lected cells': 'Задача &выделенных ячеек',
 'Names a task on every budget line in the selected cells (one undo step)': 'Указывает задачу у каждой строки бюджета в выделенных ячейках (один шаг отмены)',
 'Tas&ks': 'За&дачи',
 '&Import from Spreadsheet (XLSX, CSV)…': '&Импорт из таблицы (XLSX, CSV)…',
 'Import from spreadsheet': 'Импорт из таблицы',
 'Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)': 'Таблицы (*.xlsx *.csv);;Книга Excel (*.xlsx);;CSV (*.csv)',
 '%1 was not imported; the plan is unchanged.': '%1 не импортирован; план не изменён.',
 'Imported %1 (Ctrl+Z undoes it)': 'Импортирован %1 (Ctrl+Z отменяет)',
 '%1 holds the budget as it is; nothing changed': 'В %1 тот же бюджет; ничего не изменено',
 '3. Budget by task (%1)': '3. Бюджет по задачам (%1)',
 'No budget line names a task; give lines their task in the Budget tab.': 'Ни у одной строки бюджета нет задачи; укажите задачи строк на вкладке «Бюджет».',
 'not a task of this annex; untick it': 'не задача этого приложения; снимите отметку',
 'Covered': 'Охвачена', 'Task': 'Задача', 'Name': 'Название', 'What the project does': 'Что делает проект', 'Lead': 'Ответственный',
 'Task %1 · covered: %2 → %3': 'Задача %1 · охвачена: %2 → %3',
 'Task %1 · summary: %2 → %3': 'Задача %1 · содержание: %2 → %3',
 'Task %1 · lead: %2 → %3': 'Задача %1 · ответственный: %2 → %3',
 '%1 in the call: %2': '%1 в тексте конкурса: %2',
 'Annex %1 lists these tasks; a key project covers all of them (an annex 4 subproject at least one). Tick the tasks the project covers and say what it does for each and who leads it.':
   'Приложение %1 перечисляет эти задачи; ключевой проект охватывает их все (подпроект приложения 4 — хотя бы одну). Отметьте задачи проекта и укажите, что он делает по каждой и кто за неё отвечает.',
 'The call gives general projects no tasks: only the key projects of the annexes cover tasks.': 'Конкурс не ставит задач общим проектам: задачи охватывают только ключевые проекты приложений.',
 "This plan's annex lists no tasks.": 'Приложение этого плана не перечисляет задач.',
}

# The basis editor (ui/src/basis_editor.*, issue 16).
ZH.update({
 'factor %1': '第 %1 个因子',
 '%1 has no number; write factors as "3 人 × 2 次 × 0.5 月"': '%1缺少数值；因子的写法如“3 人 × 2 次 × 0.5 月”',
 '%1: "%2" is not a decimal number such as 0.5': '%1：“%2”不是小数（如 0.5）',
 '%1: a factor is never negative': '%1：因子不能为负数',
 'line %1: %2 yuan': '第 %1 行：%2 元',
 'Select a cell of one category and source in the budget grid to see the basis of its line.':
   '在预算表中选择某一科目、某一来源的单元格，即可查看该行的测算依据。',
 'This cell has no budget line yet: type an amount in the grid first.': '此单元格还没有预算行：请先在预算表中输入金额。',
 'This line has no basis yet: add an item (what is bought or paid, how many, at what price).':
   '此行还没有测算依据：请添加明细（购买或支付什么、数量多少、单价多少）。',
 'Basis total: %1 yuan · line amount: %2 yuan': '测算合计：%1 元 · 预算金额：%2 元',
 'Difference: %1 yuan': '差额：%1 元',
 ' (an item is not a whole fen)': '（有明细金额不是整分）',
 '&Line:': '预算行(&L)：',
 '&Add item': '添加明细(&A)',
 '&Remove item': '删除明细(&R)',
 'Set amount to basis &total': '金额取测算合计(&T)',
 "Sets the line's amount to the sum of its items, as one undo step": '将该行金额设为各明细之和（一步撤销）',
 "This item's amount is not a whole fen (basis.item): change a factor or the unit price.":
   '此明细金额不是整分（basis.item）：请修改因子或单价。',
 'Factors as "3 人 × 2 次 × 0.5 月": a decimal, then its unit': '因子写作“3 人 × 2 次 × 0.5 月”：先写数值，再写单位',
 'Item': '明细', 'Quantities': '数量', 'Unit price (yuan)': '单价（元）', 'Price unit': '单价单位',
 'Amount (yuan)': '金额（元）',
 'an item needs a name, e.g. 国际旅费': '明细需要名称，例如“国际旅费”',
 'a unit price is never negative': '单价不能为负数',
 'Basis of %1: %2': '%1 的测算依据：%2',
 'name': '名称', 'quantities': '数量', 'unit price': '单价', 'price unit': '单价单位',
 '%1, %2: %3 → %4': '%1，%2：%3 → %4',
 'New item': '新明细', 'item added': '添加明细', 'item %1 removed': '删除明细 %1',
 'amount set to the basis total, %1 → %2 yuan': '金额取测算合计，%1 → %2 元',
})
RU.update({
 'factor %1': 'множитель %1',
 '%1 has no number; write factors as "3 人 × 2 次 × 0.5 月"': '%1 без числа; пишите множители так: «3 чел. × 2 поездки × 0.5 мес.»',
 '%1: "%2" is not a decimal number such as 0.5': '%1: «%2» — не десятичное число вроде 0.5',
 '%1: a factor is never negative': '%1: множитель не бывает отрицательным',
 'line %1: %2 yuan': 'строка %1: %2 юаней',
 'Select a cell of one category and source in the budget grid to see the basis of its line.':
   'Выберите в таблице бюджета ячейку одной статьи и одного источника, чтобы увидеть обоснование её строки.',
 'This cell has no budget line yet: type an amount in the grid first.': 'В этой ячейке ещё нет строки бюджета: сначала введите сумму в таблице.',
 'This line has no basis yet: add an item (what is bought or paid, how many, at what price).':
   'У этой строки ещё нет обоснования: добавьте позицию (что покупается или оплачивается, сколько, по какой цене).',
 'Basis total: %1 yuan · line amount: %2 yuan': 'Итого по обоснованию: %1 юаней · сумма строки: %2 юаней',
 'Difference: %1 yuan': 'Разница: %1 юаней',
 ' (an item is not a whole fen)': ' (сумма позиции не целое число фэней)',
 '&Line:': '&Строка:',
 '&Add item': '&Добавить позицию',
 '&Remove item': '&Удалить позицию',
 'Set amount to basis &total': 'Сумма = &итог обоснования',
 "Sets the line's amount to the sum of its items, as one undo step": 'Делает сумму строки равной сумме позиций (один шаг отмены)',
 "This item's amount is not a whole fen (basis.item): change a factor or the unit price.":
   'Сумма позиции — не целое число фэней (basis.item): измените множитель или цену.',
 'Factors as "3 人 × 2 次 × 0.5 月": a decimal, then its unit': 'Множители вида «3 чел. × 2 поездки × 0.5 мес.»: число, затем единица',
 'Item': 'Позиция', 'Quantities': 'Количество', 'Unit price (yuan)': 'Цена за единицу (юани)',
 'Price unit': 'Единица цены', 'Amount (yuan)': 'Сумма (юани)',
 'an item needs a name, e.g. 国际旅费': 'у позиции должно быть название, например «Международные перелёты»',
 'a unit price is never negative': 'цена за единицу не бывает отрицательной',
 'Basis of %1: %2': 'Обоснование %1: %2',
 'name': 'название', 'quantities': 'количество', 'unit price': 'цена за единицу', 'price unit': 'единица цены',
 '%1, %2: %3 → %4': '%1, %2: %3 → %4',
 'New item': 'Новая позиция', 'item added': 'позиция добавлена', 'item %1 removed': 'позиция %1 удалена',
 'amount set to the basis total, %1 → %2 yuan': 'сумма приравнена к итогу обоснования, %1 → %2 юаней',
})

# English: only the plural forms of %n texts (lupdate -pluralonly).
EN = {
 'Paste %n cell(s)': ['Paste %n cell', 'Paste %n cells'], 'Clear %n cell(s)': ['Clear %n cell', 'Clear %n cells'],
 '✗ %n error(s)': ['✗ %n error', '✗ %n errors'], '%n error(s)': ['%n error', '%n errors'],
 '%n warning(s)': ['%n warning', '%n warnings'], '%n note(s)': ['%n note', '%n notes'],
 'Task of %n line(s) → %1': ['Task of %n line → %1', 'Task of %n lines → %1'],
}

# The About box's build facts (ui/src/main_window.cpp aboutBuild(), issue 28).
ZH.update({
 'Version %1 (%2)': '版本 %1（%2）', 'commit %1': '提交 %1', 'unknown commit': '提交未知',
 'Calls:': '申报指南：', 'built in': '内置', 'Libraries: %1': '程序库：%1',
})
RU.update({
 'Version %1 (%2)': 'Версия %1 (%2)', 'commit %1': 'коммит %1', 'unknown commit': 'коммит неизвестен',
 'Calls:': 'Конкурсы:', 'built in': 'встроенный', 'Libraries: %1': 'Библиотеки: %1',
})

def fill(path, table, plural_forms):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text
        tr = msg.find('translation')
        if src not in table:
            missing.append(src)
            continue
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get('numerus') == 'yes':
            forms = table[src] if isinstance(table[src], list) else [table[src]] * plural_forms
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = table[src]
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    return missing

here = sys.argv[1] if len(sys.argv) > 1 else '.'
for name, table, forms in (('cofund_gui_zh_CN.ts', ZH, 1), ('cofund_gui_ru.ts', RU, 3), ('cofund_gui_en.ts', EN, 2)):
    missing = fill(f'{here}/{name}', table, forms)
    for m in missing:
        print(f'{name}: untranslated: {m!r}')
