// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of subcommands; each lives in its own file.
#include "cofund/cli/command.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <fmt/format.h>

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
std::unique_ptr<Command> make_export();
#ifdef COFUND_HAVE_RENDER
std::unique_ptr<Command> make_chart();
std::unique_ptr<Command> make_report();
#else
namespace {
// A drawing command in a build without Qt: named in --help, and refused with
// the reason instead of "unknown command".
class NeedsQt : public Command {
  public:
    NeedsQt(std::string name, std::string what) : name_(std::move(name)), what_(std::move(what)) {}
    std::string name() const override { return name_; }
    std::string summary() const override { return what_ + " (not in this build: it needs Qt)"; }
    void setup(CLI::App& app) override { app.allow_extras(); }
    int run(Context& ctx) override {
        ctx.err << fmt::format(
            "cofund {}: this cofund was built without Qt (-DCOFUND_BUILD_GUI=OFF); {} need it. "
            "check, project, export, import, diff, suggest and portfolio work without it.\n",
            name_, what_);
        return kUsage;
    }

  private:
    std::string name_, what_;
};
}  // namespace
std::unique_ptr<Command> make_chart() {
    return std::make_unique<NeedsQt>("chart", "charts");
}
std::unique_ptr<Command> make_report() {
    return std::make_unique<NeedsQt>("report", "reports (PDF, HTML)");
}
#endif

namespace {

class PlainFormatter : public CLI::Formatter {
  public:
    std::string make_option_opts(const CLI::Option* opt) const override {
        if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
        if (opt->get_type_size() == 0 || opt->get_type_name().empty()) return {};  // a flag
        const bool many = opt->get_expected_max() >= CLI::detail::expected_max_vector_size;
        if (opt->get_positional() && !opt->nonpositional()) return many ? " ..." : "";
        std::string name = opt->get_type_name();
        static const char* const kParserWords[] = {"TEXT", "INT", "UINT", "FLOAT", "NUMBER", "BOOLEAN", "VALUE"};
        bool jargon = name.find_first_of(":[{ ") != std::string::npos ||
                      std::find(std::begin(kParserWords), std::end(kParserWords), name) != std::end(kParserWords);
        return " " + (jargon ? std::string("VALUE") : name) + (many ? " ..." : "");
    }
    std::string make_option_usage(const CLI::Option* opt) const override {
        // "FILE..." rather than "file...": the name in capitals, as the help shows it.
        std::string out = shown_name(*opt);
        if (opt->get_expected_max() >= CLI::detail::expected_max_vector_size) out += "...";
        return opt->get_required() ? out : "[" + out + "]";
    }
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
        return is_positional ? shown_name(*opt) : CLI::Formatter::make_option_name(opt, is_positional);
    }
};

}  // namespace

std::string shown_name(const CLI::Option& opt) {
    if (!opt.get_positional() || opt.nonpositional()) return opt.get_name(false, true);
    std::string out = opt.get_name(true, false);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::shared_ptr<CLI::FormatterBase> plain_help_formatter() {
    return std::make_shared<PlainFormatter>();
}

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
    commands.push_back(make_chart());
    commands.push_back(make_report());
    commands.push_back(make_export());
    commands.push_back(make_import());
    commands.push_back(make_portfolio());
    commands.push_back(make_diff());
    commands.push_back(make_suggest());
    commands.push_back(make_demo());
    return commands;
}

}  // namespace cofund::planner
