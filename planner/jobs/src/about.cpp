// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/about.h"
#include "cofund/planner/calls.h"

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <boost/version.hpp>
#include <nlohmann/json.hpp>
#include <system_error>

#include "cofund/catalog.h"
#include "cofund/planner/files.h"
#include "cofund/version.h"

namespace cofund::planner {

namespace fs = std::filesystem;

std::vector<fs::path> call_dirs(const fs::path& exe_dir) {
    std::vector<fs::path> dirs;
    std::error_code ec;
    fs::path dir = exe_dir.parent_path() / "share" / "cofund" / "calls";
    if (fs::is_directory(dir, ec)) dirs.push_back(dir.lexically_normal());
    return dirs;
}

std::vector<fs::path> call_dirs() {
    // The same folders as a plan's call is looked up in (calls.h), those that exist.
    std::vector<fs::path> dirs;
    for (const std::string& folder : call_folders("")) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
#ifdef COFUND_SOURCE_DATA_DIR
        // The build copies the source tree's data/ to its share/cofund/calls: listed once.
        if (!dirs.empty() && folder == COFUND_SOURCE_DATA_DIR) continue;
#endif
        dirs.push_back(fs::path(folder).lexically_normal());
    }
    return dirs;
}

namespace {

std::vector<fs::path> json_files(const std::vector<fs::path>& dirs) {
    std::vector<fs::path> files;
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        std::vector<fs::path> here;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".json" && it->is_regular_file(ec)) here.push_back(it->path());
        std::sort(here.begin(), here.end());
        files.insert(files.end(), here.begin(), here.end());
    }
    return files;
}

// The id and version of a catalog's text; `problem` says why it cannot be used.
KnownCall describe(std::string_view text, std::string where) {
    KnownCall call{"?", "?", std::move(where), ""};
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_object()) {
        if (auto it = json.find("id"); it != json.end() && it->is_string()) call.id = it->get<std::string>();
        if (auto it = json.find("format"); it != json.end() && it->is_string()) call.version = it->get<std::string>();
        if (auto it = json.find("version"); it != json.end() && it->is_string()) call.version = it->get<std::string>();
    }
    if (auto catalog = read_catalog(text); !catalog) call.problem = catalog.error().describe();
    return call;
}

}  // namespace

std::vector<KnownCall> known_calls(const std::vector<fs::path>& dirs) {
    std::vector<KnownCall> calls{describe(builtin_catalog_text(), "built in")};
    for (const fs::path& file : json_files(dirs)) {
        auto text = read_input(file.string());
        if (text)
            calls.push_back(describe(*text, file.string()));
        else
            calls.push_back({"?", "?", file.string(), text.error().describe()});
    }
    return calls;
}

std::optional<fs::path> find_call(std::string_view id, const std::vector<fs::path>& dirs) {
    for (const fs::path& file : json_files(dirs)) {
        auto text = read_input(file.string());
        if (!text) continue;
        auto catalog = read_catalog(*text);
        if (catalog && catalog->id == id) return file;
    }
    return std::nullopt;
}

std::vector<Component> engine_libraries() {
    std::string expat = XML_ExpatVersion();  // "expat_2.5.0"
    if (expat.rfind("expat_", 0) == 0) expat.erase(0, 6);
    return {
        {"Boost", fmt::format("{}.{}.{}", BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100)},
        {"nlohmann/json", fmt::format("{}.{}.{}", NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                                      NLOHMANN_JSON_VERSION_PATCH)},
        {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
        {"libzip", zip_libzip_version()},
        {"expat", expat},
    };
}

std::string version_text(std::string_view program, const std::vector<Component>& more,
                         const std::vector<fs::path>& dirs) {
    const std::string commit = build_commit();
    std::string text = fmt::format("{} {} ({})\n", program, kVersion,
                                   commit.empty() ? std::string("unknown commit") : "commit " + commit);
    const std::string calls_head = "calls: ";
    const std::string indent(calls_head.size(), ' ');
    bool first = true;
    for (const KnownCall& call : known_calls(dirs)) {
        text += fmt::format("{}{} {} ({}){}\n", first ? calls_head : indent, call.id, call.version, call.where,
                            call.problem.empty() ? "" : " — cannot be used: " + call.problem);
        first = false;
    }
    // The libraries, wrapped at 80 columns.
    std::vector<Component> libraries = more;
    for (Component& c : engine_libraries()) libraries.push_back(std::move(c));
    std::string line = "libraries:";
    for (std::size_t i = 0; i < libraries.size(); ++i) {
        std::string item =
            fmt::format(" {} {}{}", libraries[i].name, libraries[i].version, i + 1 < libraries.size() ? "," : "");
        if (line.size() + item.size() > 80) {
            text += line + "\n";
            line = std::string(10, ' ');
        }
        line += item;
    }
    return text + line + "\n";
}

}  // namespace cofund::planner
