// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's runner, compiled once for every test program. Only Catch2 itself:
// the tests' own helpers (test_support.h) are not needed here, and leaving out
// the model's headers makes this the cheapest file to compile (issue 13).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
