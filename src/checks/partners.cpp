// partners.duplicate: a joint applicant with the applicant's own credit code, or two joint
// applicants with one code. Codes are compared as written, trimmed, ASCII case folded.
#include <string>
#include <vector>

#include "checks/checks.h"
#include "source/ascii.h"

namespace iipcase {
namespace {

std::string_view code_of(const yaml::Node& partner) {
  const yaml::Node* code = partner.kind == yaml::NodeKind::mapping ? partner.get("credit_code") : nullptr;
  if (!code || code->kind != yaml::NodeKind::scalar || code->is_null()) return {};
  std::string_view text = code->value;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

void check_partners(CaseContext& ctx) {
  const yaml::Node* partners = ctx.at("partners");
  if (!partners || partners->kind != yaml::NodeKind::sequence) return;
  const std::string applicant = ascii_upper(ctx.text_at("applicant.credit_code"));
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < partners->children.size(); ++i) {
    const yaml::Node& partner = partners->children[i];
    const std::string code = ascii_upper(code_of(partner));
    seen.push_back(code);
    if (code.empty()) continue;
    const yaml::Node& at = *partner.get("credit_code");
    const std::string path = "partners[" + std::to_string(i) + "].credit_code";
    if (code == applicant) {
      ctx.add(diagnose("partners.duplicate.applicant", path, at.position, span_of(at), {{"value", code}}));
      continue;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (seen[j] == code) {
        ctx.add(diagnose("partners.duplicate", path, at.position, span_of(at),
                         {{"value", code}, {"other", "partners[" + std::to_string(j) + "]"}}));
        break;
      }
  }
}

}  // namespace iipcase
