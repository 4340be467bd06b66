// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command of one shape: a plan in, one written file out (`report`, `export`).
// The shape lives here once; each command is its help text and its writer.

#include <functional>
#include <memory>
#include <string>

#include "cofund/cli/command.h"
#include "cofund/plan.h"
#include "cofund/result.h"

namespace cofund::planner {

struct FileCommand {
    std::string name;         ///< "report"
    std::string summary;      ///< one line for `cofund --help`
    std::string output_help;  ///< what -o takes
    std::string lang_help;    ///< what --lang changes
    std::string footer;       ///< the help's closing text: formats, an example, the documentation
    std::function<Result<bool>(const Plan&, const Catalog&, Lang, const std::string& path)> write;
    std::function<void()> prepare;  ///< run before `write` (the report starts Qt); none for export
};

std::unique_ptr<Command> make_file_command(FileCommand spec);

}  // namespace cofund::planner
