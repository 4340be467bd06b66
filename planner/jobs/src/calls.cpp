// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/calls.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "cofund/json_read.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"

namespace cofund::planner {

namespace fs = std::filesystem;

std::vector<std::string> call_folders(const std::string& executable) {
    std::vector<std::string> out;
    if (const char* env = std::getenv("COFUND_CALLS")) {
        std::string list = env;
        std::size_t start = 0;
        while (start <= list.size()) {
            std::size_t end = list.find(':', start);
            if (end == std::string::npos) end = list.size();
            if (end > start) out.push_back(list.substr(start, end - start));
            start = end + 1;
        }
    }
    // The running program's own path where the system tells it (argv[0] may be
    // a bare name found on PATH), else the name it was started by.
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) {
        ec.clear();
        exe = fs::weakly_canonical(fs::path(executable), ec);
    }
    if (!ec && exe.has_parent_path()) out.push_back((exe.parent_path().parent_path() / "share/cofund/calls").string());
#ifdef COFUND_SOURCE_DATA_DIR
    out.push_back(COFUND_SOURCE_DATA_DIR);
#endif
    return out;
}

Calls::Calls(std::vector<std::string> folders) : folders_(std::move(folders)) {
    const Catalog& builtin = builtin_catalog();
    known_.push_back(Known{Entry{builtin.id, "built-in", builtin.title}, nullptr, {}});
}

void Calls::add_first(Catalog catalog, std::string text, std::string source) {
    Entry e{catalog.id, std::move(source), catalog.title};
    known_.insert(known_.begin(), Known{std::move(e), std::make_unique<Catalog>(std::move(catalog)), std::move(text)});
}

const Calls::Known* Calls::known(const std::string& id) const {
    for (const auto& k : known_)
        if (k.entry.id == id) return &k;
    return nullptr;
}

void Calls::read_folders() {
    if (folders_read_) return;
    folders_read_ = true;
    for (const auto& folder : folders_) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(folder, ec))
            if (e.path().extension() == ".json" && e.is_regular_file(ec)) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& path : files) {
            auto text = read_input(path.string());
            if (!text) {
                problems_.push_back(Problem{path.string(), text.error()});
                continue;
            }
            auto c = read_catalog(*text);
            if (!c) {
                problems_.push_back(Problem{path.string(), c.error()});
                continue;
            }
            if (known(c->id)) continue;  // the first of an id wins: --catalog, built-in, then the folders in order
            Entry e{c->id, path.string(), c->title};
            known_.push_back(Known{std::move(e), std::make_unique<Catalog>(std::move(c).value()), std::move(*text)});
        }
    }
}

const Catalog* Calls::find(const std::string& id) {
    const Known* k = known(id);
    if (!k) {
        read_folders();
        k = known(id);
    }
    if (!k) return nullptr;
    return k->catalog ? k->catalog.get() : &builtin_catalog();
}

std::string_view Calls::text(const std::string& id) {
    const Known* k = known(id);
    if (!k) return {};
    return k->catalog ? std::string_view(k->text) : builtin_catalog_text();
}

std::vector<Calls::Entry> Calls::list() {
    read_folders();
    std::vector<Entry> out;
    for (const auto& k : known_) out.push_back(k.entry);
    return out;
}

std::string Calls::ids() {
    std::string out;
    for (const auto& e : list()) out += (out.empty() ? "" : ", ") + e.id;
    return out;
}

Result<Plan> parse_plan(std::string_view text, Calls& calls) {
    return read_plan(text, [&](const std::string& id) -> Result<const Catalog*> {
        if (const Catalog* c = calls.find(id)) return c;
        return Error{fmt::format("unknown call \"{}\"; the calls known are {} (give another with --catalog FILE)",
                                 printable(id, 60), calls.ids()),
                     Place{std::nullopt, std::nullopt, "/call"}};
    });
}

Result<Plan> load_plan(const std::string& path, Calls& calls) {
    auto text = read_input(path);
    if (!text) return text.error();
    return parse_plan(*text, calls);
}

}  // namespace cofund::planner
