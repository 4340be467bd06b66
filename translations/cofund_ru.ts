<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Cofund</name>
        <message>
            <source>Amount (10,000 yuan)</source>
            <translation>Сумма, 10 тыс. юаней</translation>
        </message>
        <message>
            <source>Spending by year and source</source>
            <translation>Расходы по годам и источникам</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Итого %1</translation>
        </message>
        <message>
            <source>Spending by category, year and side</source>
            <translation>Расходы по статьям, годам и источникам</translation>
        </message>
        <message>
            <source>Cumulative fiscal</source>
            <translation>Бюджетные средства нарастающим итогом</translation>
        </message>
        <message>
            <source>Cumulative self-raised</source>
            <translation>Собственные средства нарастающим итогом</translation>
        </message>
        <message>
            <source>%1 (short %2)</source>
            <translation>%1 (недостаёт %2)</translation>
        </message>
        <message>
            <source>Required: %1 × cumulative fiscal</source>
            <translation>Требуется: %1 × бюджетные средства</translation>
        </message>
        <message>
            <source>Co-funding, fiscal : self-raised %1 (required %2)</source>
            <translation>Софинансирование, бюджет : собств. %1 (треб. %2)</translation>
        </message>
        <message>
            <source>Co-funding: cumulative fiscal and self-raised</source>
            <translation>Софинансирование: бюджетные и собственные средства</translation>
        </message>
        <message>
            <source>No co-funding ratio applies to this plan.</source>
            <translation>Требование к софинансированию к проекту не применяется.</translation>
        </message>
        <message>
            <source>The plan has no projections to draw.</source>
            <translation>В плане нет прогнозов для графика.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Статья расходов</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Сумма (юани)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Indicators with targets by year</source>
            <translation>Показатели с целями по годам</translation>
        </message>
        <message>
            <source>At least %1 indicators (clause %2); the plan states %3.</source>
            <translation>Показателей — не менее %1 (пункт %2); в плане их %3.</translation>
        </message>
        <message>
            <source>Each first-year target at least %1 of the indicator's whole-period target (clause %2).</source>
            <translation>Цель первого года — не менее %1 общей цели показателя (пункт %2).</translation>
        </message>
        <message>
            <source>Targets set by year (clause %1).</source>
            <translation>Цели задаются по годам (пункт %1).</translation>
        </message>
        <message>
            <source>The plan states no indicators with targets by year.</source>
            <translation>В плане нет показателей с целями по годам.</translation>
        </message>
        <message>
            <source>First-year share</source>
            <translation>Доля первого года</translation>
        </message>
        <message>
            <source>no first-year target</source>
            <translation>нет цели на первый год</translation>
        </message>
        <message>
            <source>first year below %1, at least %2</source>
            <translation>первый год ниже %1, нужно не менее %2</translation>
        </message>
        <message>
            <source>Unit: 10,000 yuan (万元)</source>
            <translation>Единица: 10 тыс. юаней (万元)</translation>
        </message>
        <message>
            <source>Project budget</source>
            <translation>Бюджет проекта</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Название проекта</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Annex %1</source>
            <translation>Приложение %1</translation>
        </message>
        <message>
            <source>Direction %1</source>
            <translation>Направление %1</translation>
        </message>
        <message>
            <source>Class and annex or direction</source>
            <translation>Класс и приложение (направление)</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Срок выполнения</translation>
        </message>
        <message>
            <source>1. Sources of funds</source>
            <translation>1. Источники финансирования</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Self-raised funds</source>
            <translation>Собственные средства</translation>
        </message>
        <message>
            <source>of which: %1</source>
            <translation>в т. ч.: %1</translation>
        </message>
        <message>
            <source>2. Expenditure by category</source>
            <translation>2. Расходы по статьям</translation>
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
            <source>Sum</source>
            <translation>Всего</translation>
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
            <source>3. Co-funding check</source>
            <translation>3. Проверка софинансирования</translation>
        </message>
        <message>
            <source>Fiscal side (the ratio's base)</source>
            <translation>Бюджетные средства (база соотношения)</translation>
        </message>
        <message>
            <source>Self-raised side</source>
            <translation>Собственные средства</translation>
        </message>
        <message>
            <source>Required ratio, fiscal : self-raised (clause %1)</source>
            <translation>Требуемое соотношение, бюджет : собств. (пункт %1)</translation>
        </message>
        <message>
            <source>Required self-raised</source>
            <translation>Требуемые собственные средства</translation>
        </message>
        <message>
            <source>Ratio achieved, fiscal : self-raised</source>
            <translation>Достигнутое соотношение, бюджет : собств.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>met, %1 to spare</source>
            <translation>выполнено, запас %1</translation>
        </message>
        <message>
            <source>short by %1 (yuan %2)</source>
            <translation>недостаёт %1 (%2 юаней)</translation>
        </message>
        <message>
            <source>Required multiple</source>
            <translation>Требуемая кратность</translation>
        </message>
        <message>
            <source>Leverage (total ÷ special fund)</source>
            <translation>Рычаг (всего ÷ целевые средства)</translation>
        </message>
        <message>
            <source>4. Indicators</source>
            <translation>4. Показатели</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>P(meet)</source>
            <translation>P(цель)</translation>
        </message>
        <message>
            <source>5. Tasks and budget</source>
            <translation>5. Задачи и бюджет</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Ведущий участник</translation>
        </message>
        <message>
            <source>The call: %1</source>
            <translation>Текст конкурса: %1</translation>
        </message>
        <message>
            <source>The project: %1</source>
            <translation>Проект: %1</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>не охвачена</translation>
        </message>
        <message>
            <source>not in this subproject</source>
            <translation>не входит в подпроект</translation>
        </message>
        <message>
            <source>not a task of annex %1</source>
            <translation>не задача приложения %1</translation>
        </message>
        <message>
            <source>No budget line names a task, so the budget is not split by task.</source>
            <translation>Ни одна строка бюджета не указывает задачу, поэтому бюджет по задачам не разбит.</translation>
        </message>
        <message>
            <source>The call lists no tasks for this class of project.</source>
            <translation>Для проектов этого класса конкурс задач не устанавливает.</translation>
        </message>
        <message>
            <source>The call lists no indicators; the plan states none.</source>
            <translation>Конкурс не перечисляет показателей; в плане их нет.</translation>
        </message>
        <message>
            <source>The call lists no tasks for general projects.</source>
            <translation>Для общих проектов конкурс задач не устанавливает.</translation>
        </message>
        <message>
            <source>The catalog lists no tasks for this annex.</source>
            <translation>В каталоге у этого приложения задач нет.</translation>
        </message>
        <message>
            <source>6. Findings</source>
            <translation>6. Замечания</translation>
        </message>
        <message>
            <source>%1 more findings of this rule are not listed here; cofund check lists every one.</source>
            <translation>ещё %1 замечаний по этому правилу здесь не показаны; cofund check выводит все.</translation>
        </message>
        <message>
            <source>and %1 more partners, listed in the plan file</source>
            <translation>и ещё %1 партнёров, перечисленных в файле плана</translation>
        </message>
        <message>
            <source>No findings: the plan meets every rule checked.</source>
            <translation>Замечаний нет: план соответствует всем проверенным правилам.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Замечание</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>практика</translation>
        </message>
        <message>
            <source>8. Charts</source>
            <translation>8. Графики</translation>
        </message>
        <message>
            <source>Made with Cofund. Amounts are exact to the fen, in 10,000 yuan: two decimals, up to six where an amount has yuan below a hundred; the charts round to two.</source>
            <translation>Создано Cofund. Суммы точны до фэня, в 10 тыс. юаней: два знака после запятой, до шести, если в сумме есть юани меньше сотни; на графиках — округление до двух знаков.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Стр. %1 из %2</translation>
        </message>
        <message>
            <source>%1, millions</source>
            <translation>%1, млн</translation>
        </message>
        <message>
            <source>%1, thousands</source>
            <translation>%1, тыс.</translation>
        </message>
        <message>
            <source>Target %1 %2</source>
            <translation>Цель %1 %2</translation>
        </message>
        <message>
            <source>Projected indicators against their targets</source>
            <translation>Прогноз показателей и их цели</translation>
        </message>
        <message>
            <source>Risk: P10–P90 of the simulated indicators</source>
            <translation>Риск: P10–P90 моделируемых показателей</translation>
        </message>
        <message>
            <source>%1: P(meet target) = %2%</source>
            <translation>%1: P(цель) = %2%</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>Интервал P10–P90</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50 (медиана)</translation>
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
            <translation>Нет прогнозов с неопределённым темпом роста (low &lt; rate &lt; high) для моделирования.</translation>
        </message>
        <message>
            <source>meets (projected)</source>
            <translation>выполнен (прогноз)</translation>
        </message>
        <message>
            <source>below target (projected)</source>
            <translation>ниже цели (прогноз)</translation>
        </message>
        <message>
            <source>Stated value</source>
            <translation>Заявлено</translation>
        </message>
        <message>
            <source>%1 (short %2 yuan)</source>
            <translation>%1 (недостаёт %2 юаня)</translation>
        </message>
        <message>
            <source>7. Budget justification</source>
            <translation>7. Обоснование бюджета</translation>
        </message>
        <message>
            <source>Each line with its year, source and note, and its basis: quantities × unit price = amount, in yuan. Category totals in 10,000 yuan (万元).</source>
            <translation>Каждая строка бюджета с годом, источником, примечанием и обоснованием: количество × цена = сумма, в юанях. Итоги по статьям — в 10 тыс. юаней (万元).</translation>
        </message>
        <message>
            <source>%1: %2 (10,000 yuan)</source>
            <translation>%1: %2 (10 тыс. юаней)</translation>
        </message>
        <message>
            <source>Total: fiscal %1, self-raised %2 (10,000 yuan)</source>
            <translation>Итого: бюджетные средства %1, собственные средства %2 (10 тыс. юаней)</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 юаней</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Строка %1</translation>
        </message>
        <message>
            <source>No basis given; reviewers expect one for this line.</source>
            <translation>Обоснование не приведено; эксперты ожидают его для этой строки.</translation>
        </message>
        <message>
            <source>No basis given.</source>
            <translation>Обоснование не приведено.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Quantities</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Basis total</source>
            <translation>Итого по обоснованию</translation>
        </message>
        <message>
            <source>written: %1</source>
            <translation>записано: %1</translation>
        </message>
        <message>
            <source>lump sum</source>
            <translation>единовременно</translation>
        </message>
        <message>
            <source>Basis above the line&apos;s amount by</source>
            <translation>Обоснование превышает сумму строки на</translation>
        </message>
        <message>
            <source>Basis below the line&apos;s amount by</source>
            <translation>Обоснование меньше суммы строки на</translation>
        </message>
        <message>
            <source>No budget line carries a basis (quantities × unit price) yet.</source>
            <translation>Ни одна строка бюджета пока не содержит обоснования (количество × цена).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Notes on budget lines</source>
            <translation>Примечания к строкам бюджета</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>%1 more notes are not listed here; cofund export lists every line with its note.</source>
            <translation>Ещё %1 примечаний здесь не приведены; cofund export выводит каждую строку с примечанием.</translation>
        </message>
        <message>
            <source>Budget by participating unit</source>
            <translation>Бюджет по участникам</translation>
        </message>
        <message>
            <source>Participating unit</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Task share</source>
            <translation>Доля в задачах</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Возглавляет</translation>
        </message>
        <message>
            <source>Special fund transferred to the partners (外拨): %1 万元, of which abroad: %2 万元.</source>
            <translation>Специальные средства, передаваемые партнёрам (外拨): %1 万元, из них за рубеж: %2 万元.</translation>
        </message>
        <message>
            <source>Money of each partner by category</source>
            <translation>Средства каждого партнёра по статьям расходов</translation>
        </message>
        <message>
            <source>Totals as declared in the form</source>
            <translation>Итоги, указанные в форме, и расчёт по строкам</translation>
        </message>
        <message>
            <source>Heading in the form</source>
            <translation>Строка формы</translation>
        </message>
        <message>
            <source>Lines it covers</source>
            <translation>Что в неё входит</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Указано</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>Расчёт</translation>
        </message>
        <message>
            <source>Declared − computed</source>
            <translation>Указано − расчёт</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>every category</source>
            <translation>все статьи</translation>
        </message>
        <message>
            <source>every source</source>
            <translation>все источники</translation>
        </message>
        <message>
            <source>equipment: %1</source>
            <translation>оборудование: %1</translation>
        </message>
        <message>
            <source>Program fiscal spend by year and project · leverage %1</source>
            <translation>Бюджетные расходы программы по годам и проектам · рычаг %1</translation>
        </message>
        <message>
            <source>Projects: %1; fiscal %2 (10,000 yuan), total %3; leverage = total ÷ fiscal</source>
            <translation>Проектов: %1; бюджетные средства %2 (10 тыс. юаней), всего %3; рычаг = всего ÷ бюджетные средства</translation>
        </message>
        <message>
            <source>Fiscal (10,000 yuan)</source>
            <translation>Бюджетные средства, 10 тыс. юаней</translation>
        </message>
    </context>
</TS>
