// A write-only stream buffer over an open file, for the platforms' TemporaryFile: it gathers
// the report 64 KiB at a time and hands the bytes to the platform's write.
#pragma once

#include <cstddef>
#include <functional>
#include <streambuf>
#include <utility>

namespace iipcase::platform {

class WriteBuffer : public std::streambuf {
 public:
  // Writes some of the bytes given and returns how many: 0 when it failed.
  using Write = std::function<std::size_t(const char* bytes, std::size_t size)>;

  explicit WriteBuffer(Write write) : m_write(std::move(write)) {
    setp(m_buffer, m_buffer + sizeof m_buffer);
  }
  int sync() override { return drain() ? 0 : -1; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

 private:
  bool drain() {
    for (char* p = pbase(); p < pptr();) {
      std::size_t written = m_write(p, static_cast<std::size_t>(pptr() - p));
      if (written == 0) return false;
      p += written;
    }
    setp(m_buffer, m_buffer + sizeof m_buffer);
    return true;
  }

  Write m_write;
  char m_buffer[65536];
};

}  // namespace iipcase::platform
