// Phone numbers that fail their format (rules data `formats: phone`): which part is wrong.
#include <algorithm>

#include "checks/checks.h"
#include "checks/normalize.h"
#include "source/ascii.h"
#include "source/printable.h"

namespace iipcase {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_at(std::string_view s, std::size_t at, std::string_view word) {
  return s.size() - at >= word.size() && equal_ignoring_ascii_case(s.substr(at, word.size()), word);
}

bool listed(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// A number split at its extension marker: the number, and the extension after the marker.
struct Parts {
  std::string_view number, extension;
  bool has_extension = false;
};

// The last marker other than "-" starts the extension ("-" is a separator too, so a trailing
// "-123" is only an extension where the number before it is complete; the pattern judges that).
Parts split_extension(std::string_view value, const Format& format) {
  auto marker_at = [&](std::size_t at) -> std::size_t {  // length of the longest marker there, or 0
    std::size_t longest = 0;
    for (const std::string& marker : format.extension_markers)
      if (marker != "-" && starts_with_at(value, at, marker)) longest = std::max(longest, marker.size());
    return longest;
  };
  for (std::size_t at = value.size(); at-- > 0;) {
    std::size_t length = marker_at(at);
    if (length == 0) continue;
    // A longer marker may end where this one does ("ext" around its "x"): take it whole.
    std::size_t start = at;
    for (std::size_t back = 1; back <= 4 && back <= at; ++back)
      if (std::size_t longer = marker_at(at - back); longer >= back + length) start = at - back, length = longer;
    return {value.substr(0, start), value.substr(start + length), true};
  }
  return {value, {}, false};
}

// The first character of s that is neither a digit nor allowed, as its UTF-8 text; "" if none.
std::string first_stray(std::string_view s, const std::vector<std::string>& allowed) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    decode_utf8(s, i);
    const std::string_view c = s.substr(start, i - start);
    if (c.size() == 1 && (is_digit(c[0]) || (c[0] == '+' && start == 0))) continue;
    if (!listed(allowed, c)) return std::string(c);
  }
  return {};
}

std::string without(std::string_view s, const std::vector<std::string>& separators) {
  std::string out;
  for (char c : s)
    if (!listed(separators, std::string_view(&c, 1))) out += c;
  return out;
}

}  // namespace

Diagnostic diagnose_phone(const Format& format, std::string_view value, const std::string& path, Position at,
                          int span) {
  auto finding = [&](const char* id, Args args) { return diagnose(id, path, at, span, args); };
  const Parts parts = split_extension(value, format);
  std::vector<std::string> allowed = format.separators;
  if (std::string stray = first_stray(parts.number, allowed); !stray.empty())
    return finding("field.format.phone-chars", {{"value", value}, {"char", describe_character(stray)}});
  std::string digits = without(parts.number, format.separators);
  if (digits.empty()) return finding("field.format", {{"value", value}, {"what", format.description}, {"example", format.example}});
  if (digits.find('+') != std::string::npos && digits.front() != '+')
    return finding("field.format.phone-chars", {{"value", value}, {"char", describe_character("+")}});

  // A country code may lead a mobile number only.
  std::string country;
  for (const std::string& code : format.country_codes) {
    const bool explicit_code = code.front() == '+' || code.size() > 2;  // "+86", "0086"; bare "86" needs 13 digits
    if (digits.compare(0, code.size(), code) != 0) continue;
    if (!explicit_code && !(digits.size() >= code.size() + 11 && digits[code.size()] == '1')) continue;
    country = code;
    digits.erase(0, code.size());
    break;
  }
  if (country.empty() && !digits.empty() && digits.front() == '+') {
    // As written up to the first separator ("+1" of "+1 650 555 1234"), at most four characters.
    std::size_t end = 1;
    while (end < parts.number.size() && end < 4 && is_digit(parts.number[end])) ++end;
    return finding("field.format.phone-country", {{"value", value}, {"prefix", parts.number.substr(0, end)}});
  }
  if (!country.empty() && (digits.empty() || digits.front() != '1'))
    return finding("field.format.phone-country", {{"value", value}, {"prefix", country}});

  const int count = static_cast<int>(digits.size());
  Text kind;
  int low = 0, high = 0;
  if (!digits.empty() && digits[0] == '1') {
    if (count >= 2 && (digits[1] < '3' || digits[1] > '9'))
      return finding("field.format.phone-prefix", {{"value", value}, {"prefix", digits.substr(0, 2)}});
    kind = {"手机号", "a mobile number"}, low = high = 11;
  } else if (!digits.empty() && digits[0] == '0') {
    // Two-digit area codes start with 1 or 2 (010, 020-029), three-digit ones with 3-9 (0571).
    if (count >= 2 && digits[1] == '0')
      return finding("field.format.phone-prefix", {{"value", value}, {"prefix", digits.substr(0, 2)}});
    const bool short_area = count < 2 || digits[1] == '1' || digits[1] == '2';
    kind = {"固定电话（0、区号和 7–8 位号码）", "a landline (0, the area code and 7–8 digits)"};
    low = short_area ? 10 : 11, high = short_area ? 11 : 12;
  } else if (digits.compare(0, 3, "400") == 0 || digits.compare(0, 3, "800") == 0) {
    kind = {"400/800 号码", "a 400 or 800 number"}, low = high = 10;
  } else if (count > 0) {
    return finding("field.format.phone-prefix",
                   {{"value", value}, {"prefix", digits.substr(0, std::min<std::size_t>(digits.size(), 3))}});
  }
  const std::string expected = low == high ? std::to_string(low) : std::to_string(low) + "–" + std::to_string(high);
  if (count < low || count == 0)
    return finding("field.format.phone-short",
                   {{"value", value}, {"kind", kind}, {"expected", expected}, {"actual", static_cast<long long>(count)}});
  if (count > high)
    return finding("field.format.phone-long",
                   {{"value", value}, {"kind", kind}, {"expected", expected}, {"actual", static_cast<long long>(count)}});
  if (parts.has_extension) {
    const std::string extension = without(parts.extension, {" "});
    if (extension.empty() || extension.size() > 6 || !std::all_of(extension.begin(), extension.end(), is_digit))
      return finding("field.format.phone-extension", {{"value", value}, {"extension", parts.extension}});
  }
  return finding("field.format", {{"value", value}, {"what", format.description}, {"example", format.example}});
}

}  // namespace iipcase
