// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixtures for the portfolio, diff and suggest tests: the lists of example
// plans, and temporary folders of many plans generated from them.
#include "test_support.h"

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "cofund/plan_io.h"
#include "cofund/planner/files.h"

namespace cofund::test {

inline const std::vector<std::string>& annex_examples() {
    static const std::vector<std::string> files = {
        "annex1-agri-center.plan.json",          "annex2-agri-research-center.plan.json",
        "annex3-fruit-veg-processing.plan.json", "annex4-livestock-center.plan.json",
        "annex5-remote-sensing.plan.json",       "annex6-digital-tourism.plan.json",
        "annex7-ecommerce-platform.plan.json"};
    return files;
}

inline const std::vector<std::string>& general_examples() {
    static const std::vector<std::string> files = {
        "general1-solar-om-training.plan.json", "general2-tech-park-incubator.plan.json",
        "general3-altai-seabuckthorn.plan.json", "general4-cotton-picker-sino-german.plan.json"};
    return files;
}

/// A fresh temporary folder, removed with the object.
class TempDir {
  public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("cofund-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path() const { return path_.string(); }
    /// Writes `text` to `name` inside the folder (subfolders created) and returns the full path.
    std::string write(const std::string& name, const std::string& text) const {
        auto p = path_ / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream out(p, std::ios::binary);
        out << text;
        return p.string();
    }
    /// Copies an example plan under a new name.
    std::string copy(const std::string& example_name, const std::string& name) const {
        return write(name, read_file(source_path("examples/" + example_name)));
    }

  private:
    std::filesystem::path path_;
};

}  // namespace cofund::test
