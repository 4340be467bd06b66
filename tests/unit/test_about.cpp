// SPDX-License-Identifier: GPL-3.0-or-later
// The calls folder and the build facts of `cofund --version` (issue 28,
// docs/install.md).
#include "test_support.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cofund/catalog.h"
#include "cofund/planner/about.h"
#include "cofund/version.h"

using namespace cofund;
using namespace cofund::planner;
namespace fs = std::filesystem;

namespace {
// A fresh PREFIX under the system's temporary folder, removed at the end.
struct Prefix {
    fs::path root = fs::temp_directory_path() / ("cofund-test-about-" + std::to_string(::getpid()));
    Prefix() {
        fs::remove_all(root);
        fs::create_directories(root / "bin");
    }
    ~Prefix() { fs::remove_all(root); }
    fs::path calls() const { return root / "share" / "cofund" / "calls"; }
    void write(const std::string& name, std::string_view text) const {
        fs::create_directories(calls());
        std::ofstream(calls() / name, std::ios::binary) << text;
    }
};

// The built-in call with another id, as a user's call file would be.
std::string renamed_call(const std::string& id) {
    std::string text(builtin_catalog_text());
    const std::string from = "\"id\": \"xj-sco-2018\"";
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), "\"id\": \"" + id + "\"");
}
}  // namespace

TEST_CASE("the calls folder is share/cofund/calls beside the program's bin, and only when it exists", "[about]") {
    Prefix prefix;
    CHECK(call_dirs(prefix.root / "bin").empty());
    prefix.write("a.json", "{}");
    const auto dirs = call_dirs(prefix.root / "bin");
    REQUIRE(dirs.size() == 1);
    CHECK(fs::equivalent(dirs[0], prefix.calls()));
}

TEST_CASE("a call is found by its id, whatever its file is named, and a broken file is passed over", "[about]") {
    Prefix prefix;
    prefix.write("0-broken.json", "{ \"id\": \"my-call-2027\", ");
    prefix.write("zz-mine.json", renamed_call("my-call-2027"));
    prefix.write("notes.txt", renamed_call("my-call-2027"));
    const auto dirs = call_dirs(prefix.root / "bin");
    const auto found = find_call("my-call-2027", dirs);
    REQUIRE(found);
    CHECK(found->filename() == "zz-mine.json");
    CHECK_FALSE(find_call("xj-sco-2018", dirs));
    CHECK_FALSE(find_call("my-call", dirs));
}

TEST_CASE("the known calls are the built-in one, then each file with its id, format and why it cannot be used",
          "[about]") {
    Prefix prefix;
    prefix.write("a.json", renamed_call("my-call-2027"));
    prefix.write("b.json", "[1, 2");
    const auto calls = known_calls(call_dirs(prefix.root / "bin"));
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].id == "xj-sco-2018");
    CHECK(calls[0].version == "cofund-catalog/2");
    CHECK(calls[0].where == "built in");
    CHECK(calls[0].problem.empty());
    CHECK(calls[1].id == "my-call-2027");
    CHECK(calls[1].problem.empty());
    CHECK(calls[2].id == "?");
    CHECK_FALSE(calls[2].problem.empty());
}

TEST_CASE("--version's text names the plain version, the commit or its absence, the calls and the libraries",
          "[about]") {
    const std::string text = version_text("cofund", {{"CLI11", "2.1.2"}}, {});
    const std::string commit = build_commit();
    CHECK(text.rfind(std::string("cofund ") + kVersion + " (" +
                         (commit.empty() ? std::string("unknown commit") : "commit " + commit) + ")\n",
                     0) == 0);
    CHECK(text.find("calls: xj-sco-2018 cofund-catalog/2 (built in)\n") != std::string::npos);
    CHECK(text.find("libraries: CLI11 2.1.2, Boost ") != std::string::npos);
    for (const auto& library : engine_libraries()) {
        CHECK_FALSE(library.version.empty());
        CHECK(text.find(library.name + " " + library.version) != std::string::npos);
    }
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        CHECK(end - start <= 80);
}
