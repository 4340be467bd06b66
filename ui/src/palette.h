// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours the budget grid and the summary share: one place for each.
#include <QColor>

namespace cofund::ui {

/// Total rows and columns.
inline const QColor kTotalBackground(0xe9, 0xed, 0xf2);
/// Money outside the period: a finding to fix, shown in its own columns.
inline const QColor kOutsideBackground(0xfd, 0xec, 0xea);

}  // namespace cofund::ui
