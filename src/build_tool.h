// The frame of the build-time tools (rules_compiler, codes_compiler): read one data file, turn it
// into one output file written whole, and fail the build with the data's defect on stderr.
#pragma once

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace iipcase {

// Runs `make(text, input_path)` on argv[1]'s bytes and writes its result to argv[2] (a temporary
// file renamed, so a failed run leaves no half-written output). Exit status: 0 done, 1 the data
// is broken (make threw std::runtime_error) or the output could not be written, 2 usage.
template <typename Make>
int run_build_tool(int argc, char** argv, const char* usage, Make make) {
  if (argc != 3) {
    std::cerr << "usage: " << usage << '\n';
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 2;
  }
  try {
    const std::string output = make(text, argv[1]);
    const std::string temporary = std::string(argv[2]) + ".tmp";
    std::ofstream(temporary, std::ios::binary) << output;
    if (std::rename(temporary.c_str(), argv[2]) == 0) return 0;
    std::remove(argv[2]);  // Windows' rename replaces no file (the build runs this tool under wine)
    return std::rename(temporary.c_str(), argv[2]) == 0 ? 0 : 1;
  } catch (const std::runtime_error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}

}  // namespace iipcase
