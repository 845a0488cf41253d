// The unified social credit code (GB 32100-2015) and its embedded organisation code (GB 11714).
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checks/checks.h"
#include "checks/normalize.h"
#include "source/printable.h"

namespace iipcase {
namespace {

// GB 32100-2015's 31 characters: digits and capitals without I, O, Z, S, V.
constexpr std::string_view k_alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> k_credit_weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> k_organization_weights = {3, 7, 9, 10, 5, 8, 4, 2};

int value_in_alphabet(char c) {
  auto at = k_alphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// GB 11714 counts letters A=10 … Z=35 (all 26 letters), unlike GB 32100.
int organization_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

// Positions 3-8: six digits whose first two are a region's code or a national one (rules data).
bool division_known(const Rules& rules, std::string_view division) {
  if (division.size() != 6 || !std::all_of(division.begin(), division.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const std::string_view province = division.substr(0, 2);
  auto listed = [&](const std::vector<std::string>& codes) {
    return std::find(codes.begin(), codes.end(), province) != codes.end();
  };
  return listed(rules.national_division_codes) ||
         std::any_of(rules.regions.begin(), rules.regions.end(), [&](const Region& r) { return listed(r.division_codes); });
}

}  // namespace

char credit_code_check_character(std::string_view first17) {
  if (first17.size() < 17) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    int v = value_in_alphabet(first17[i]);
    if (v < 0) return '\0';
    sum += v * k_credit_weights[i];
  }
  int check = 31 - sum % 31;
  return k_alphabet[check == 31 ? 0 : check];
}

char organization_code_check_character(std::string_view first8) {
  if (first8.size() < 8) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    int v = organization_value(first8[i]);
    if (v < 0) return '\0';
    sum += v * k_organization_weights[i];
  }
  int check = 11 - sum % 11;
  return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

bool credit_code_well_formed(std::string_view code) {
  return code.size() == 18 && credit_code_check_character(code) == code[17] &&
         organization_code_check_character(code.substr(8)) == code[16];
}

void check_credit_code(CaseContext& ctx, const yaml::Node& node, const std::string& path) {
  const std::string& code = node.value;
  Position at = node.position;
  int span = span_of(node);
  // Characters are named as characters (a full-width ０ is three bytes, never one of them);
  // a full-width or invisible one is named before the length, which it would make confusing.
  struct Stray {
    std::size_t offset = std::string::npos;
    int position = 0;
  } odd, other;
  int position = 0;
  for (std::size_t i = 0; i < code.size();) {
    const std::size_t start = i;
    const long cp = decode_utf8(code, i);
    ++position;
    const auto c = static_cast<char32_t>(cp < 0 ? 0xFFFD : cp);
    if (is_full_width_form(c) || is_zero_width(c)) {
      odd = {start, position};
      break;
    }
    const bool in_alphabet = c < 0x80 && value_in_alphabet(static_cast<char>(c)) >= 0;
    if (!in_alphabet && other.offset == std::string::npos) other = {start, position};
  }
  auto char_finding = [&](const char* id, const Stray& stray) {
    std::size_t next = stray.offset;
    decode_utf8(code, next);
    ctx.add(diagnose(id, path, position_in_value(ctx.source, node, stray.offset), 1,
                     {{"value", code}, {"position", static_cast<long long>(stray.position)},
                      {"char", describe_character(std::string_view(code).substr(stray.offset, next - stray.offset))}}));
  };
  if (odd.offset != std::string::npos) {
    std::size_t next = odd.offset;
    const bool invisible = is_zero_width(static_cast<char32_t>(decode_utf8(code, next)));
    return char_finding(invisible ? "credit-code.format.invisible" : "credit-code.format.full-width", odd);
  }
  int length = count_characters(code);
  if (length != 18) {
    ctx.add(diagnose("credit-code.format.length", path, at, span, {{"value", code}, {"length", length}}));
    return;
  }
  if (other.offset != std::string::npos) return char_finding("credit-code.format.chars", other);
  const Rules& rules = ctx.rules;
  if (!rules.credit_code_authorities.empty() && rules.credit_code_authorities.find(code[0]) == std::string::npos) {
    ctx.add(diagnose("credit-code.format.authority", path, position_in_value(ctx.source, node, 0), 1,
                     {{"value", code}, {"char", std::string(1, code[0])},
                      {"choices", fmt::format("{}", fmt::join(rules.credit_code_authorities, "、"))}}));
    return;
  }
  if (!division_known(rules, std::string_view(code).substr(2, 6))) {
    ctx.add(diagnose("credit-code.format.division", path, position_in_value(ctx.source, node, 2), 6,
                     {{"value", code}, {"division", code.substr(2, 6)}}));
    return;
  }
  char organization = organization_code_check_character(std::string_view(code).substr(8));
  if (organization != code[16]) {
    ctx.add(diagnose("credit-code.format.organization", path, at, span,
                     {{"value", code}, {"expected", std::string(1, organization)}}));
    return;
  }
  char expected = credit_code_check_character(code);
  if (expected != code[17])
    ctx.add(diagnose("credit-code.checksum", path, at, span, {{"value", code}, {"expected", std::string(1, expected)}}));
}

}  // namespace iipcase
