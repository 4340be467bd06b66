// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/plan.h"

#include <algorithm>

namespace cofund {

namespace {

// Years 2000–2100 (plan-format.md): the longest period a plan can have.

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == id) return static_cast<E>(i);
    return std::nullopt;
}

template <std::size_t N>
std::vector<std::string> to_vector(const std::array<std::string_view, N>& names) {
    return {names.begin(), names.end()};
}

constexpr std::array<std::string_view, kSourceCount> kSourceIds = {"fiscal", "other_fiscal", "self",
                                                                   "loan",   "partner",      "other"};
constexpr std::array<std::string_view, kCategoryCount> kCategoryIds = {
    "equipment",      "materials", "testing", "fuel_power", "travel",       "meetings", "international",
    "publication_ip", "labor",     "experts", "other",      "construction", "indirect"};
constexpr std::array<std::string_view, 4> kOrgTypeIds = {"enterprise", "institute", "university", "other"};
constexpr std::array<std::string_view, 4> kEquipmentKindIds = {"purchase", "build", "upgrade", "lease"};

}  // namespace

std::string_view to_id(Source s) {
    return kSourceIds[static_cast<int>(s)];
}
std::string_view to_id(Category c) {
    return kCategoryIds[static_cast<int>(c)];
}
std::string_view to_id(ProjectClass c) {
    return c == ProjectClass::key ? "key" : "general";
}
std::string_view to_id(Scope s) {
    return s == Scope::whole ? "whole" : "subproject";
}
std::string_view to_id(OrgType t) {
    return kOrgTypeIds[static_cast<int>(t)];
}
std::string_view to_id(AmountUnit u) {
    return u == AmountUnit::yuan ? "yuan" : "wan";
}
std::string_view to_id(EquipmentKind k) {
    return kEquipmentKindIds[static_cast<int>(k)];
}
std::optional<EquipmentKind> equipment_kind_from_id(std::string_view id) {
    return lookup<EquipmentKind>(kEquipmentKindIds, id);
}
const std::vector<std::string>& equipment_kind_ids() {
    static const auto ids = to_vector(kEquipmentKindIds);
    return ids;
}

std::optional<Source> source_from_id(std::string_view id) {
    return lookup<Source>(kSourceIds, id);
}
std::optional<Category> category_from_id(std::string_view id) {
    return lookup<Category>(kCategoryIds, id);
}
std::optional<OrgType> org_type_from_id(std::string_view id) {
    return lookup<OrgType>(kOrgTypeIds, id);
}

const std::vector<std::string>& source_ids() {
    static const auto ids = to_vector(kSourceIds);
    return ids;
}
const std::vector<std::string>& category_ids() {
    static const auto ids = to_vector(kCategoryIds);
    return ids;
}
const std::vector<std::string>& org_type_ids() {
    static const auto ids = to_vector(kOrgTypeIds);
    return ids;
}

bool is_short_id(std::string_view id) {
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '-' || c == '_' ||
               c == '.';
    });
}

bool is_self_raised(Source s) {
    return s == Source::self || s == Source::loan || s == Source::partner || s == Source::other;
}

Decimal Decimal::of(const Rational& v) {
    return {format_trimmed(v, 12), v};
}

Totals& Totals::operator+=(const Totals& o) {
    fiscal += o.fiscal;
    other_fiscal += o.other_fiscal;
    self_raised += o.self_raised;
    return *this;
}

const Decimal* Plan::indicator(std::string_view id) const {
    for (const auto& [key, value] : indicators)
        if (key == id) return &value;
    return nullptr;
}

const Partner* Plan::partner(std::string_view id) const {
    if (id.empty()) return nullptr;
    for (const auto& p : partners)
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace cofund
