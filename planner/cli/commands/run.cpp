// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund`'s top level: the subcommands, the --catalog option, the parse and
// the last-resort messages. Here in the library rather than in main.cpp, so
// that CLI11 (header-only) is compiled in the commands' files and not once more
// for the executable (issue 13, the build's time).
#include "cofund/cli/run.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "cofund/catalog.h"
#include "cofund/cli/command.h"
#include "cofund/json_read.h"
#include "cofund/planner/about.h"
#include "cofund/planner/files.h"
#include "cofund/version.h"
#ifdef COFUND_HAVE_RENDER
#include "cofund/render/app.h"
#endif

namespace cofund::planner {

namespace {

// The version, the commit, the calls found and the libraries (docs/install.md).
std::string version_lines() {
    std::vector<Component> more{{"CLI11", CLI11_VERSION}};
#ifdef COFUND_HAVE_RENDER
    for (Component& c : render::render_libraries()) more.push_back(std::move(c));
#endif
    std::string text = version_text("cofund", more, call_dirs());
    if (!text.empty() && text.back() == '\n') text.pop_back();  // CLI11 ends it
    return text;
}

// `cofund --list-options` (not in --help): every command's options, one a
// line, from the parser's own tables, so that nothing else lists them again:
// the manual page's generator (packaging/manpage.py) takes the commands from
// it, the bash completion (packaging/cofund.bash-completion) everything.
//   COMMAND flag NAME            (COMMAND is "-" at the top level)
//   COMMAND option NAME CHOICES  (CHOICES: "zh|en|ru", or "-" for any value)
//   COMMAND positional NAME
void list_options(std::ostream& out, const CLI::App& app, const std::string& command) {
    for (const CLI::Option* opt : app.get_options()) {
        if (!opt->nonpositional()) {
            out << command << " positional " << opt->get_name() << "\n";
            continue;
        }
        const std::string& text = opt->get_option_text();
        const bool choices =
            !text.empty() && text.find('|') != std::string::npos && text.find_first_of(" []{}") == std::string::npos;
        std::vector<std::string> names;
        for (const auto& n : opt->get_snames()) names.push_back("-" + n);
        for (const auto& n : opt->get_lnames()) names.push_back("--" + n);
        for (const auto& n : names) {
            if (opt->get_expected_max() == 0)
                out << command << " flag " << n << "\n";
            else
                out << command << " option " << n << " " << (choices ? text : "-") << "\n";
        }
    }
}

// What a command line lacks, for a CLI11 RequiredError: the commands when there
// is none, else the command's first missing argument or option and what it is.
std::string missing_text(const std::vector<std::pair<CLI::App*, Command*>>& subs) {
    for (const auto& [sub, cmd] : subs) {
        if (!sub->parsed()) continue;
        for (const CLI::Option* opt : sub->get_options()) {
            if (!opt->get_required() || opt->count() > 0) continue;
            return fmt::format("cofund {}: {} is missing: {}", cmd->name(), shown_name(*opt), opt->get_description());
        }
        return fmt::format("cofund {}: an argument is missing", cmd->name());
    }
    std::string names;
    for (const auto& [sub, cmd] : subs) names += (names.empty() ? "" : ", ") + cmd->name();
    return fmt::format("cofund: give a command: {}", names);
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{
        "Cofund — budget and co-funding planner for science-partnership funding calls.\n"
        "Checks a plan against the call's rules to the fen, projects its indicators, draws it.",
        "cofund"};
    app.formatter(plain_help_formatter());
    app.require_subcommand(1);
    app.set_version_flag("--version", version_lines,
                         "print the version and commit, the calls found and the libraries, and exit");
    std::string catalog_path;
    app.add_option("--catalog", catalog_path,
                   "use this call file (JSON, docs/catalog-format.md), or the id of a call in "
                   "PREFIX/share/cofund/calls, as well as the calls Cofund knows; a plan's \"call\" picks its call; "
                   "before or after the command")
        ->type_name("FILE");
    app.footer("Run `cofund COMMAND --help` for a command's options. Documentation: docs/ and README.md.");

    auto commands = make_commands();
    std::vector<std::pair<CLI::App*, Command*>> subs;
    for (auto& cmd : commands) {
        CLI::App* sub = app.add_subcommand(cmd->name(), cmd->summary());
        // An option the command does not know goes to the top level: `cofund check --catalog C plan.json`.
        sub->fallthrough();
        cmd->setup(*sub);
        subs.emplace_back(sub, cmd.get());
    }

    if (argc == 2 && std::string_view(argv[1]) == "--list-options") {
        list_options(std::cout, app, "-");
        for (auto& [sub, cmd] : subs) {
            std::cout << cmd->name() << " command " << cmd->name() << "\n";
            list_options(std::cout, *sub, cmd->name());
        }
        return kOk;
    }

    // A mistyped command gets the nearest name, not CLI11's "extra argument".
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (auto& cmd : commands) names.push_back(cmd->name());
        if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            std::string near = nearest_name(argv[1], names);
            std::cerr << fmt::format("cofund: unknown command \"{}\"{}\n", argv[1],
                                     near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near));
            std::cerr << "Run `cofund --help` for the list of commands.\n";
            return kUsage;
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::RequiredError& e) {
        // CLI11 says "A subcommand is required" or "files is required"; say which, in words.
        std::cerr << missing_text(subs) << "\n";
        std::cerr << "Run `cofund --help` or `cofund COMMAND --help` for usage.\n";
        return kUsage;
    } catch (const CLI::ConversionError& e) {
        // CLI11's "Could not convert: --simulate = x": every number an option takes is a whole one.
        std::string what = e.what();
        const std::string head = "Could not convert: ";
        if (auto eq = what.find(" = "); what.rfind(head, 0) == 0 && eq != std::string::npos)
            what = fmt::format("{}: \"{}\" is not a whole number", what.substr(head.size(), eq - head.size()),
                               what.substr(eq + 3));
        std::cerr << "cofund: " << what << "\n";
        std::cerr << "Run `cofund --help` or `cofund COMMAND --help` for usage.\n";
        return kUsage;
    } catch (const CLI::ParseError& e) {
        std::cerr << "cofund: " << e.what() << "\n";
        std::cerr << "Run `cofund --help` or `cofund COMMAND --help` for usage.\n";
        return kUsage;
    }

    // The language the command was asked to speak, for the refusal of a --catalog file.
    Lang lang = Lang::en;
    for (auto& [sub, cmd] : subs)
        if (const CLI::Option* opt = sub->parsed() ? sub->get_option_no_throw("--lang") : nullptr; opt && opt->count())
            lang = lang_from_id(opt->as<std::string>()).value_or(Lang::en);

    try {
        std::string catalog_text;
        std::optional<Catalog> custom;
        if (!catalog_path.empty()) {
            // A file by that name wins; else (a name without "/" or ".json") a call of that id in
            // the calls folder.
            std::error_code ec;
            std::string not_an_id;
            const bool may_be_id = catalog_path.find('/') == std::string::npos &&
                                   std::filesystem::path(catalog_path).extension() != ".json";
            if (may_be_id && catalog_path != "-" && !std::filesystem::exists(catalog_path, ec)) {
                const auto dirs = call_dirs();
                if (auto file = find_call(catalog_path, dirs)) {
                    catalog_path = file->string();
                } else {
                    std::string known;
                    for (const KnownCall& call : known_calls(dirs))
                        if (call.problem.empty() && call.where != "built in") known += " " + call.id;
                    not_an_id = fmt::format("; nor the id of a call in {}{}",
                                            dirs.empty() ? std::string("PREFIX/share/cofund/calls") : dirs[0].string(),
                                            known.empty() ? "" : " (known:" + known + ")");
                }
            }
            auto text = read_input(catalog_path);
            if (!text) {
                std::cerr << fmt::format("cofund: catalog {}: {}{}\n", catalog_path, text.error().describe(lang),
                                         not_an_id);
                return kUsage;
            }
            auto c = read_catalog(*text);
            if (!c) {
                std::cerr << fmt::format("cofund: catalog {}: {}\n", catalog_path, c.error().describe(lang));
                return kUsage;
            }
            custom = std::move(c).value();
            catalog_text = std::move(text).value();
        }
        Calls calls(call_folders(argc > 0 ? argv[0] : ""));
        if (custom) calls.add_first(*custom, catalog_text, catalog_path);
        const Catalog& catalog = custom ? *custom : builtin_catalog();
        Context ctx{std::cout, std::cerr, catalog, custom ? std::string_view(catalog_text) : builtin_catalog_text(),
                    calls};
        for (auto& [sub, cmd] : subs)
            if (sub->parsed()) {
                int status = cmd->run(ctx);
                std::cout.flush();
                return status;
            }
    } catch (const std::bad_alloc&) {
        std::cerr << "cofund: out of memory\n";
        return kUsage;
    } catch (const std::overflow_error& e) {
        std::cerr << "cofund: a sum is too large to hold exactly (" << e.what() << ")\n";
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "cofund: internal error: " << e.what() << " (please report it)\n";
        return kUsage;
    }
    return kUsage;
}

}  // namespace cofund::planner
