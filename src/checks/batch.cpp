// Checks across a batch of files [notice]: recommender quotas, duplicate cases, rank conflicts.
#include <map>

#include <fmt/format.h>

#include "checks/recommender.h"
#include "iipcase/check.h"
#include "messages.h"

namespace iipcase {
namespace {

using Groups = std::map<std::string, std::vector<std::size_t>>;

void add(FileResult& file, Diagnostic d) { file.diagnostics.push_back(std::move(d)); }

// Over its quota, a recommender that ranks its cases keeps those ranked 1 to the quota: the
// others (ranked beyond it, or not ranked) are outside. One that ranks none must choose: all are.
// Ranks given twice leave more cases inside than the quota allows: then all are outside too
// (batch.rank-conflict says which ranks collide).
void check_quotas(std::vector<FileResult>& files, const Groups& groups, const Rules& rules) {
  for (const auto& [key, members] : groups) {
    const CaseFacts& first = files[members.front()].facts;
    const long long limit = quota_for(first, rules);
    const auto count = static_cast<long long>(members.size());
    if (count <= limit) continue;
    auto ranked = [&](std::size_t i) {
      const auto& rank = files[i].facts.rank;
      return rank && *rank >= 1;
    };
    bool any_ranked = false;
    long long inside = 0;
    for (std::size_t i : members) {
      any_ranked = any_ranked || ranked(i);
      inside += ranked(i) && *files[i].facts.rank <= limit;
    }
    const bool by_rank = any_ranked && inside <= limit;
    for (std::size_t i : members) {
      const CaseFacts& f = files[i].facts;
      const char* id = "batch.quota-exceeded";
      if (by_rank && ranked(i) && *f.rank <= limit) continue;
      if (by_rank) id = ranked(i) ? "batch.quota-exceeded.beyond-rank" : "batch.quota-exceeded.unranked";
      add(files[i], diagnose(id, "recommender", f.recommender_position, 0,
                             {{"recommender", recommender_name(first, rules)}, {"count", count},
                              {"limit", limit}, {"rank", f.rank.value_or(0)}}));
    }
  }
}

// The other files of a group, for the message: at most three named, then how many more.
Text others_of(const std::vector<FileResult>& files, const std::vector<std::size_t>& members, std::size_t self) {
  Text t;
  std::size_t named = 0, rest = 0;
  for (std::size_t j : members) {
    if (j == self) continue;
    if (named == 3) {
      ++rest;
      continue;
    }
    if (named++ > 0) t.zh += "、", t.en += ", ";
    t.zh += files[j].path, t.en += files[j].path;
  }
  if (rest > 0) t.zh += fmt::format(" 等另外 {} 个文件", rest), t.en += fmt::format(" and {} more", rest);
  return t;
}

// One finding on each file of every group of two or more.
template <typename Make>
void report_groups(std::vector<FileResult>& files, const Groups& groups, Make make) {
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    for (std::size_t i : members) add(files[i], make(files[i].facts, others_of(files, members, i)));
  }
}

void check_ranks(std::vector<FileResult>& files, const Groups& by_recommender) {
  Groups by_rank;
  for (const auto& [key, members] : by_recommender)
    for (std::size_t i : members)
      if (files[i].facts.rank) by_rank[key + '\n' + std::to_string(*files[i].facts.rank)].push_back(i);
  report_groups(files, by_rank, [](const CaseFacts& f, Text others) {
    return diagnose("batch.rank-conflict", "recommender.rank", f.rank_position, 0,
                    {{"rank", *f.rank}, {"other", std::move(others)}});
  });
}

void check_duplicates(std::vector<FileResult>& files) {
  Groups by_title, by_code_and_platform;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const CaseFacts& f = files[i].facts;
    if (!f.title.empty()) by_title[f.title].push_back(i);
    if (!f.credit_code.empty() && !f.platform.empty())
      by_code_and_platform[f.credit_code + '\n' + f.platform].push_back(i);
  }
  report_groups(files, by_title, [](const CaseFacts& f, Text others) {
    return diagnose("batch.duplicate-case.title", "title", f.title_position, 0, {{"other", std::move(others)}});
  });
  // Same code and platform: worth its own finding only where the titles differ (else said above).
  for (auto& [key, members] : by_code_and_platform) {
    std::map<std::string, int> titles;
    for (std::size_t i : members) ++titles[files[i].facts.title];
    if (titles.size() < 2) members.clear();
  }
  report_groups(files, by_code_and_platform, [](const CaseFacts& f, Text others) {
    return diagnose("batch.duplicate-case.code-platform", "applicant.credit_code", f.credit_code_position, 0,
                    {{"other", std::move(others)}});
  });
}

}  // namespace

void check_batch(std::vector<FileResult>& files, const Rules& rules) {
  Groups by_recommender;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (std::string key = recommender_key(files[i].facts, rules); !key.empty()) by_recommender[key].push_back(i);
  check_quotas(files, by_recommender, rules);
  check_ranks(files, by_recommender);
  check_duplicates(files);
  for (FileResult& file : files) sort_diagnostics(file.diagnostics);
}

}  // namespace iipcase
