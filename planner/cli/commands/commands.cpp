// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of subcommands; each lives in its own file.
#include "cofund/cli/command.h"

#include <map>

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
    static const std::map<std::string, Lang> ids = {{"zh", Lang::zh}, {"en", Lang::en}, {"ru", Lang::ru}};
    return app.add_option("--lang", lang, what + ": zh, en or ru")
        ->transform(CLI::CheckedTransformer(ids))
        ->default_str("en");
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
