// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The `cofund` command line as a function: main.cpp calls it. No CLI11 here.

namespace cofund::planner {

/// Parses the arguments, runs the subcommand and returns the exit status (docs/cli.md).
int run_cli(int argc, char** argv);

}  // namespace cofund::planner
