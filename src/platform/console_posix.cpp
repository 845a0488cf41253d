// The terminal on POSIX systems: bytes go out as they are.
#include "platform/console.h"

#include <unistd.h>

namespace iipcase::platform {

void prepare_console() {}

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

}  // namespace iipcase::platform
