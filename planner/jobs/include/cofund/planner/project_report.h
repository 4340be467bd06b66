// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outputs of `cofund project`: the year-by-year indicators, the money
// metrics and (with --simulate) the odds, as terminal text, one JSON object
// or CSV rows. Formulas: docs/projections.md.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/metrics.h"
#include "cofund/plan.h"
#include "cofund/projection.h"
#include "cofund/result.h"
#include "cofund/simulation.h"

namespace cofund::planner {

/// A plan projected. Move-only: the simulation points into `projections`.
struct ProjectReport {
    std::string file;
    Plan plan;
    std::vector<IndicatorProjection> projections;
    MoneyMetrics money;
    std::optional<Simulation> simulation;

    ProjectReport() = default;
    ProjectReport(ProjectReport&&) = default;
    ProjectReport& operator=(ProjectReport&&) = default;
    ProjectReport(const ProjectReport&) = delete;
    ProjectReport& operator=(const ProjectReport&) = delete;
};

/// Projects a plan that has been read; refuses (naming "/projections/N", every
/// problem on its own line) when a projection cannot be evaluated.
Result<ProjectReport> make_project_report(std::string file, Plan plan, const Catalog& catalog,
                                          std::optional<SimulationOptions> simulation);

/// The JSON object of `project -O json` (cli.md); every number a decimal string.
nlohmann::ordered_json project_json(const ProjectReport& r, Lang lang);
/// The terminal text: a year-by-year table per indicator, then the money metrics.
std::string project_text(const ProjectReport& r, const Catalog& catalog, Lang lang);
/// CSV with a header: one row per indicator and project year.
std::string project_csv(const ProjectReport& r, Lang lang);

}  // namespace cofund::planner
