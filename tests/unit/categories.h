// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The 2018 call's budget categories as the tests name them. The program names
// no category (the call files do); tests of the 2018 call may.

#include "cofund/catalog.h"
#include "cofund/plan.h"

namespace cofund {

struct Cat {
    static inline const Category equipment = Category::of("equipment"), materials = Category::of("materials"),
                                 testing = Category::of("testing"), fuel_power = Category::of("fuel_power"),
                                 travel = Category::of("travel"), meetings = Category::of("meetings"),
                                 international = Category::of("international"),
                                 publication_ip = Category::of("publication_ip"), labor = Category::of("labor"),
                                 experts = Category::of("experts"), other = Category::of("other"),
                                 construction = Category::of("construction"), indirect = Category::of("indirect");
};

/// The built-in call's i-th category, in its table's order.
inline Category category_at(int i) {
    return builtin_catalog().categories.at(static_cast<std::size_t>(i)).category;
}
/// How many categories the built-in call has (the 2018 call: 13).
inline const int kCategoryCount = static_cast<int>(builtin_catalog().categories.size());

}  // namespace cofund
