// Tests of src/platform (files_posix.cpp) and of find_case_files on a real temporary folder:
// same_file through links, reading that never blocks, the exclusive temporary file, the search
// that stays inside the folder.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "iipcase/check.h"
#include "platform/files.h"

namespace fs = std::filesystem;
namespace platform = iipcase::platform;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct Folder {
  fs::path path;
  Folder() {
    std::string name = (fs::temp_directory_path() / "iipcase-unit-XXXXXX").string();
    path = ::mkdtemp(name.data());
  }
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  std::string write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

std::string contents(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("same_file: one file through a symbolic link, a hard link and ./", "[platform]") {
  Folder f;
  std::string a = f.write("a.yaml", "x: 1\n");
  std::string b = f.write("b.yaml", "x: 1\n");
  fs::create_symlink(a, f.path / "link");
  fs::create_hard_link(a, f.path / "hard");
  auto status = [](const fs::path& p) { return platform::file_status(p.string(), true); };
  CHECK(platform::same_file(status(a), status(f.path / "link")));
  CHECK(platform::same_file(status(a), status(f.path / "hard")));
  CHECK(platform::same_file(status(a), status(f.path / "." / "a.yaml")));
  CHECK_FALSE(platform::same_file(status(a), status(b)));
  CHECK_FALSE(platform::same_file(status(f.path / "missing"), status(f.path / "missing")));
  CHECK(platform::file_status((f.path / "link").string(), false).kind == platform::FileKind::symlink);
}

TEST_CASE("read_file: a FIFO and a folder are not read, a file is", "[platform]") {
  Folder f;
  std::string a = f.write("a.yaml", "title: x\n");
  REQUIRE(::mkfifo((f.path / "fifo").c_str(), 0600) == 0);
  platform::FileContents fifo = platform::read_file((f.path / "fifo").string(), 100);  // must not block
  CHECK(fifo.problem == platform::ReadProblem::not_a_file);
  CHECK(fifo.detail == "fifo");
  CHECK(platform::read_file(f.path.string(), 100).detail == "folder");
  CHECK(platform::read_file((f.path / "missing").string(), 100).problem == platform::ReadProblem::failed);
  platform::FileContents file = platform::read_file(a, 100);
  CHECK(file.problem == platform::ReadProblem::none);
  CHECK(file.bytes == "title: x\n");
  platform::FileContents big = platform::read_file(a, 4);
  CHECK(big.size == 9);
  CHECK(big.bytes.empty());
}

TEST_CASE("TemporaryFile: replaces the target whole, keeps its mode, leaves nothing when dropped",
          "[platform]") {
  Folder f;
  std::string target = f.write("report.json", "old\n");
  ::chmod(target.c_str(), 0600);
  {
    platform::TemporaryFile t(target, 0600);
    CHECK(fs::path(t.path()).parent_path() == f.path);
    t.stream() << "new\n";
    CHECK(contents(target) == "old\n");
    t.replace_target();
  }
  CHECK(contents(target) == "new\n");
  CHECK((fs::status(target).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  {
    platform::TemporaryFile t(target, 0600);
    t.stream() << "half";
  }
  CHECK(contents(target) == "new\n");
  CHECK(std::distance(fs::directory_iterator(f.path), fs::directory_iterator()) == 1);
  platform::TemporaryFile first(target, 0);
  CHECK(first.path().find(".report.json.iipcase-") != std::string::npos);
}

TEST_CASE("find_case_files: links are followed only to files inside the folder searched", "[platform]") {
  Folder f;
  f.write("secret.env", "TOKEN=1\n");
  f.write("cases/sub/real.yaml", "x: 1\n");
  f.write("cases-old/old.yaml", "x: 1\n");
  fs::create_symlink(f.path / "secret.env", f.path / "cases" / "secret.yaml");
  fs::create_symlink("../cases-old/old.yaml", f.path / "cases" / "old.yaml");
  fs::create_symlink("sub/real.yaml", f.path / "cases" / "inside.yaml");
  fs::create_symlink("sub", f.path / "cases" / "folder-link");
  fs::create_symlink("nowhere.yaml", f.path / "cases" / "dangling.yaml");
  std::string root = (f.path / "cases").string();
  iipcase::CaseFiles found = iipcase::find_case_files({root});
  CHECK(found.files == std::vector<std::string>{root + "/inside.yaml", root + "/sub/real.yaml"});
  REQUIRE(found.skipped_links.size() == 3);
  CHECK(found.skipped_links[0].path == root + "/dangling.yaml");
  CHECK(found.skipped_links[0].dangling);
  CHECK_FALSE(found.skipped_links[1].dangling);
}
