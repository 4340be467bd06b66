// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of subcommands; each lives in its own file.
#include "cofund/cli/command.h"


namespace cofund::planner {

std::unique_ptr<Command> make_check();
std::unique_ptr<Command> make_catalog();
std::unique_ptr<Command> make_new();
std::unique_ptr<Command> make_demo();
std::unique_ptr<Command> make_portfolio();
std::unique_ptr<Command> make_diff();
std::unique_ptr<Command> make_suggest();
std::unique_ptr<Command> make_project();
std::unique_ptr<Command> make_import();
#ifdef COFUND_HAVE_RENDER
std::unique_ptr<Command> make_chart();
std::unique_ptr<Command> make_report();
std::unique_ptr<Command> make_export();
#endif

CLI::Option* add_lang_option(CLI::App& app, Lang& lang, const std::string& what) {
    // The choices shown once, plainly ("--lang zh|en|ru"), and a bad one refused
    // as "--lang: de not in {zh,en,ru}".
    return app
        .add_option_function<std::string>(
            "--lang", [&lang](const std::string& id) { lang = *lang_from_id(id); }, what + " (default en)")
        ->check(CLI::IsMember({"zh", "en", "ru"}).description(""))
        ->option_text("zh|en|ru");
}

CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> choices,
                               const std::string& what) {
    std::string shown;
    for (const auto& c : choices) shown += (shown.empty() ? "" : "|") + c;
    const std::string first = choices.front();
    return app.add_option("-O,--output-format", format, what + " (default " + first + ")")
        ->check(CLI::IsMember(std::move(choices)).description(""))
        ->option_text(shown)
        ->default_str(first);
}

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_check());
    commands.push_back(make_project());
    commands.push_back(make_new());
    commands.push_back(make_catalog());
#ifdef COFUND_HAVE_RENDER
    commands.push_back(make_chart());
    commands.push_back(make_report());
    commands.push_back(make_export());
#endif
    commands.push_back(make_import());
    commands.push_back(make_portfolio());
    commands.push_back(make_diff());
    commands.push_back(make_suggest());
    commands.push_back(make_demo());
    return commands;
}

}  // namespace cofund::planner
