// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Qt side of the render jobs: a QApplication made on demand (offscreen
// when there is no display) and the translations of the chosen language.

#include <vector>

#include "cofund/planner/about.h"
#include "cofund/render/chart_model.h"

namespace cofund::render {

/// Makes the QApplication if none exists yet. With neither DISPLAY nor
/// WAYLAND_DISPLAY set (and no QT_QPA_PLATFORM chosen), it picks the
/// offscreen platform first, so the CLI and tests run headless.
void ensure_application();

/// Installs the translations of `lang` (embedded .qm files from
/// translations/cofund_*.ts), replacing the previous language's. English is
/// the source language. Returns false if the translation could not be loaded.
bool use_language(Lang lang);

/// The libraries of the render jobs for `--version` and the About box: Qt
/// (the version running, and the one built against when they differ) and
/// libxlsxwriter.
std::vector<planner::Component> render_libraries();

}  // namespace cofund::render
