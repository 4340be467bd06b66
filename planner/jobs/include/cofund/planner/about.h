// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a build of Cofund is made of, for `cofund --version` and the desktop
// app's About box: the version and commit, the call catalogs it can use and the
// libraries it links; and where installed call catalogs are found
// (docs/install.md).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cofund::planner {

/// The folders searched for call catalogs (`*.json`), those that exist: the
/// same as a plan's call is looked up in (calls.h, call_folders):
/// $COFUND_CALLS, PREFIX/share/cofund/calls, where PREFIX is the folder above
/// the one that holds the running executable — /usr for /usr/bin/cofund,
/// build/ for build/planner/cofund and build/ui/cofund-gui (the build copies
/// data/*.json there) — and the source tree's data/.
std::vector<std::filesystem::path> call_dirs();
/// The same for an executable in `exe_dir`.
std::vector<std::filesystem::path> call_dirs(const std::filesystem::path& exe_dir);

/// A call catalog Cofund can use.
struct KnownCall {
    std::string id;       ///< the catalog's "id", e.g. "xj-sco-2018"
    std::string version;  ///< its "version" where it has one, else its "format", e.g. "cofund-catalog/1"
    std::string where;    ///< "built in" or the file's path
    std::string problem;  ///< why the file cannot be used (not JSON, not a valid catalog); empty if it can
};

/// The built-in catalog, then every `*.json` file of `dirs` in name order.
std::vector<KnownCall> known_calls(const std::vector<std::filesystem::path>& dirs);

/// The first valid catalog file in `dirs` whose id is `id`, or nothing.
std::optional<std::filesystem::path> find_call(std::string_view id, const std::vector<std::filesystem::path>& dirs);

/// A library linked, with the version it reports at run time where it can
/// tell, else the one compiled against.
struct Component {
    std::string name;
    std::string version;
};

/// The libraries of the engine and the jobs: Boost, nlohmann/json, fmt, libzip, expat.
std::vector<Component> engine_libraries();

/// The text of `PROGRAM --version`, lines of at most about 80 columns:
///   cofund 0.1.0 (commit 00159f2b0514)
///   calls: xj-sco-2018 cofund-catalog/1 (built in)
///          xj-sco-2018 cofund-catalog/1 (/usr/share/cofund/calls/xj-sco-2018.json)
///   libraries: Boost 1.74.0, nlohmann/json 3.11.2, …
/// `more` adds the front end's own libraries (Qt, CLI11, libxlsxwriter).
std::string version_text(std::string_view program, const std::vector<Component>& more,
                         const std::vector<std::filesystem::path>& dirs);

}  // namespace cofund::planner
