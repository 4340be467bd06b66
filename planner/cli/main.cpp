// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund`: the command line of the Cofund budget planner (commands/run.cpp).
#include "cofund/cli/run.h"

int main(int argc, char** argv) {
    return cofund::planner::run_cli(argc, argv);
}
