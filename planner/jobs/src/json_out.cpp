// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/json_out.h"

namespace cofund::planner {

std::string json_text(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace cofund::planner
