// Phone numbers: the forms applicants write pass; a failing one is told which part is wrong.
#include <string>

#include <catch2/catch.hpp>

#include "checks/checks.h"
#include "iipcase/check.h"

using namespace iipcase;

namespace {

const Format& phone() { return *embedded_rules().format("phone"); }

// What iipcase check says of a phone number written as `written` in a case file: "" when
// nothing, else the English message of the first finding on the phone.
std::string verdict(const std::string& written) {
  const std::string yaml = "applicant:\n  contact:\n    phone: " + written + "\n";
  for (const Diagnostic& d : check_bytes("case.yaml", yaml, embedded_rules()).diagnostics)
    if (d.path == "applicant.contact.phone") return d.code + ": " + d.message.en;
  return "";
}

std::string diagnosis(std::string_view value) {
  return diagnose_phone(phone(), value, "applicant.contact.phone", {1, 1}, 1).message.en;
}

}  // namespace

TEST_CASE("phone forms seen from applicants pass without a finding") {
  for (const char* written :
       {"\"+86 139 8765 4321\"", "138 2600 1234", "028-87654321转2036", "\"(0574)86853210\"", "400-820-8820",
        "0574 8685 3210", "0571-8888 6666", "+86-138-0013-8000", "0086 138 0013 8000", "8613800138000",
        "\"0571-88886666-123\"", "0571-88886666 ext 12", "0571-88886666 EXT. 12", "0571-88886666 分机 12",
        "0571-88886666#8", "010-62345678", "13800138000", "057186012345", "\"13800138000 \"", "800 820 8820"}) {
    INFO(written);
    CHECK(verdict(written).empty());
  }
}

TEST_CASE("full-width phone forms are read half-width: a warning only") {
  for (const char* written : {"１３８００１３８０００", "（0571）8888 6666", "\"0571－88886666\"", "\"138　0013　8000\"",
                              "\"0571—88886666\"", "＋８６ １３８ ００１３ ８０００"}) {
    INFO(written);
    CHECK(verdict(written).rfind("field.full-width: ", 0) == 0);
  }
  CHECK(verdict("\"13800138000\u3000\"").empty());  // at the end: trimmed silently
}

TEST_CASE("a failing phone number is told which part is wrong") {
  CHECK(diagnosis("138 0013 800") == "phone number \"138 0013 800\" has too few digits: a mobile number has 11, not 10");
  CHECK(diagnosis("138001380001").find("too many digits") != std::string::npos);
  CHECK(diagnosis("0571-8888").find("too few digits: a landline") != std::string::npos);
  CHECK(diagnosis("0571-601234").find("has 11–12, not 10") != std::string::npos);  // 3-digit area code
  CHECK(diagnosis("010-123456").find("has 10–11, not 9") != std::string::npos);    // 2-digit area code
  CHECK(diagnosis("400-820-882").find("a 400 or 800 number has 10, not 9") != std::string::npos);
  CHECK(diagnosis("12345678901").find("unknown prefix \"12\"") != std::string::npos);
  CHECK(diagnosis("571-88886666").find("unknown prefix \"571\"") != std::string::npos);
  CHECK(diagnosis("0086-0571-88886666").find("country code \"0086\"") != std::string::npos);
  CHECK(diagnosis("+1 650 555 1234").find("country code \"+1\"") != std::string::npos);
  CHECK(diagnosis("Tel 0571-88886666").find("contains \"T\"") != std::string::npos);
  CHECK(diagnosis("13800138000/13900139000").find("contains \"/\"") != std::string::npos);
  CHECK(diagnosis("138-0013-800a").find("contains \"a\"") != std::string::npos);
  CHECK(diagnosis("0571-88886666转1234567").find("the extension \"1234567\"") != std::string::npos);
  CHECK(diagnosis("0571-88886666 ext").find("the extension") != std::string::npos);
}

TEST_CASE("the phone pattern and the parts in the rules data agree") {
  const Format& f = phone();
  CHECK(f.separators == std::vector<std::string>{" ", "-", "(", ")"});
  CHECK(std::find(f.country_codes.begin(), f.country_codes.end(), "+86") != f.country_codes.end());
  // Each extension marker the data lists is one the pattern accepts.
  for (const std::string& marker : f.extension_markers) {
    INFO(marker);
    CHECK(f.matches("0571-88886666" + marker + "12"));
  }
  for (const std::string& code : f.country_codes) {
    INFO(code);
    CHECK(f.matches(code + "13800138000"));
    CHECK_FALSE(f.matches(code + "057188886666"));
  }
}
