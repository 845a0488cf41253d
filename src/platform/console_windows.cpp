// The console on Windows: UTF-8 out, no CR/LF translation, and a real console told apart from
// NUL (which _isatty takes for a terminal) by asking for its mode. File names and arguments are
// UTF-8 through the application manifest (packaging/windows/iipcase.manifest: activeCodePage).
#include "platform/console.h"

#include <fcntl.h>
#include <io.h>
#include <windows.h>

namespace iipcase::platform {

void prepare_console() {
  SetConsoleOutputCP(CP_UTF8);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  _setmode(_fileno(stdin), _O_BINARY);
}

bool is_terminal(std::FILE* stream) {
  DWORD mode = 0;
  return GetConsoleMode(reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))), &mode) != 0;
}

}  // namespace iipcase::platform
