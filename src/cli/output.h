// Safe output: every file is written to a temporary file beside its target and renamed,
// so a reader never sees half a file; an interrupt removes the temporary files.
#pragma once
#include <string>
#include <string_view>

namespace text2akn::cli {

// A file written in pieces to a temporary file beside path and renamed over it by commit();
// destroyed without commit() (an error on the way), it leaves nothing behind. A device or a
// pipe at path is written into as it is. Errors throw Error(output_unwritable).
class AtomicFile {
 public:
  explicit AtomicFile(const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  void write(std::string_view bytes);
  void commit();

 private:
  std::string path_, temp_;  // temp_ empty: written in place
  int fd_ = -1;
  int slot_ = -1;
};

// Writes bytes to path atomically; throws Error(output_unwritable).
void write_atomically(const std::string& path, const std::string& bytes);
// Installs SIGINT/SIGTERM handlers that remove pending temporary files and exit 130.
void install_interrupt_cleanup();
// Reads a whole file; throws Error(input_unreadable) for a missing file or a folder.
std::string read_file(const std::string& path);
// JSON string literal.
std::string json_string(const std::string& s);

}  // namespace text2akn::cli
