// Unit tests of the checks across a batch of files (case-file.md, "Checks across a batch of files").
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "iipcase/check.h"

using namespace iipcase;

namespace {

// A batch of cases built from facts alone: each case gets its own title, credit code and
// platform, so only what a test sets on purpose can make two cases the same.
struct Batch {
  std::vector<FileResult> files;

  FileResult& add(std::string kind, std::string region, std::string name,
                  std::optional<long long> rank = std::nullopt) {
    FileResult file;
    std::size_t n = files.size() + 1;
    file.path = "cases/" + std::to_string(n) + ".yaml";
    file.facts.title = "案例" + std::to_string(n);
    file.facts.credit_code = "code-" + std::to_string(n);
    file.facts.platform = "平台" + std::to_string(n);
    file.facts.recommender_kind = std::move(kind);
    file.facts.recommender_region = std::move(region);
    file.facts.recommender = std::move(name);
    file.facts.rank = rank;
    file.facts.title_position = {2, 8};
    file.facts.credit_code_position = {9, 16};
    file.facts.recommender_position = {16, 3};
    file.facts.rank_position = {19, 9};
    files.push_back(std::move(file));
    return files.back();
  }

  // n cases of one recommender, ranked 1..n (ranks never repeat unless a test says so).
  void add_many(int n, const std::string& kind, const std::string& region, const std::string& name) {
    for (int i = 1; i <= n; ++i) add(kind, region, name, i);
  }

  Batch& checked() {
    check_batch(files, embedded_rules());
    return *this;
  }

  // How many files carry code (once or more).
  int files_with(std::string_view code) const {
    int n = 0;
    for (const FileResult& f : files)
      for (const Diagnostic& d : f.diagnostics)
        if (d.code == code) {
          ++n;
          break;
        }
    return n;
  }

  std::size_t findings() const {
    std::size_t n = 0;
    for (const FileResult& f : files) n += f.diagnostics.size();
    return n;
  }
};

const char* k_zhejiang = "浙江省经济和信息化厅";
const char* k_ningbo = "宁波市经济和信息化局";
const char* k_cec = "中国电子信息产业集团有限公司";

}  // namespace

TEST_CASE("a province may recommend 10 cases, not 11", "[batch]") {
  Batch at;
  at.add_many(10, "province", "zhejiang", k_zhejiang);
  CHECK(at.checked().findings() == 0);

  // Ranked 1 to 11: only the 11th falls outside the quota.
  Batch over;
  over.add_many(11, "province", "zhejiang", k_zhejiang);
  over.checked();
  CHECK(over.files_with("batch.quota-exceeded") == 1);
  CHECK(over.findings() == 1);
  const Diagnostic& d = over.files[10].diagnostics.at(0);
  CHECK(d.severity == Severity::error);
  CHECK(d.path == "recommender");
  CHECK(d.position.line == 16);
  CHECK(d.message.en ==
        "浙江省经济和信息化厅 recommends 11 cases, more than its limit of 10; this one is ranked 11, outside the quota");
  CHECK(d.message.zh == "浙江省经济和信息化厅 推荐了 11 个案例，超过上限 10 个；本案例排序 11，在名额之外");
}

TEST_CASE("over its quota, a recommender that ranks none has every case outside", "[batch]") {
  Batch over;
  for (int i = 0; i < 11; ++i) over.add("province", "zhejiang", k_zhejiang);
  over.checked();
  CHECK(over.files_with("batch.quota-exceeded") == 11);
  CHECK(over.findings() == 11);
  CHECK(over.files[4].diagnostics.at(0).message.en ==
        "浙江省经济和信息化厅 recommends 11 cases, more than its limit of 10");
}

TEST_CASE("over its quota, a recommender that ranks some has the unranked and those beyond outside", "[batch]") {
  Batch over;
  over.add_many(9, "province", "zhejiang", k_zhejiang);
  over.add("province", "zhejiang", k_zhejiang, 12);
  over.add("province", "zhejiang", k_zhejiang);
  over.add("province", "zhejiang", k_zhejiang);
  over.checked();
  CHECK(over.files_with("batch.quota-exceeded") == 3);
  for (std::size_t i = 0; i < 9; ++i) CHECK(over.files[i].diagnostics.empty());
  CHECK(over.files[9].diagnostics.at(0).message.en.find("ranked 12, outside the quota") != std::string::npos);
  CHECK(over.files[10].diagnostics.at(0).message.en.find("has no rank, so it is outside") != std::string::npos);
  CHECK(over.files[11].diagnostics.at(0).message.zh.find("本案例没有推荐排序") != std::string::npos);
}

TEST_CASE("over its quota with a rank given twice, the ranks cannot choose: every case is outside", "[batch]") {
  Batch over;
  over.add_many(10, "province", "zhejiang", k_zhejiang);
  over.add("province", "zhejiang", k_zhejiang, 5);
  over.checked();
  CHECK(over.files_with("batch.quota-exceeded") == 11);
  CHECK(over.files_with("batch.rank-conflict") == 2);
}

TEST_CASE("a planned city may recommend 5 cases, not 6", "[batch]") {
  Batch at;
  at.add_many(5, "planned-city", "ningbo", k_ningbo);
  CHECK(at.checked().findings() == 0);

  Batch over;
  over.add_many(6, "planned-city", "ningbo", k_ningbo);
  CHECK(over.checked().files_with("batch.quota-exceeded") == 1);
  CHECK(over.files[5].diagnostics.at(0).message.en ==
        "宁波市经济和信息化局 recommends 6 cases, more than its limit of 5; this one is ranked 6, outside the quota");
}

TEST_CASE("a central enterprise may recommend 3 cases, not 4", "[batch]") {
  Batch at;
  at.add_many(3, "central-enterprise", "", k_cec);
  CHECK(at.checked().findings() == 0);

  Batch over;
  over.add_many(4, "central-enterprise", "", k_cec);
  CHECK(over.checked().files_with("batch.quota-exceeded") == 1);
  CHECK(over.files[3].diagnostics.at(0).message.en ==
        "中国电子信息产业集团有限公司 recommends 4 cases, more than its limit of 3; this one is ranked 4, outside the quota");
}

TEST_CASE("新疆生产建设兵团 has a provincial quota of its own, apart from 新疆", "[batch]") {
  Batch at;
  at.add_many(10, "province", "xinjiang-bingtuan", "新疆生产建设兵团工业和信息化局");
  at.add_many(10, "province", "xinjiang", "新疆维吾尔自治区工业和信息化厅");
  CHECK(at.checked().findings() == 0);

  Batch over;
  over.add_many(11, "province", "xinjiang-bingtuan", "新疆生产建设兵团工业和信息化局");
  over.add_many(10, "province", "xinjiang", "新疆维吾尔自治区工业和信息化厅");
  over.checked();
  CHECK(over.files_with("batch.quota-exceeded") == 1);
  CHECK_FALSE(over.files[10].diagnostics.empty());
  for (std::size_t i = 11; i < over.files.size(); ++i) CHECK(over.files[i].diagnostics.empty());
}

TEST_CASE("central enterprises and planned cities do not use a province's quota", "[batch]") {
  Batch b;
  b.add_many(10, "province", "zhejiang", k_zhejiang);
  // Their applicants are in 浙江 too; they submit apart from the province.
  b.add_many(3, "central-enterprise", "", k_cec);
  b.add_many(3, "central-enterprise", "", "中国航天科工集团有限公司");
  b.add_many(5, "planned-city", "ningbo", k_ningbo);
  CHECK(b.checked().findings() == 0);
}

TEST_CASE("one recommender is one kind and region, whatever name each file gives it", "[batch]") {
  Batch b;
  b.add_many(6, "province", "zhejiang", k_zhejiang);
  for (int i = 7; i <= 11; ++i) b.add("province", "zhejiang", "浙江省经信厅", i);
  b.checked();
  CHECK(b.files_with("batch.quota-exceeded") == 1);  // the 11th, named 浙江省经信厅
  // The message names the recommender as the first file of the group does.
  CHECK(b.files[10].diagnostics.at(0).message.en.rfind(k_zhejiang, 0) == 0);
}

TEST_CASE("a case without a readable recommender counts against no quota", "[batch]") {
  Batch b;
  b.add_many(10, "province", "zhejiang", k_zhejiang);
  b.add("", "", "", 11);                    // kind unreadable
  b.add("province", "", k_zhejiang, 12);    // region unreadable
  b.add("central-enterprise", "", "", 13);  // central enterprise without a name
  CHECK(b.checked().findings() == 0);
}

TEST_CASE("the same title twice is a duplicate case, reported on both", "[batch]") {
  Batch b;
  b.add("province", "zhejiang", k_zhejiang, 1).facts.title = "注塑车间智能化改造";
  b.add("province", "jiangsu", "江苏省工业和信息化厅", 1).facts.title = "注塑车间智能化改造";
  b.add("province", "zhejiang", k_zhejiang, 2);
  b.checked();
  CHECK(b.files_with("batch.duplicate-case") == 2);
  CHECK(b.findings() == 2);
  const Diagnostic& d = b.files[0].diagnostics.at(0);
  CHECK(d.path == "title");
  CHECK(d.position.line == 2);
  CHECK(d.message.en == "same title as cases/2.yaml");
  CHECK(b.files[1].diagnostics.at(0).message.en == "same title as cases/1.yaml");
}

TEST_CASE("the same credit code and platform is a duplicate case; either alone is not", "[batch]") {
  Batch b;
  FileResult& first = b.add("province", "zhejiang", k_zhejiang, 1);
  first.facts.credit_code = "91330100MA27Y0R128";
  first.facts.platform = "某某工业互联网平台";
  FileResult& second = b.add("central-enterprise", "", k_cec, 1);
  second.facts.credit_code = "91330100MA27Y0R128";
  second.facts.platform = "某某工业互联网平台";
  b.add("province", "zhejiang", k_zhejiang, 2).facts.credit_code = "91330100MA27Y0R128";  // another platform
  b.add("province", "zhejiang", k_zhejiang, 3).facts.platform = "某某工业互联网平台";     // another applicant
  b.checked();
  CHECK(b.files_with("batch.duplicate-case") == 2);
  CHECK(b.findings() == 2);
  const Diagnostic& d = b.files[0].diagnostics.at(0);
  CHECK(d.path == "applicant.credit_code");
  CHECK(d.position.line == 9);
  CHECK(d.message.en == "same applicant credit code and platform name as cases/2.yaml: the same case twice");
}

TEST_CASE("a duplicate by title and by code and platform at once is reported once", "[batch]") {
  Batch b;
  for (int i = 1; i <= 2; ++i) {
    FileResult& f = b.add("province", "zhejiang", k_zhejiang, i);
    f.facts.title = "注塑车间智能化改造";
    f.facts.credit_code = "91330100MA27Y0R128";
    f.facts.platform = "某某工业互联网平台";
  }
  b.checked();
  CHECK(b.findings() == 2);
  CHECK(b.files[0].diagnostics.at(0).path == "title");
}

TEST_CASE("empty titles and platforms make no duplicates", "[batch]") {
  Batch b;
  for (int i = 1; i <= 3; ++i) {
    FileResult& f = b.add("province", "zhejiang", k_zhejiang, i);
    f.facts.title.clear();
    f.facts.credit_code = "91330100MA27Y0R128";
    f.facts.platform.clear();
  }
  CHECK(b.checked().findings() == 0);
}

TEST_CASE("a duplicate names at most three other files, then how many more", "[batch]") {
  Batch b;
  for (int i = 1; i <= 6; ++i)
    b.add("province", "zhejiang", k_zhejiang, i).facts.title = "注塑车间智能化改造";
  b.checked();
  CHECK(b.files_with("batch.duplicate-case") == 6);
  CHECK(b.files[0].diagnostics.at(0).message.en ==
        "same title as cases/2.yaml, cases/3.yaml, cases/4.yaml and 2 more");
  CHECK(b.files[0].diagnostics.at(0).message.zh ==
        "案例名称与 cases/2.yaml、cases/3.yaml、cases/4.yaml 等另外 2 个文件 相同");
  CHECK(b.files[5].diagnostics.at(0).message.en ==
        "same title as cases/1.yaml, cases/2.yaml, cases/3.yaml and 2 more");
  Batch four;
  for (int i = 1; i <= 4; ++i)
    four.add("province", "zhejiang", k_zhejiang, i).facts.title = "注塑车间智能化改造";
  four.checked();
  CHECK(four.files[0].diagnostics.at(0).message.en ==
        "same title as cases/2.yaml, cases/3.yaml, cases/4.yaml");
}

TEST_CASE("two cases of one recommender with one rank conflict", "[batch]") {
  Batch b;
  b.add("province", "zhejiang", k_zhejiang, 1);
  b.add("province", "zhejiang", k_zhejiang, 2);
  b.add("province", "zhejiang", "浙江省经信厅", 2);
  b.checked();
  CHECK(b.files_with("batch.rank-conflict") == 2);
  CHECK(b.findings() == 2);
  CHECK(b.files[0].diagnostics.empty());
  const Diagnostic& d = b.files[1].diagnostics.at(0);
  CHECK(d.path == "recommender.rank");
  CHECK(d.position.line == 19);
  CHECK(d.message.en == "rank 2 is also given to cases/3.yaml");
}

TEST_CASE("the same rank at different recommenders, or no rank, is no conflict", "[batch]") {
  Batch b;
  b.add("province", "zhejiang", k_zhejiang, 1);
  b.add("province", "jiangsu", "江苏省工业和信息化厅", 1);
  b.add("planned-city", "ningbo", k_ningbo, 1);
  b.add("central-enterprise", "", k_cec, 1);
  b.add("central-enterprise", "", "中国航天科工集团有限公司", 1);
  b.add("province", "zhejiang", k_zhejiang);
  b.add("province", "zhejiang", k_zhejiang);
  CHECK(b.checked().findings() == 0);
}

TEST_CASE("every batch finding of a file, in line order, beside its own findings", "[batch]") {
  Batch b;
  b.add_many(11, "province", "zhejiang", k_zhejiang);
  b.files[0].facts.title = b.files[1].facts.title = "注塑车间智能化改造";
  b.files[1].facts.rank = b.files[10].facts.rank = 11;  // both beyond the quota, one rank twice
  Diagnostic own;
  own.code = "field.too-short";
  own.severity = Severity::warning;
  own.position = {30, 3};
  b.files[1].diagnostics.push_back(own);
  b.checked();
  std::vector<std::string> codes;
  for (const Diagnostic& d : b.files[1].diagnostics) codes.push_back(d.code);
  CHECK(codes == std::vector<std::string>{"batch.duplicate-case", "batch.quota-exceeded",
                                          "batch.rank-conflict", "field.too-short"});
}

TEST_CASE("a clean batch of several recommenders has no finding", "[batch]") {
  Batch b;
  b.add_many(7, "province", "zhejiang", k_zhejiang);
  b.add_many(10, "province", "guangdong", "广东省工业和信息化厅");
  b.add_many(5, "planned-city", "shenzhen", "深圳市工业和信息化局");
  b.add_many(2, "central-enterprise", "", k_cec);
  b.add("province", "jiangsu", "江苏省工业和信息化厅");
  CHECK(b.checked().findings() == 0);
}

TEST_CASE("batch checks on whole case files", "[batch]") {
  auto case_file = [](std::string_view title, std::string_view rank) {
    return std::string("schema: iip-case/2021\ntitle: ") + std::string(title) +
           "\nrecommender:\n  kind: 省级主管部门\n  region: 浙江\n  name: 浙江省经济和信息化厅\n  rank: " +
           std::string(rank) + "\n";
  };
  std::vector<FileResult> files;
  files.push_back(check_bytes("a.yaml", case_file("注塑车间智能化改造", "1"), embedded_rules()));
  files.push_back(check_bytes("b.yaml", case_file("注塑车间智能化改造", "1"), embedded_rules()));
  check_batch(files, embedded_rules());
  for (const FileResult& f : files) {
    std::map<std::string, Position> batch;
    for (const Diagnostic& d : f.diagnostics)
      if (d.code.rfind("batch.", 0) == 0) batch[d.code] = d.position;
    CHECK(batch.size() == 2);
    CHECK(batch["batch.duplicate-case"].line == 2);
    CHECK(batch["batch.duplicate-case"].column == 8);
    CHECK(batch["batch.rank-conflict"].line == 7);
    CHECK(batch["batch.rank-conflict"].column == 9);
  }
}
