<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Names</name>
    <message>
        <source>Special fund</source>
        <translation>Целевой фонд</translation>
    </message>
    <message>
        <source>Other fiscal</source>
        <translation>Прочие бюдж.</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Собственные</translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>НИИ</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Другая организация</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупр.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примеч.</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемый</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>Общий</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a line and column, then a JSON pointer</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place, then what is wrong there</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetIo</name>
    <message>
        <source>%1: cannot tell the spreadsheet format: use a .xlsx or .csv file</source>
        <translation>%1: не удаётся определить формат: используйте файл .xlsx или .csv</translation>
    </message>
    <message>
        <source>the spreadsheet gave no plan</source>
        <translation>таблица не дала плана</translation>
    </message>
    <message>
        <source>the plan would be larger than a plan file may be; nothing changed</source>
        <translation>план превысил бы предельный размер файла плана; ничего не изменено</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Импорт из %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 万元</source>
        <translation>%1 · %2 · %3: %4 → %5 万元</translation>
    </message>
    <message numerus="yes">
        <source>Import from %1, %n cell(s) changed: %2</source>
        <translation><numerusform>Импорт из %1, изменена %n ячейка: %2</numerusform><numerusform>Импорт из %1, изменены %n ячейки: %2</numerusform><numerusform>Импорт из %1, изменено %n ячеек: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>cofund::ui::BasisEditor</name>
    <message>
        <source>line %1: %2 yuan</source>
        <translation>строка %1: %2 юаней</translation>
    </message>
    <message>
        <source>Select a cell of one category and source in the budget grid to see the basis of its line.</source>
        <translation>Выберите в таблице бюджета ячейку одной статьи и одного источника, чтобы увидеть обоснование её строки.</translation>
    </message>
    <message>
        <source>This cell has no budget line yet: type an amount in the grid first.</source>
        <translation>В этой ячейке ещё нет строки бюджета: сначала введите сумму в таблице.</translation>
    </message>
    <message>
        <source>This line has no basis yet: add an item (what is bought or paid, how many, at what price).</source>
        <translation>У этой строки ещё нет обоснования: добавьте позицию (что покупается или оплачивается, сколько, по какой цене).</translation>
    </message>
    <message>
        <source>Basis total: %1 yuan · line amount: %2 yuan</source>
        <translation>Итого по обоснованию: %1 юаней · сумма строки: %2 юаней</translation>
    </message>
    <message>
        <source>Difference: %1 yuan</source>
        <translation>Разница: %1 юаней</translation>
    </message>
    <message>
        <source> (an item is not a whole fen)</source>
        <translation> (сумма позиции не целое число фэней)</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Строка:</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить позицию</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <source>Set amount to basis &amp;total</source>
        <translation>Сумма = &amp;итог обоснования</translation>
    </message>
    <message>
        <source>Sets the line's amount to the sum of its items, as one undo step</source>
        <translation>Делает сумму строки равной сумме позиций (один шаг отмены)</translation>
    </message>
    <message>
        <source>Budget basis</source>
        <translation>Обоснование бюджета</translation>
    </message>
    <message>
        <source>Show or hide the basis (测算依据) of the grid's current cell</source>
        <translation>Показать или скрыть обоснование (测算依据) текущей ячейки таблицы</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>У&amp;частник:</translation>
    </message>
    <message>
        <source>Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)</source>
        <translation>Чьи это деньги: заявителя или партнёра (承担单位 / 合作单位)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>Puts the selected item into a new group, whose amount is the subtotal of its items</source>
        <translation>Помещает выбранную позицию в новую группу; сумма группы — подытог её позиций</translation>
    </message>
    <message>
        <source>Moves the item into the group above it</source>
        <translation>Перемещает позицию в группу над ней</translation>
    </message>
    <message>
        <source>Moves the item out of its group</source>
        <translation>Выносит позицию из её группы</translation>
    </message>
    <message>
        <source>Item's &amp;money unit:</source>
        <translation>&amp;Единица сумм позиции:</translation>
    </message>
    <message>
        <source>The unit the applicant wrote this item's unit price and amount in (3000元/吨 or 0.3万元/吨)</source>
        <translation>В каких единицах заявитель записал цену и сумму позиции (3000元/吨 или 0.3万元/吨)</translation>
    </message>
    <message>
        <source>What the line's equipment money does: purchase, build, upgrade or lease (购置 / 试制 / 改造 / 租赁); purchase counts in "of which: equipment purchase"</source>
        <translation>На что идут деньги строки на оборудование: покупка, изготовление, модернизация или аренда (购置 / 试制 / 改造 / 租赁); покупка входит в строку «в т. ч.: покупка оборудования»</translation>
    </message>
    <message>
        <source>E&amp;quipment kind:</source>
        <translation>Вид &amp;оборудования:</translation>
    </message>
    <message>
        <source>Equipmen&amp;t:</source>
        <translation>Обору&amp;дование:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Details the call asks:</source>
        <translation>Требуется указать:</translation>
    </message>
    <message>
        <source>What the call asks of an item at or above its unit-price threshold</source>
        <translation>Что условия конкурса требуют указать для позиции с ценой от порога</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BasisModel</name>
    <message>
        <source>factor %1</source>
        <translation>множитель %1</translation>
    </message>
    <message>
        <source>%1 has no number; write factors as "3 人 × 2 次 × 0.5 月"</source>
        <translation>%1 без числа; пишите множители так: «3 чел. × 2 поездки × 0.5 мес.»</translation>
    </message>
    <message>
        <source>%1: "%2" is not a decimal number such as 0.5</source>
        <translation>%1: «%2» — не десятичное число вроде 0.5</translation>
    </message>
    <message>
        <source>%1: a factor is never negative</source>
        <translation>%1: множитель не бывает отрицательным</translation>
    </message>
    <message>
        <source>This item's amount is not a whole fen (basis.item): change a factor or the unit price.</source>
        <translation>Сумма позиции — не целое число фэней (basis.item): измените множитель или цену.</translation>
    </message>
    <message>
        <source>Factors as "3 人 × 2 次 × 0.5 月": a decimal, then its unit</source>
        <translation>Множители вида «3 чел. × 2 поездки × 0.5 мес.»: число, затем единица</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>Цена, юани</translation>
    </message>
    <message>
        <source>Price unit</source>
        <translation>Ед. цены</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Сумма, юани</translation>
    </message>
    <message>
        <source>an item needs a name, e.g. 国际旅费</source>
        <translation>у позиции должно быть название, например «Международные перелёты»</translation>
    </message>
    <message>
        <source>a unit price is never negative</source>
        <translation>цена за единицу не бывает отрицательной</translation>
    </message>
    <message>
        <source>Basis of %1: %2</source>
        <translation>Обоснование %1: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>quantities</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>price unit</source>
        <translation>единица цены</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>item added</source>
        <translation>позиция добавлена</translation>
    </message>
    <message>
        <source>item %1 removed</source>
        <translation>позиция %1 удалена</translation>
    </message>
    <message>
        <source>amount set to the basis total, %1 → %2 yuan</source>
        <translation>сумма приравнена к итогу обоснования, %1 → %2 юаней</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>a written result is never negative</source>
        <translation>записанный итог не бывает отрицательным</translation>
    </message>
    <message>
        <source>as the plan</source>
        <translation>как в плане</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>юаней</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>единовременно</translation>
    </message>
    <message>
        <source>Written %1 yuan, exactly %2 yuan: they differ by %3 yuan (%4)%5</source>
        <translation>Записано %1 юаней, точно %2 юаней: разница %3 юаней (%4)%5</translation>
    </message>
    <message>
        <source>; 元 written for 万元, or back</source>
        <translation>; 元 вместо 万元 или наоборот</translation>
    </message>
    <message>
        <source>The result as the applicant wrote it ("1.2万" for 万元); empty for none</source>
        <translation>Итог, как его записал заявитель («1.2万» для 万元); пусто, если нет</translation>
    </message>
    <message>
        <source>A lump sum's quantities only describe it ("2 篇"); they are not multiplied</source>
        <translation>Количества единовременной суммы лишь описывают её («2 篇») и не перемножаются</translation>
    </message>
    <message>
        <source>Typing a unit price makes the item quantities × unit price</source>
        <translation>Введённая цена делает позицию произведением количеств на цену</translation>
    </message>
    <message>
        <source>Typing an amount makes the item a lump sum (整笔)</source>
        <translation>Введённая сумма делает позицию единовременной (整笔)</translation>
    </message>
    <message>
        <source>A group's amount is the sum of its items</source>
        <translation>Сумма группы — сумма её позиций</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>Единица сумм</translation>
    </message>
    <message>
        <source>Equipment kind</source>
        <translation>Вид оборудования</translation>
    </message>
    <message>
        <source>a lump sum is never negative</source>
        <translation>единовременная сумма не бывает отрицательной</translation>
    </message>
    <message>
        <source>a money unit is yuan or wan</source>
        <translation>единица сумм — yuan (юани) или wan (万元)</translation>
    </message>
    <message>
        <source>an equipment kind is purchase, build, upgrade or lease</source>
        <translation>вид оборудования — purchase, build, upgrade или lease</translation>
    </message>
    <message>
        <source>lump sum %1</source>
        <translation>единовременно %1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>money unit</source>
        <translation>единица сумм</translation>
    </message>
    <message>
        <source>equipment kind</source>
        <translation>вид оборудования</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>group added</source>
        <translation>добавлена группа</translation>
    </message>
    <message>
        <source>item %1 put into a new group</source>
        <translation>позиция %1 помещена в новую группу</translation>
    </message>
    <message>
        <source>item %1 moved into group %2</source>
        <translation>позиция %1 перемещена в группу %2</translation>
    </message>
    <message>
        <source>item %1 moved out of group %2, which it alone held</source>
        <translation>позиция %1 вынесена из группы %2, где была одна</translation>
    </message>
    <message>
        <source>item %1 moved out of group %2</source>
        <translation>позиция %1 вынесена из группы %2</translation>
    </message>
    <message>
        <source>item %1 · %2: %3 → %4</source>
        <translation>позиция %1 · %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BudgetModel</name>
    <message>
        <source>%1: outside the period %2–%3; move it into the period or clear it</source>
        <translation>%1: вне срока %2–%3; перенесите строку в срок или очистите</translation>
    </message>
    <message>
        <source>a cell outside the period takes only 0 (to remove its lines) or a new amount for a line already there; put new money in a year of the period</source>
        <translation>ячейка вне срока принимает только 0 (удалить строки) или новую сумму для уже имеющейся строки; новые средства вносите в год срока</translation>
    </message>
    <message>
        <source>row %1, column %2 of the pasted block: %3; nothing was pasted</source>
        <translation>строка %1, столбец %2 вставляемого блока: %3; ничего не вставлено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>All years
Total</source>
        <translation>Все годы
Итого</translation>
    </message>
    <message>
        <source>%1
Total</source>
        <translation>%1
Итого</translation>
    </message>
    <message>
        <source>%1 is not an amount: %2</source>
        <translation>«%1» — не сумма: %2</translation>
    </message>
    <message>
        <source>row %1, column %2 of the pasted block: "%3" is not an amount (%4); nothing was pasted</source>
        <translation>строка %1, столбец %2 вставляемого блока: «%3» — не сумма (%4); ничего не вставлено</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation><numerusform>Вставить ячеек: %n</numerusform><numerusform>Вставить ячеек: %n</numerusform><numerusform>Вставить ячеек: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation><numerusform>Очистить ячеек: %n</numerusform><numerusform>Очистить ячеек: %n</numerusform><numerusform>Очистить ячеек: %n</numerusform></translation>
    </message>
    <message>
        <source>%1
Self-raised</source>
        <translation>%1
Собств. итого</translation>
    </message>
    <message>
        <source>%1 · self-raised: own funds, bank loan, partners, other</source>
        <translation>%1 · собственные: свои средства, кредит, партнёры, прочие</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>юаней</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 %6</source>
        <translation>%1 · %2 · %3: %4 → %5 %6</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>без задачи</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>задача %1: %2</translation>
    </message>
    <message>
        <source>several tasks</source>
        <translation>разные задачи</translation>
    </message>
    <message>
        <source>Task of %1: %2 → %3</source>
        <translation>Задача строки %1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Task of %n line(s) (%1): %2 → %3</source>
        <translation><numerusform>Задача %n строки (%1): %2 → %3</numerusform><numerusform>Задача %n строк (%1): %2 → %3</numerusform><numerusform>Задача %n строк (%1): %2 → %3</numerusform></translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>участник %1: %2</translation>
    </message>
</context>
<context>
    <name>cofund::ui::BudgetTaskBar</name>
    <message>
        <source>No task</source>
        <translation>Без задачи</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <source>&amp;Show task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>Set task of se&amp;lected cells</source>
        <translation>Задача &amp;выделенных ячеек</translation>
    </message>
    <message>
        <source>Names a task on every budget line in the selected cells (one undo step)</source>
        <translation>Указывает задачу у каждой строки бюджета в выделенных ячейках (один шаг отмены)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Sho&amp;w unit:</source>
        <translation>Уч&amp;астник:</translation>
    </message>
    <message>
        <source>Shows the lines of one participating unit (承担单位 / 合作单位)</source>
        <translation>Показывает строки одного участника (承担单位 / 合作单位)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::CategoriesSummaryModel</name>
    <message>
        <source>Total
Sum</source>
        <translation>Итого
Всего</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Self-raised</source>
        <translation>Собств.</translation>
    </message>
    <message>
        <source>I. Direct costs</source>
        <translation>I. Прямые расходы</translation>
    </message>
    <message>
        <source>II. Indirect costs</source>
        <translation>II. Косвенные расходы</translation>
    </message>
    <message>
        <source>The money of equipment lines and items of kind purchase (购置)</source>
        <translation>Деньги строк и позиций оборудования с видом «покупка» (购置)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ChartPanel</name>
    <message>
        <source>Spending by year and source</source>
        <translation>Расходы по годам и источникам</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Расходы по статьям</translation>
    </message>
    <message>
        <source>Co-funding ratio</source>
        <translation>Доля софинансирования</translation>
    </message>
    <message>
        <source>Indicators against targets</source>
        <translation>Показатели и цели</translation>
    </message>
    <message>
        <source>Projection risk</source>
        <translation>Риск прогноза</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Сохранить диаграмму в PNG или SVG</translation>
    </message>
    <message>
        <source>no chart chosen</source>
        <translation>диаграмма не выбрана</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>Example — not your plan</source>
        <translation>Пример — не ваш план</translation>
    </message>
</context>
<context>
    <name>cofund::ui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
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
        <translation>выполнено</translation>
    </message>
    <message>
        <source>short</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown id</source>
        <translation>неизвестный</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>«%1» — не число ≥ 0</translation>
    </message>
    <message>
        <source>Indicator %1: %2 → %3</source>
        <translation>Показатель %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::LinesModel</name>
    <message>
        <source>%1: unit %2 → %3</source>
        <translation>%1: участник %2 → %3</translation>
    </message>
    <message>
        <source>%1: equipment kind %2 → %3</source>
        <translation>%1: вид оборудования %2 → %3</translation>
    </message>
    <message>
        <source>The line's id (budget[].id)</source>
        <translation>Идентификатор строки бюджета (budget[].id)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)</source>
        <translation>Чьи это деньги: заявителя или партнёра (承担单位 / 合作单位)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>What the equipment money does: purchase, build, upgrade or lease (购置 / 试制 / 改造 / 租赁); purchase counts in "of which: equipment purchase"</source>
        <translation>На что идут деньги на оборудование: покупка, изготовление, модернизация или аренда (购置 / 试制 / 改造 / 租赁); покупка входит в строку «в т. ч.: покупка оборудования»</translation>
    </message>
    <message>
        <source>Equipment kind</source>
        <translation>Вид оборудования</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>Сумма, 万元</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Сумма, юани</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>без задачи</translation>
    </message>
    <message>
        <source>%1: task %2 → %3</source>
        <translation>%1: задача %2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::MainWindow</name>
    <message>
        <source>About Cofund</source>
        <translation>О программе Cofund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cofund&lt;/b&gt; — budget and co-funding planner for science-partnership funding calls.&lt;p&gt;Amounts are exact to the fen. Every edit can be undone; unsaved changes are kept in a recovery file until you save.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cofund&lt;/b&gt; — планирование бюджета и софинансирования научных проектов.&lt;p&gt;Суммы точны до фэня. Любое изменение можно отменить; несохранённые изменения хранятся в файле восстановления.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Па&amp;ртнёры</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>П&amp;оказатели</translation>
    </message>
    <message>
        <source>Projec&amp;tions</source>
        <translation>Про&amp;гнозы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;открыто&gt;</translation>
    </message>
    <message>
        <source>万元 (10,000 yuan)</source>
        <translation>万元 (10 000 юаней)</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Юани</translation>
    </message>
    <message>
        <source>Hide unused sources</source>
        <translation>Скрыть пустые источники</translation>
    </message>
    <message>
        <source>Amounts in 万元, exact to the fen. Ctrl+V pastes a block from a spreadsheet.</source>
        <translation>Суммы в 万元 (10 000 юаней). Ctrl+V вставляет блок из таблицы.</translation>
    </message>
    <message>
        <source>Amounts in yuan, exact to the fen. Ctrl+V pastes a block from a spreadsheet.</source>
        <translation>Суммы в юанях. Ctrl+V вставляет блок из таблицы.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Удалить партнёра</translation>
    </message>
    <message>
        <source>Add projection</source>
        <translation>Добавить прогноз</translation>
    </message>
    <message>
        <source>Remove projection</source>
        <translation>Удалить прогноз</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Key project, annex %1 — %2</source>
        <translation>Ключевой проект, приложение %1 — %2</translation>
    </message>
    <message>
        <source>General project, direction %1 — %2</source>
        <translation>Общий проект, направление %1 — %2</translation>
    </message>
    <message>
        <source>The built-in &amp;example (annex 3)</source>
        <translation>Встроенный &amp;пример (приложение 3)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Экспорт &amp;отчёта (PDF)…</translation>
    </message>
    <message>
        <source>Export Spread&amp;sheet (XLSX, CSV)…</source>
        <translation>Экспорт &amp;таблицы (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart (PNG, SVG)…</source>
        <translation>Экспорт &amp;диаграммы (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>&amp;Копировать ячейки</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>&amp;Вставить ячейки</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>&amp;Очистить ячейки</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Amounts in &amp;万元</source>
        <translation>Суммы в &amp;万元</translation>
    </message>
    <message>
        <source>Amounts in &amp;yuan</source>
        <translation>Суммы в &amp;юанях</translation>
    </message>
    <message>
        <source>&amp;Hide unused sources</source>
        <translation>&amp;Скрыть пустые источники</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Cofund</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>юаней</translation>
    </message>
    <message>
        <source>Special fund: %1 %2</source>
        <translation>Целевой фонд: %1 %2</translation>
    </message>
    <message>
        <source>Self-raised: %1 %2</source>
        <translation>Собственные: %1 %2</translation>
    </message>
    <message>
        <source>Ratio fiscal : self-raised %1 (required %2)</source>
        <translation>Соотношение бюджет : собств. %1 (нужно %2)</translation>
    </message>
    <message>
        <source>Self-raised side %1, required at least %2</source>
        <translation>Собственные средства %1, нужно не менее %2</translation>
    </message>
    <message>
        <source>No self-raised money required (%1)</source>
        <translation>Собственные средства не требуются (%1)</translation>
    </message>
    <message>
        <source>The applicant and every partner are of type: %1</source>
        <translation>Заявитель и все партнёры — %1</translation>
    </message>
    <message>
        <source>No co-funding ratio applies</source>
        <translation>Доля софинансирования не требуется</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n error(s)</source>
        <translation><numerusform>✗ ошибок: %n</numerusform><numerusform>✗ ошибок: %n</numerusform><numerusform>✗ ошибок: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>предупреждений: %n</numerusform><numerusform>предупреждений: %n</numerusform><numerusform>предупреждений: %n</numerusform></translation>
    </message>
    <message>
        <source>✓ Meets the call's rules</source>
        <translation>✓ Соответствует условиям конкурса</translation>
    </message>
    <message>
        <source>No findings: the plan meets every rule of the call.</source>
        <translation>Замечаний нет: план соответствует всем правилам конкурса.</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>Plans (*.plan.json *.json);;All files (*)</source>
        <translation>Планы (*.plan.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранён %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <source>Plans (*.plan.json)</source>
        <translation>Планы (*.plan.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан %1</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить?</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>плана без имени</translation>
    </message>
    <message>
        <source>Unsaved plan %1 of %2.</source>
        <translation>Несохранённый план %1 из %2.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>ошибок: %n</numerusform><numerusform>ошибок: %n</numerusform><numerusform>ошибок: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>примечаний: %n</numerusform><numerusform>примечаний: %n</numerusform><numerusform>примечаний: %n</numerusform></translation>
    </message>
    <message>
        <source>Click a finding to go to its place.</source>
        <translation>Щёлкните замечание, чтобы перейти к месту.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Open in a text editor at line %1</source>
        <translation>Открыть в текстовом редакторе на строке %1</translation>
    </message>
    <message>
        <source>Open in a text editor</source>
        <translation>Открыть в текстовом редакторе</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>С&amp;толбцы:</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Fiscal · self-raised · total</source>
        <translation>Бюджет · собств. · итого</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Годы:</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>За&amp;дачи</translation>
    </message>
    <message>
        <source>&amp;Import from Spreadsheet (XLSX, CSV)…</source>
        <translation>&amp;Импорт из таблицы (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Импорт из таблицы</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Таблицы (*.xlsx *.csv);;Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not imported; the plan is unchanged.</source>
        <translation>%1 не импортирован; план не изменён.</translation>
    </message>
    <message>
        <source>Imported %1 (Ctrl+Z undoes it)</source>
        <translation>Импортирован %1 (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <source>%1 holds the budget as it is; nothing changed</source>
        <translation>В %1 тот же бюджет; ничего не изменено</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Версия %1 (%2)</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>коммит %1</translation>
    </message>
    <message>
        <source>unknown commit</source>
        <translation>коммит неизвестен</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Конкурсы:</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>Libraries: %1</source>
        <translation>Библиотеки: %1</translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation>Руководства</translation>
    </message>
    <message>
        <source>The manuals are not installed with this copy of Cofund.</source>
        <translation>Руководства не установлены с этой копией Cofund.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fit the window</source>
        <translation>По ширине окна</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>Начало работы (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Manuals</source>
        <translation>Руководства (&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example — not your plan.&lt;/b&gt; These are the built-in example's numbers (annex 3). Start your own with &lt;a href="new"&gt;File › New&lt;/a&gt;, or see &lt;a href="help"&gt;Getting started&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Пример — не ваш план.&lt;/b&gt; Это числа встроенного примера (приложение 3). Начните свой план через &lt;a href="new"&gt;Файл › Создать&lt;/a&gt; или откройте &lt;a href="help"&gt;Начало работы&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a plan&lt;/b&gt;: &lt;i&gt;File › New&lt;/i&gt;, then the annex (key project) or direction (general project) of your application. The built-in example is a sample, not your plan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Project&lt;/b&gt; tab: title, period, the applicant and the assumptions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Budget&lt;/b&gt; tab: type each amount in 万元 (or switch to yuan): one row per category, per year and source. Below the grid, &lt;i&gt;Budget basis&lt;/i&gt; holds how each amount is reckoned.&lt;/li&gt;&lt;li&gt;Watch &lt;b&gt;Findings&lt;/b&gt; (right): every rule of the call the plan breaks, with its fix. Click one to go to its place. The status bar gives the verdict.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save&lt;/b&gt; (Ctrl+S), then &lt;i&gt;File › Export&lt;/i&gt; the report (PDF) or the spreadsheet for the application.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Keys: Ctrl+Z / Ctrl+Y undo and redo, F6 moves between the panes, F1 opens this page.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Начало работы&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Создайте план&lt;/b&gt;: &lt;i&gt;Файл › Создать&lt;/i&gt;, затем приложение (ключевой проект) или направление (общий проект) вашей заявки. Встроенный пример — образец, а не ваш план.&lt;/li&gt;&lt;li&gt;Вкладка &lt;b&gt;Проект&lt;/b&gt;: название, период, заявитель и допущения.&lt;/li&gt;&lt;li&gt;Вкладка &lt;b&gt;Бюджет&lt;/b&gt;: введите каждую сумму в 万元 (или переключитесь на юани): строка на статью, столбцы по годам и источникам. Под таблицей &lt;i&gt;Обоснование бюджета&lt;/i&gt; показывает, как рассчитана каждая сумма.&lt;/li&gt;&lt;li&gt;Следите за &lt;b&gt;Замечаниями&lt;/b&gt; (справа): каждое нарушенное правило конкурса с исправлением. Щелчок по замечанию ведёт к его месту. Строка состояния даёт итог.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Сохраните&lt;/b&gt; (Ctrl+S), затем &lt;i&gt;Файл › Экспорт&lt;/i&gt; — отчёт (PDF) или таблица для заявки.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Клавиши: Ctrl+Z / Ctrl+Y — отмена и повтор, F6 — переход между панелями, F1 — эта страница.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Manuals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Руководства&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The desktop app</source>
        <translation>Настольное приложение</translation>
    </message>
    <message>
        <source>Charts and reports</source>
        <translation>Диаграммы и отчёты</translation>
    </message>
    <message>
        <source>The rules of the call</source>
        <translation>Правила конкурса</translation>
    </message>
    <message>
        <source>The plan file</source>
        <translation>Файл плана</translation>
    </message>
    <message>
        <source>The command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
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
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cofund was not closed properly. The unsaved changes to %1 were kept (last at %2).

Restore them? The file itself stays as it was until you save.</source>
        <translation>Cofund был закрыт некорректно. Несохранённые изменения в %1 сохранены (последний раз в %2).

Восстановить их? Сам файл не изменится, пока вы его не сохраните.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Восстановить (&amp;R)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить позже (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete changes…</source>
        <translation>Удалить изменения… (&amp;D)</translation>
    </message>
    <message>
        <source>Delete unsaved changes?</source>
        <translation>Удалить несохранённые изменения?</translation>
    </message>
    <message>
        <source>The unsaved changes to %1 will be deleted for good. Delete them?</source>
        <translation>Несохранённые изменения в %1 будут удалены навсегда. Удалить их?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Удалить (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>Оставить (&amp;K)</translation>
    </message>
    <message>
        <source>Lin&amp;es</source>
        <translation>Стро&amp;ки</translation>
    </message>
    <message>
        <source>Shows the budget lines one by one instead of the grid: whose money each line is (its unit), its task and an equipment line's kind, each editable</source>
        <translation>Показывает строки бюджета по одной вместо таблицы: чьи это деньги (участник), задачу и вид оборудования; всё можно изменить</translation>
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
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Partner %1 · %2: %3 → %4</source>
        <translation>Партнёр %1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>Remove partner %1 (%2)</source>
        <translation>Удалить партнёра %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ProjectForm</name>
    <message>
        <source>%1 is not an amount: %2</source>
        <translation>«%1» — не сумма: %2</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>«%1» — не число ≥ 0</translation>
    </message>
    <message>
        <source>Annex %1 — %2</source>
        <translation>Приложение %1 — %2</translation>
    </message>
    <message>
        <source>Direction %1 — %2</source>
        <translation>Направление %1 — %2</translation>
    </message>
    <message>
        <source>Whole annex</source>
        <translation>Всё приложение</translation>
    </message>
    <message>
        <source>Subproject (课题)</source>
        <translation>Подпроект (课题)</translation>
    </message>
    <message>
        <source>%1 · %2 indicators (%3 binding)</source>
        <translation>%1 · показателей: %2 (обязательных: %3)</translation>
    </message>
    <message>
        <source> · self-raised ≥ %1 × fiscal</source>
        <translation> · собственные ≥ %1 × бюджетные</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>&amp;Annex:</source>
        <translation>&amp;Приложение:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Н&amp;аправление:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>Год &amp;начала:</translation>
    </message>
    <message>
        <source>&amp;End year:</source>
        <translation>Год о&amp;кончания:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Average revenue (yuan):</source>
        <translation>Средняя выручка (юани):</translation>
    </message>
    <message>
        <source>Average export (USD):</source>
        <translation>Средний экспорт (USD):</translation>
    </message>
    <message>
        <source>Unfinished projects:</source>
        <translation>Незавершённые проекты:</translation>
    </message>
    <message>
        <source>USD/CNY rate:</source>
        <translation>Курс USD/CNY:</translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation>Ставка дисконтирования:</translation>
    </message>
    <message>
        <source>Registered in the region</source>
        <translation>Зарегистрирован в регионе</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>Самостоятельное юрлицо</translation>
    </message>
    <message>
        <source>Production enterprise</source>
        <translation>Производственное предприятие</translation>
    </message>
    <message>
        <source>HACCP certified</source>
        <translation>Сертификат HACCP</translation>
    </message>
    <message>
        <source>In the three southern prefectures</source>
        <translation>В трёх южных округах</translation>
    </message>
    <message>
        <source>Cooperation agreement signed</source>
        <translation>Соглашение о сотрудничестве подписано</translation>
    </message>
    <message>
        <source>Earlier cooperation with the partner</source>
        <translation>Прежнее сотрудничество с партнёром</translation>
    </message>
    <message>
        <source>Proof of matching funds issued</source>
        <translation>Подтверждение софинансирования</translation>
    </message>
    <message>
        <source>e.g. 62,000,000.00</source>
        <translation>напр. 62,000,000.00</translation>
    </message>
    <message>
        <source>e.g. 1,200,000.00</source>
        <translation>напр. 1,200,000.00</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD, such as 2019-05-20</source>
        <translation>«%1» — не дата в виде ГГГГ-ММ-ДД, например 2019-05-20</translation>
    </message>
    <message>
        <source>applicant.declarations.%1 (clause %2)</source>
        <translation>applicant.declarations.%1 (пункт %2)</translation>
    </message>
    <message>
        <source>on or before %1 (clause %2)</source>
        <translation>не позднее %1 (пункт %2)</translation>
    </message>
    <message>
        <source>on or after %1 (clause %2)</source>
        <translation>не ранее %1 (пункт %2)</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <source>Leader born on:</source>
        <translation>Дата рождения руководителя:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Declarations the call asks for</source>
        <translation>Заявления, которых требует конкурс</translation>
    </message>
    <message>
        <source>Project leade&amp;r:</source>
        <translation>Руково&amp;дитель:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>The project leader's name, as the forms write it</source>
        <translation>Имя руководителя проекта, как в заявке</translation>
    </message>
    <message>
        <source>The other members' names, separated by commas (, or ，) or 、</source>
        <translation>Имена остальных участников через запятую (, или ，) или 、</translation>
    </message>
</context>
<context>
    <name>cofund::ui::ProjectionsModel</name>
    <message>
        <source>A rate as a fraction: 0.12 is 12 % a year</source>
        <translation>Темп как доля: 0.12 — это 12 % в год</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Темп роста</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>%1 is not a number: %2</source>
        <translation>«%1» — не число: %2</translation>
    </message>
    <message>
        <source>Set a growth rate first; this projection gives a value per year</source>
        <translation>Сначала задайте темп роста: этот прогноз задан по годам</translation>
    </message>
    <message>
        <source>Add projection of %1</source>
        <translation>Добавить прогноз %1</translation>
    </message>
    <message>
        <source>Remove projection %1</source>
        <translation>Удалить прогноз %1</translation>
    </message>
    <message>
        <source>From the growth rate; type a value to give every year its own</source>
        <translation>По темпу роста; введите значение, чтобы задать каждый год</translation>
    </message>
    <message>
        <source>Projection of %1 · %2: %3 → %4</source>
        <translation>Прогноз «%1» · %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>cofund::ui::SourcesSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Self-raised funds</source>
        <translation>Собственные средства</translation>
    </message>
    <message>
        <source>of which: %1</source>
        <translation>в т. ч.: %1</translation>
    </message>
</context>
<context>
    <name>cofund::ui::SummaryModelBase</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 юаней</translation>
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
        <translation>юаней</translation>
    </message>
    <message>
        <source>1. Sources of funds (%1)</source>
        <translation>1. Источники финансирования (%1)</translation>
    </message>
    <message>
        <source>2. Expenditure by category (%1)</source>
        <translation>2. Расходы по статьям (%1)</translation>
    </message>
    <message>
        <source>3. Budget by task (%1)</source>
        <translation>3. Бюджет по задачам (%1)</translation>
    </message>
    <message>
        <source>No budget line names a task; give lines their task in the Budget tab.</source>
        <translation>Ни у одной строки бюджета нет задачи; укажите задачи строк на вкладке «Бюджет».</translation>
    </message>
    <message>
        <source>4. Budget by participating unit (%1)</source>
        <translation>4. Бюджет по участникам (%1)</translation>
    </message>
    <message>
        <source>Special fund transferred to the partners (外拨): %1 %3, of which abroad: %2 %3</source>
        <translation>Целевые средства, переданные партнёрам (外拨): %1 %3, из них за рубеж: %2 %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TargetsModel</name>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>The call asks the first year's target to be at least %1 of the whole period's; the least first-year target here: %2</source>
        <translation>По условиям конкурса цель первого года — не менее %1 цели за весь срок; здесь это не менее %2</translation>
    </message>
    <message>
        <source>The target for the whole project period</source>
        <translation>Цель за весь срок проекта</translation>
    </message>
    <message>
        <source>The first year's target as a share of the whole period's</source>
        <translation>Доля цели первого года в цели за весь срок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>За весь срок</translation>
    </message>
    <message>
        <source>First year, share</source>
        <translation>Доля 1-го года</translation>
    </message>
    <message>
        <source>An indicator needs a name</source>
        <translation>У показателя должно быть название</translation>
    </message>
    <message>
        <source>%1 is not a value of at least 0</source>
        <translation>«%1» — не число ≥ 0</translation>
    </message>
    <message>
        <source>Indicator %1 · %2: %3 → %4</source>
        <translation>Показатель %1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Добавить показатель %1</translation>
    </message>
    <message>
        <source>Remove indicator %1 (%2)</source>
        <translation>Удалить показатель %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TargetsView</name>
    <message>
        <source>Indicators with targets by year</source>
        <translation>Показатели с целями по годам</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>at least %1 indicators</source>
        <translation>показателей не менее %1</translation>
    </message>
    <message>
        <source>a target for each year</source>
        <translation>цель на каждый год</translation>
    </message>
    <message>
        <source>the first year at least %1 of the whole period</source>
        <translation>в первый год не менее %1 цели за весь срок</translation>
    </message>
    <message>
        <source>The call asks: %1</source>
        <translation>Условия конкурса: %1</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksModel</name>
    <message>
        <source>not a task of this annex; untick it</source>
        <translation>не задача этого приложения; снимите отметку</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Охвачена</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What the project does</source>
        <translation>Что делает проект</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Task %1 · covered: %2 → %3</source>
        <translation>Задача %1 · охвачена: %2 → %3</translation>
    </message>
    <message>
        <source>Task %1 · summary: %2 → %3</source>
        <translation>Задача %1 · содержание: %2 → %3</translation>
    </message>
    <message>
        <source>Task %1 · lead: %2 → %3</source>
        <translation>Задача %1 · ответственный: %2 → %3</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksSummaryModel</name>
    <message>
        <source>Fiscal</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Self-raised</source>
        <translation>Собств.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Без задачи</translation>
    </message>
</context>
<context>
    <name>cofund::ui::TasksView</name>
    <message>
        <source>%1 in the call: %2</source>
        <translation>%1 в тексте конкурса: %2</translation>
    </message>
    <message>
        <source>Annex %1 lists these tasks; a key project covers all of them (an annex 4 subproject at least one). Tick the tasks the project covers and say what it does for each and who leads it.</source>
        <translation>Приложение %1 перечисляет эти задачи; ключевой проект охватывает их все (подпроект приложения 4 — хотя бы одну). Отметьте задачи проекта и укажите, что он делает по каждой и кто за неё отвечает.</translation>
    </message>
    <message>
        <source>The call gives general projects no tasks: only the key projects of the annexes cover tasks.</source>
        <translation>Конкурс не ставит задач общим проектам: задачи охватывают только ключевые проекты приложений.</translation>
    </message>
    <message>
        <source>This plan's annex lists no tasks.</source>
        <translation>Приложение этого плана не перечисляет задач.</translation>
    </message>
</context>
<context>
    <name>cofund::ui::UnitsSummaryModel</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>The tasks the unit leads (tasks[].lead)</source>
        <translation>Задачи, которые ведёт участник (tasks[].lead)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ведёт</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Self-raised</source>
        <translation>Собств.</translation>
    </message>
    <message>
        <source>The special fund of the partner's lines: money transferred out of the applicant</source>
        <translation>Целевые средства строк партнёра: деньги, переданные заявителем</translation>
    </message>
    <message>
        <source>Transferred
(外拨)</source>
        <translation>Передано
(外拨)</translation>
    </message>
    <message>
        <source>%1 (applicant)</source>
        <translation>%1 (заявитель)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
</context>
</TS>