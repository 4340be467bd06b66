// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/plan.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

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
constexpr std::array<std::string_view, 4> kOrgTypeIds = {"enterprise", "institute", "university", "other"};
constexpr std::array<std::string_view, 4> kEquipmentKindIds = {"purchase", "build", "upgrade", "lease"};

// The categories every call read so far names, each id once: a deque keeps
// each id where it is (the map's keys view them), a shared mutex lets the app's
// threads read while a call is being read.
struct CategoryRegistry {
    std::shared_mutex mutex;
    std::deque<std::string> ids;
    std::unordered_map<std::string_view, int> index;

    std::optional<int> find(std::string_view id) {
        std::shared_lock lock(mutex);
        auto it = index.find(id);
        if (it == index.end()) return std::nullopt;
        return it->second;
    }
};

CategoryRegistry& categories() {
    static CategoryRegistry r;
    return r;
}

}  // namespace

Category Category::of(std::string_view id) {
    CategoryRegistry& r = categories();
    if (auto i = r.find(id)) return Category(*i);
    std::unique_lock lock(r.mutex);
    auto it = r.index.find(id);
    if (it != r.index.end()) return Category(it->second);
    const int i = static_cast<int>(r.ids.size());
    r.ids.emplace_back(id);
    r.index.emplace(r.ids.back(), i);
    return Category(i);
}

std::optional<Category> Category::find(std::string_view id) {
    if (auto i = categories().find(id)) return Category(*i);
    return std::nullopt;
}

int Category::count() {
    CategoryRegistry& r = categories();
    std::shared_lock lock(r.mutex);
    return static_cast<int>(r.ids.size());
}

std::string_view Category::id() const {
    if (index_ < 0) return {};
    CategoryRegistry& r = categories();
    std::shared_lock lock(r.mutex);
    return r.ids[static_cast<std::size_t>(index_)];
}

std::string_view to_id(Source s) {
    return kSourceIds[static_cast<int>(s)];
}
std::string_view to_id(Category c) {
    return c.id();
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
    return Category::find(id);
}
std::optional<OrgType> org_type_from_id(std::string_view id) {
    return lookup<OrgType>(kOrgTypeIds, id);
}

const std::vector<std::string>& source_ids() {
    static const auto ids = to_vector(kSourceIds);
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
    for (const auto& t : targets)
        if (t.id == id) return &t.total;
    return nullptr;
}

const Partner* Plan::partner(std::string_view id) const {
    if (id.empty()) return nullptr;
    for (const auto& p : partners)
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace cofund
