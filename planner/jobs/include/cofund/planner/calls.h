// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The calls Cofund knows: a --catalog file, the built-in 2018 call, and the
// call files (*.json) of the call folders (docs/catalog-format.md, "Where
// Cofund finds calls"). A plan's `call` picks its call from them.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/result.h"

namespace cofund::planner {

/// The folders searched for call files, in order: $COFUND_CALLS (folders
/// separated by ':'), `<prefix>/share/cofund/calls` beside the executable's
/// `bin/`, and the source tree's `data/` (a build run from its tree).
std::vector<std::string> call_folders(const std::string& executable);

class Calls {
  public:
    struct Entry {
        std::string id;
        std::string source;  ///< "built-in" or the file's path
        Text title;
    };
    /// A call file that could not be read, with the reader's refusal.
    struct Problem {
        std::string path;
        Error error;
    };

    /// The built-in call, then the folders' files when one is asked for.
    explicit Calls(std::vector<std::string> folders);
    Calls(const Calls&) = delete;
    Calls& operator=(const Calls&) = delete;

    /// A call given by the user (--catalog): it comes first, before a
    /// built-in or folder call of the same id.
    void add_first(Catalog catalog, std::string text, std::string source);

    /// The call with this id, or nullptr (the folders are read the first time
    /// an id is not among the calls read so far).
    const Catalog* find(const std::string& id);
    /// The JSON text of a call found with find().
    std::string_view text(const std::string& id);
    /// Every call known, in order (reads every folder).
    std::vector<Entry> list();
    /// The call files refused while reading the folders.
    const std::vector<Problem>& problems() { return problems_; }
    /// "xj-sco-2018, hb-zyyd-2026": the ids of list(), for messages.
    std::string ids();

  private:
    struct Known {
        Entry entry;
        std::unique_ptr<Catalog> catalog;  ///< nullptr for the built-in one
        std::string text;
    };
    void read_folders();
    const Known* known(const std::string& id) const;

    std::vector<std::string> folders_;
    std::vector<Known> known_;
    std::vector<Problem> problems_;
    bool folders_read_ = false;
};

/// Reads and parses a plan and finds its call among `calls`; an unknown call
/// is refused at /call with the list of known calls.
Result<Plan> load_plan(const std::string& path, Calls& calls);
Result<Plan> parse_plan(std::string_view text, Calls& calls);

}  // namespace cofund::planner
