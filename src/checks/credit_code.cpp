// The unified social credit code (GB 32100-2015) and its embedded organisation code (GB 11714).
#include <array>

#include "checks/checks.h"

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
  int length = count_characters(code);
  if (length != 18) {
    ctx.add(diagnose("credit-code.format.length", path, at, span, {{"value", code}, {"length", length}}));
    return;
  }
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (value_in_alphabet(code[i]) < 0) {
      Position bad{at.line, at.column + static_cast<int>(i) + (node.plain ? 0 : 1)};
      ctx.add(diagnose("credit-code.format.chars", path, bad, 1,
                       {{"value", code}, {"char", std::string(1, code[i])}}));
      return;
    }
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
