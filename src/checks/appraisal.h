// A claim that cites an appraisal (经中国机械工业联合会鉴定，达到国际先进水平) is the appraiser's
// finding, not the applicant's: whether the sentence before a claim names one.
#pragma once

#include <cstddef>
#include <string_view>

#include "iipcase/rules.h"

namespace iipcase {

enum class Appraised {
  no,       // no appraisal before the claim in its sentence
  unnamed,  // 经鉴定, 经专家鉴定: an appraisal, but nobody named who made it
  named,    // 经中国机械工业联合会鉴定: the claim is the appraiser's
};

// Looks at the sentence of text (folded code points, no white space) before the claim that
// starts at `claim`.
Appraised appraisal_before(std::u32string_view text, std::size_t claim, const Appraisal& rules);

}  // namespace iipcase
