// The explanations' data as the library reads it (schemas/explain.yaml, embedded at build time).
#pragma once

#include <string>

namespace iipcase::authoring {

// The notice the explanations quote, e.g. "工信厅信发函〔2021〕160号".
const std::string& quoted_notice();

}  // namespace iipcase::authoring
