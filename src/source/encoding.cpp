// Checks the raw bytes of a file before parsing: size, UTF-16/32, NUL bytes, UTF-8 validity.
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "messages.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

using namespace std::string_view_literals;

struct ByteOrderMark {
  std::string_view bytes;
  const char* encoding;
};

// UTF-32LE's mark begins with UTF-16LE's, so the longer marks are tried first.
constexpr ByteOrderMark k_byte_order_marks[] = {
    {"\xFF\xFE\0\0"sv, "UTF-32LE"},
    {"\0\0\xFE\xFF"sv, "UTF-32BE"},
    {"\xFF\xFE"sv, "UTF-16LE"},
    {"\xFE\xFF"sv, "UTF-16BE"},
};

constexpr std::size_t k_guess_window = 32;

unsigned char byte_at(std::string_view bytes, std::size_t i) { return static_cast<unsigned char>(bytes[i]); }

// UTF-16/32 without a mark, told by where the NULs of an ASCII start fall (YAML 1.2, 5.2).
// For UTF-16 the NULs of the first bytes must all fall on one side, and in most units (YAML
// keys are ASCII), so that a binary file that merely starts with "A\0" is called binary.
const char* unicode_without_bom(std::string_view bytes) {
  if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0)
    return "UTF-32BE";
  if (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)
    return "UTF-32LE";
  if (bytes.size() < 2 || (bytes[0] == 0) == (bytes[1] == 0)) return nullptr;
  std::size_t zero_side = bytes[0] == 0 ? 0 : 1;
  std::size_t window = std::min(bytes.size(), k_guess_window) & ~std::size_t{1};
  std::size_t nuls = 0;
  for (std::size_t i = 0; i < window; ++i) {
    if (bytes[i] != 0) continue;
    if (i % 2 != zero_side) return nullptr;
    ++nuls;
  }
  if (nuls * 2 < window / 2) return nullptr;
  return zero_side == 0 ? "UTF-16BE" : "UTF-16LE";
}

// Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7:
// no overlongs, no surrogates, nothing above U+10FFFF, nothing cut off), or npos.
std::size_t first_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Case files are mostly ASCII keys and punctuation: take eight such bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char lead = p[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
      length = 2;
    else if (lead == 0xE0)
      length = 3, low = 0xA0;
    else if (lead == 0xED)
      length = 3, high = 0x9F;
    else if (lead >= 0xE1 && lead <= 0xEF)
      length = 3;
    else if (lead == 0xF0)
      length = 4, low = 0x90;
    else if (lead >= 0xF1 && lead <= 0xF3)
      length = 4;
    else if (lead == 0xF4)
      length = 4, high = 0x8F;
    else
      return i;
    if (i + length > n || p[i + 1] < low || p[i + 1] > high) return i;
    for (std::size_t k = 2; k < length; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += length;
  }
  return std::string_view::npos;
}

// Whether every non-ASCII byte belongs to a GBK/GB18030 sequence: 2 bytes (81–FE, 40–7E|80–FE)
// or 4 bytes (81–FE, 30–39, 81–FE, 30–39). Files saved by Chinese Windows tools often are.
bool looks_like_gb18030(std::string_view bytes) {
  auto in = [](unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; };
  const std::size_t n = bytes.size();
  bool multi_byte = false;
  for (std::size_t i = 0; i < n;) {
    unsigned char lead = byte_at(bytes, i);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (!in(lead, 0x81, 0xFE) || i + 1 >= n) return false;
    unsigned char second = byte_at(bytes, i + 1);
    if (in(second, 0x40, 0x7E) || in(second, 0x80, 0xFE)) {
      i += 2;
    } else if (in(second, 0x30, 0x39) && i + 3 < n && in(byte_at(bytes, i + 2), 0x81, 0xFE) &&
               in(byte_at(bytes, i + 3), 0x30, 0x39)) {
      i += 4;
    } else {
      return false;
    }
    multi_byte = true;
  }
  return multi_byte;
}

// Line and code-point column of a byte offset; the UTF-8 mark takes no column.
Position position_in(std::string_view bytes, std::size_t offset) {
  std::string_view before = bytes.substr(0, offset);
  SourceText text(before);  // indexes only what precedes the offset
  return text.position_of(text.text().size());
}

// The file name as a shell word, so that the iconv command in the hint can be pasted.
std::string shell_word(std::string_view name) {
  bool plain = !name.empty();
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    bool ok = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              std::strchr("._-/+=:@,", c) != nullptr;
    plain = plain && ok && c != '\0';
  }
  if (plain) return std::string(name);
  std::string quoted = "'";
  for (char c : name) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::optional<Diagnostic> sniff_bytes(std::string_view bytes, std::size_t max_size,
                                      std::string_view file_name) {
  if (bytes.size() > max_size)
    return diagnose(
        "file.too-large", "", {}, 0,
        {Arg{"size", static_cast<long long>(bytes.size())}, Arg{"limit", static_cast<long long>(max_size)}});
  for (const ByteOrderMark& mark : k_byte_order_marks)
    if (bytes.substr(0, mark.bytes.size()) == mark.bytes)
      return diagnose("file.encoding.bom", "", {}, 0,
                      {Arg{"encoding", mark.encoding}, Arg{"file", shell_word(file_name)}});
  if (const char* encoding = unicode_without_bom(bytes))
    return diagnose("file.encoding.no-bom", "", {}, 0,
                    {Arg{"encoding", encoding}, Arg{"file", shell_word(file_name)}});
  // memchr is vectorised: a separate pass for NUL costs less than a check in the loop below.
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    return diagnose("file.binary", "", position_in(bytes, offset), 1);
  }
  std::size_t bad = first_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return std::nullopt;
  Position where = position_in(bytes, bad);
  if (looks_like_gb18030(bytes))
    return diagnose("file.encoding.gbk", "", where, 1, {Arg{"file", shell_word(file_name)}});
  return diagnose("file.encoding.invalid", "", where, 1,
                  {Arg{"byte", fmt::format("0x{:02X}", byte_at(bytes, bad))}});
}

}  // namespace iipcase
