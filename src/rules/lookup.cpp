// Look-ups in the rules: an entry by id, a value by name, and the near names for "did you mean".
#include "iipcase/rules.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "source/ascii.h"

namespace iipcase {
namespace {

// Code points of a UTF-8 text. A byte that does not start a valid sequence stands for itself,
// mapped above U+10FFFF so that it never equals a real character.
std::vector<std::uint32_t> code_points(std::string_view text) {
  std::vector<std::uint32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    bool valid = length > 0 && i + length <= text.size();
    std::uint32_t cp = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0) == 0x80;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (!valid) {
      out.push_back(0x110000u + lead);
      i += 1;
    } else {
      out.push_back(cp);
      i += length;
    }
  }
  return out;
}

std::size_t distance(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  // Two rows of the Levenshtein table are enough.
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::uint32_t> folded_code_points(std::string_view text) {
  std::vector<std::uint32_t> out = code_points(text);
  for (std::uint32_t& cp : out)
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return out;
}

template <typename T>
const T* by_id(const std::vector<T>& list, std::string_view id) {
  for (const T& item : list)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

bool is_named(const Named& named, std::string_view value) {
  if (value.empty()) return false;
  if (equal_ignoring_ascii_case(named.id, value) || named.zh == value) return true;
  return std::find(named.aliases.begin(), named.aliases.end(), value) != named.aliases.end();
}

std::size_t edit_distance(std::string_view a, std::string_view b) { return distance(code_points(a), code_points(b)); }

bool is_near(std::string_view value, std::string_view candidate) {
  if (value == candidate) return false;
  // A text of b bytes has at least b/4 code points and at most b. When one side has more than
  // twice the code points of the other, the distance alone is over half: not near, and no
  // table is built (a 10 MB value against a short name would take seconds).
  auto far_longer = [](std::string_view x, std::string_view y) { return x.size() / 4 > 2 * y.size(); };
  if (far_longer(value, candidate) || far_longer(candidate, value)) return false;
  // ASCII case is folded first: ids are accepted in any case, so "Platfrom-Design" is one typo away.
  const std::vector<std::uint32_t> a = folded_code_points(value), b = folded_code_points(candidate);
  if (a.empty() || b.empty()) return false;
  // At most half of the longer text may change: "智能制造" → "智能化制造" (1 of 5) is near,
  // "浙江" → "江苏" (2 of 2) is not, nor is "A" → "B" (industry letters).
  return 2 * distance(a, b) <= std::max(a.size(), b.size());
}

const FieldRule* Rules::field(std::string_view path) const {
  for (const FieldRule& rule : fields)
    if (rule.path == path) return &rule;
  return nullptr;
}

const Format* Rules::format(std::string_view name) const {
  for (const Format& f : formats)
    if (f.name == name) return &f;
  return nullptr;
}

const Mode* Rules::mode(std::string_view id) const { return by_id(modes, id); }
const Region* Rules::region(std::string_view id) const { return by_id(regions, id); }
const PlannedCity* Rules::planned_city(std::string_view id) const { return by_id(planned_cities, id); }
const RecommenderKind* Rules::recommender_kind(std::string_view id) const { return by_id(recommender_kinds, id); }

const Region* Rules::region_of_division(std::string_view two_digits) const {
  const Region* any = nullptr;
  for (const Region& region : regions) {
    const auto& codes = region.division_codes;
    if (!codes.empty() && codes.front() == two_digits) return &region;
    if (!any && std::find(codes.begin(), codes.end(), two_digits) != codes.end()) any = &region;
  }
  return any;
}

const Prefecture* Rules::prefecture_of(std::string_view division) const {
  // Directly governed cities (6 digits) first, then the prefecture (4 digits).
  for (std::size_t length : {std::size_t{6}, std::size_t{4}}) {
    if (division.size() < length) continue;
    for (const Prefecture& p : prefectures)
      if (p.code == division.substr(0, length)) return &p;
  }
  return nullptr;
}

const Prefecture* Rules::prefecture_named(std::string_view value) const {
  constexpr std::string_view city = "市";
  for (const Prefecture& p : prefectures) {
    std::string_view name = p.zh;
    if (name == value) return &p;
    if (name.size() > 2 * city.size() && name.substr(name.size() - city.size()) == city &&
        name.substr(0, name.size() - city.size()) == value)
      return &p;
  }
  return nullptr;
}

}  // namespace iipcase
