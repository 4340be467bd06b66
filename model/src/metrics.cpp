// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/metrics.h"

#include "cofund/rules.h"
#include "cofund/summary.h"

#include <limits>
#include <stdexcept>

namespace cofund {

Money round_to_fen(const Rational& yuan) {
    BigInt fen = round_half_away(yuan * 100);
    if (fen > BigInt(std::numeric_limits<Int>::max()) || fen < BigInt(std::numeric_limits<Int>::min()))
        throw std::overflow_error("round_to_fen: " + format_trimmed(yuan, 2) + " is beyond the range of money");
    return Money::from_fen(Int(fen));
}

MoneyMetrics money_metrics(const Plan& plan, const Catalog& catalog,
                           const std::vector<IndicatorProjection>& projections) {
    MoneyMetrics m;
    const BudgetSummary summary(plan);
    m.totals = summary.all().totals();
    if (summary.has_outside()) m.outside_period = summary.outside().totals();
    Rational total = m.totals.total().to_rational();
    if (total != 0) {
        m.fiscal_share = m.totals.fiscal.to_rational() / total;
        m.self_raised_share = m.totals.self_raised.to_rational() / total;
    }
    if (!m.totals.fiscal.is_zero()) m.leverage = total / m.totals.fiscal.to_rational();

    auto view = ratio_view(plan, catalog, summary);
    std::vector<Money> fiscal_side, self_side;
    if (view) {
        m.ratio = view->rule;
        fiscal_side = summary.cumulative(view->rule->fiscal_side);
        self_side = summary.cumulative(view->rule->self_side);
    }
    Totals running;
    for (std::size_t k = 0; k < summary.years().size(); ++k) {
        YearMoney ym;
        ym.year = summary.years()[k];
        ym.totals = summary.year(ym.year).totals();
        running += ym.totals;
        ym.cumulative = running;
        if (view) {
            YearRatio r;
            r.fiscal_side = fiscal_side[k];
            r.self_side = self_side[k];
            r.required_self = Money::ceil_from(r.fiscal_side.to_rational() * view->rule->multiple);
            if (!r.fiscal_side.is_zero()) r.multiple = r.self_side.to_rational() / r.fiscal_side.to_rational();
            ym.ratio = r;
        }
        m.years.push_back(std::move(ym));
    }

    if (plan.assumptions) {
        if (plan.assumptions->usd_cny) m.usd_cny = plan.assumptions->usd_cny->value;
        if (plan.assumptions->discount_rate) m.discount_rate = plan.assumptions->discount_rate->value;
    }

    Rational projected_usd = 0;
    bool any_projected = false;
    for (const Indicator* ind : catalog.indicators_for(plan)) {
        if (ind->money != "usd") continue;
        const IndicatorProjection* proj = nullptr;
        for (const auto& p : projections)
            if (p.indicator->id == ind->id) proj = &p;
        UsdIndicator u;
        u.indicator = ind;
        if (const Decimal* d = plan.indicator(ind->id)) {
            u.usd = d->value;
        } else if (proj) {
            u.usd = proj->value;
            u.projected = true;
        } else {
            continue;
        }
        if (m.usd_cny) u.cny = u.usd * *m.usd_cny;
        if (proj) {
            projected_usd += proj->value;
            any_projected = true;
        }
        m.usd_indicators.push_back(std::move(u));
    }
    if (any_projected && projected_usd > 0) m.fiscal_per_export_usd = m.totals.fiscal.to_rational() / projected_usd;

    if (m.discount_rate && *m.discount_rate > -1 && !m.years.empty()) {
        // Σ total(k) ÷ (sn ÷ sd)^k over k = 0 … n − 1, as one fraction over
        // 100 × sn^(n − 1) built by Horner's rule in whole numbers: a rational
        // sum took a gcd of ever longer numbers each year (seconds for a
        // 101-year plan at a 60-digit rate). Kept like a simulated figure.
        const Rational step = 1 + *m.discount_rate;
        const BigInt sn = mp::numerator(step), sd = mp::denominator(step);
        BigInt acc = 0, sd_power = 1, sn_power = 1;
        for (std::size_t k = 0; k < m.years.size(); ++k) {
            acc = acc * sn + to_big(m.years[k].totals.total().fen()) * sd_power;
            sd_power *= sd;
            if (k > 0) sn_power *= sn;
        }
        m.present_value = round_to_odd(acc, sn_power * 100, kKeptDecimals);
    }
    return m;
}

}  // namespace cofund
