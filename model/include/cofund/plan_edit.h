// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits of a plan's budget, the one place both the desktop app's grid and
// `cofund suggest` change amounts. Each keeps the lines' notes and unknown
// fields; none rounds.

#include <functional>
#include <optional>
#include <vector>

#include "cofund/money.h"
#include "cofund/plan.h"

namespace cofund {

/// One change to the budget, as `suggest` reports it.
struct MoneyChange {
    enum class Kind { add, cut, move };
    Kind kind = Kind::add;
    int year = 0;       ///< the year added to, cut from, or moved into
    int from_year = 0;  ///< for a move: the year the money leaves
    Category category;
    Source source = Source::fiscal;
    Money amount;  ///< positive, in yuan
};

/// Makes the lines of (year, category, source) add up to `amount`: a new line
/// (after the last line of that year or an earlier one) where there is none, the
/// only line set, or with several the difference taken by the last (or, where
/// that would make it negative, the first set and the rest removed).
void set_cell(Plan&, int year, Category, Source, const Money& amount);

/// Sets the lines of (category, source) outside the project period to `amount`:
/// zero removes them all; another amount goes to the first such line and the
/// others are removed. False, and nothing changed, where a non-zero amount has
/// no line (and so no year) to go to.
bool set_outside_cell(Plan&, Category, Source, const Money& amount);

/// Adds `amount` to the first line of (year, category, source), or appends a
/// line with `note` where there is none.
void add_to_cell(Plan&, int year, Category, Source, const Money& amount, const std::string& note);

/// Sets line `index`'s amount to its basis total (basis.h), where every item
/// is a whole fen and the two differ. Returns the change (add or cut, of that
/// line's year, category and source), or nullopt and nothing changed.
std::optional<MoneyChange> set_amount_to_basis(Plan&, std::size_t index);

using LinePredicate = std::function<bool(const BudgetLine&)>;
/// Takes up to `amount` from the lines of `year` that match, largest first;
/// lines cut to zero are removed. Returns a `cut` change per line taken from.
std::vector<MoneyChange> take_from_year(Plan&, int year, const LinePredicate& match, Money amount);

/// Gives every line without an id the next free one of "L1", "L2", … (after
/// the highest "L<n>" in use); lines that have an id keep it. Writers call it
/// (new, import, the desktop app, suggest) so that a line keeps its id for life.
/// Returns how many ids it gave.
std::size_t assign_line_ids(Plan&);
/// Gives every partner without an id the next free "P<n>" (after the highest in
/// use, as for lines); partners that have an id keep it. Called where line ids
/// are given. Returns how many ids it gave.
std::size_t assign_partner_ids(Plan&);
/// Both: what every writer of a plan file does before it saves (new, import,
/// suggest --apply, the desktop app), so that a plan's ids are stable from its
/// first file on. Returns how many ids it gave.
std::size_t give_ids(Plan&);

/// The project year nearest to `year` (the first or last year of the period).
int nearest_project_year(const Project&, int year);

/// Moves every line outside the project period into the nearest project year
/// (a valid period only). Returns a `move` change per line moved.
std::vector<MoneyChange> move_into_period(Plan&);

}  // namespace cofund
