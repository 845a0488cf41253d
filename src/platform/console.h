// The terminal the program writes to. One implementation per platform (console_posix.cpp,
// console_windows.cpp); the rest of the code has no platform #ifdef.
#pragma once

#include <cstdio>

namespace iipcase::platform {

// Makes standard output and error carry UTF-8 bytes as written: on Windows the console shows
// them as UTF-8 (SetConsoleOutputCP) and "\n" stays "\n" (no CR added), so reports are the same
// bytes on every platform. Nothing to do elsewhere.
void prepare_console();

// Whether the stream is a terminal (a console on Windows; not a pipe, a file or NUL), where
// colour is wanted with --color auto.
bool is_terminal(std::FILE* stream);

}  // namespace iipcase::platform
