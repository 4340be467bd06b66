// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One class per `cofund` subcommand: it owns its options, help text and output.

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/text.h"

namespace cofund::planner {

/// Exit statuses of the `cofund` command line (docs/cli.md).
enum Status : int { kOk = 0, kFindings = 1, kUsage = 2 };

/// What every command may use: the streams and the catalogs.
struct Context {
    std::ostream& out;
    std::ostream& err;
    /// The catalog chosen with --catalog, or the built-in one.
    const Catalog& catalog;
    /// The catalog's JSON text (for `catalog -O json`).
    std::string_view catalog_text;
};

class Command {
  public:
    virtual ~Command() = default;
    /// The subcommand's name, e.g. "check".
    virtual std::string name() const = 0;
    /// One line for `cofund --help`.
    virtual std::string summary() const = 0;
    /// Adds the subcommand's options, positional arguments and help footer.
    virtual void setup(CLI::App& app) = 0;
    /// Runs after parsing; returns the exit status.
    virtual int run(Context& ctx) = 0;
};

/// Help in words, without the parser's jargon: an option shows the placeholder
/// its option_text() or type_name() gives ("FILE", "N", "zh|en|ru"), never
/// CLI11's "TEXT", "INT:INT in [2000 - 2100]", "=default" or "REQUIRED"
/// (the usage line says what is required, the description gives the default).
/// Set on the top-level app before its subcommands are added; they inherit it.
std::shared_ptr<CLI::FormatterBase> plain_help_formatter();
/// An option's name as the help shows it: "-o,--output", or a positional in capitals ("FILE").
std::string shown_name(const CLI::Option& opt);

/// Adds `--lang zh|en|ru` (default en), the same for every command.
CLI::Option* add_lang_option(CLI::App& app, Lang& lang, const std::string& what);

/// Adds `-O,--output-format` with its choices (the first is the default), the same for every command;
/// `what` says what each choice gives, e.g. "txt (for people) or json (one object)".
CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> choices,
                               const std::string& what);

/// Every subcommand, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace cofund::planner
