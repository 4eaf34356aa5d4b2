// Safe output: every file is written to a temporary file beside its target and renamed,
// so a reader never sees half a file; an interrupt removes the temporary files.
#pragma once
#include <string>

namespace text2akn::cli {

// Writes bytes to path atomically; throws Error(output_unwritable).
void write_atomically(const std::string& path, const std::string& bytes);
// Installs SIGINT/SIGTERM handlers that remove pending temporary files and exit 130.
void install_interrupt_cleanup();
// Reads a whole file; throws Error(input_unreadable) for a missing file or a folder.
std::string read_file(const std::string& path);
// JSON string literal.
std::string json_string(const std::string& s);

}  // namespace text2akn::cli
