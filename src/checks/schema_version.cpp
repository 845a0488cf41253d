// The rules version a case names (schema: iip-case/2021) against the rules in force.
#include "checks/checks.h"

namespace iipcase {

void check_schema_version(CaseContext& ctx) {
  const yaml::Node* schema = ctx.at("schema");
  std::string_view value = ctx.text_at("schema");
  // Absent, empty or not a string: the field check has said so.
  if (!schema || value.empty() || value == ctx.rules.id) return;
  ctx.add(diagnose("schema.unsupported", "schema", schema->position, span_of(*schema),
                   {{"value", value}, {"expected", ctx.rules.id}}));
}

}  // namespace iipcase
