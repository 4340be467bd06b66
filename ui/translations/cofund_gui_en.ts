<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SpreadsheetIo</name>
    <message numerus="yes">
        <source>Import from %1, %n cell(s) changed: %2</source>
        <translation><numerusform>Import from %1, %n cell changed: %2</numerusform><numerusform>Import from %1, %n cells changed: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>cofund::ui::BudgetModel</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation><numerusform>Paste %n cell</numerusform><numerusform>Paste %n cells</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation><numerusform>Clear %n cell</numerusform><numerusform>Clear %n cells</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Task of %n line(s) (%1): %2 → %3</source>
        <translation><numerusform>Task of %n line (%1): %2 → %3</numerusform><numerusform>Task of %n lines (%1): %2 → %3</numerusform></translation>
    </message>
</context>
<context>
    <name>cofund::ui::MainWindow</name>
    <message numerus="yes">
        <source>✗ %n error(s)</source>
        <translation><numerusform>✗ %n error</numerusform><numerusform>✗ %n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
</TS>