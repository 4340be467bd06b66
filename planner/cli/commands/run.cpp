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
#include "cofund/planner/files.h"
#include "cofund/version.h"

namespace cofund::planner {

int run_cli(int argc, char** argv) {
    CLI::App app{
        "Cofund — budget and co-funding planner for science-partnership funding calls.\n"
        "Checks a plan against the call's rules to the fen, projects its indicators, draws it.",
        "cofund"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("cofund ") + kVersion);
    std::string catalog_path;
    app.add_option("--catalog", catalog_path,
                   "use this call file (JSON, docs/catalog-format.md) as well as the calls Cofund knows; "
                   "a plan's \"call\" picks its call");
    app.footer("Run `cofund COMMAND --help` for a command's options. Documentation: docs/ and README.md.");

    auto commands = make_commands();
    std::vector<std::pair<CLI::App*, Command*>> subs;
    for (auto& cmd : commands) {
        CLI::App* sub = app.add_subcommand(cmd->name(), cmd->summary());
        cmd->setup(*sub);
        subs.emplace_back(sub, cmd.get());
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
    } catch (const CLI::ParseError& e) {
        std::cerr << "cofund: " << e.what() << "\n";
        std::cerr << "Run `cofund --help` or `cofund COMMAND --help` for usage.\n";
        return kUsage;
    }

    try {
        std::string catalog_text;
        std::optional<Catalog> custom;
        if (!catalog_path.empty()) {
            auto text = read_input(catalog_path);
            if (!text) {
                std::cerr << fmt::format("cofund: catalog {}: {}\n", catalog_path, text.error().describe());
                return kUsage;
            }
            auto c = read_catalog(*text);
            if (!c) {
                std::cerr << fmt::format("cofund: catalog {}: {}\n", catalog_path, c.error().describe());
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
