#include "cli/output.h"

#include "cli/json.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "text2akn.h"

namespace text2akn::cli {
namespace {

// Temporary files being written, kept in fixed storage so the signal handler can reach them.
constexpr int kSlots = 64;
char pending[kSlots][4096];
std::atomic<bool> used[kSlots];
std::mutex slot_mutex;

int claim(const std::string& path) {
  std::lock_guard<std::mutex> lock(slot_mutex);
  for (int i = 0; i < kSlots; ++i)
    if (!used[i]) {
      std::snprintf(pending[i], sizeof pending[i], "%s", path.c_str());
      used[i] = true;
      return i;
    }
  return -1;
}

void release(int slot) {
  if (slot >= 0) used[slot] = false;
}

extern "C" void on_interrupt(int) {
  for (int i = 0; i < kSlots; ++i)
    if (used[i]) unlink(pending[i]);
  _exit(static_cast<int>(Status::interrupted));
}

void write_all(int fd, const std::string& bytes, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
}

void write_through(const std::string& path, const std::string& bytes) {
  int fd = open(path.c_str(), O_WRONLY);
  if (fd < 0) throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(errno));
  try {
    write_all(fd, bytes, path);
  } catch (...) {
    close(fd);
    throw;
  }
  if (close(fd) != 0) throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(errno));
}

}  // namespace

void install_interrupt_cleanup() {
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
}

void write_atomically(const std::string& path, const std::string& bytes) {
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  // A device or a pipe is written into, as it is: renaming over it would replace it.
  if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
    if (fs::is_directory(target, ec)) throw Error(Status::output_unwritable, path, "cannot write: is a folder");
    return write_through(path, bytes);
  }
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  std::string temp = path + ".tmp." + std::to_string(getpid());
  int slot = claim(temp);
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    release(slot);
    throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(errno));
  }
  try {
    write_all(fd, bytes, path);
  } catch (...) {
    close(fd);
    unlink(temp.c_str());
    release(slot);
    throw;
  }
  bool ok = close(fd) == 0 && std::rename(temp.c_str(), path.c_str()) == 0;
  int err = errno;
  if (!ok) unlink(temp.c_str());
  release(slot);
  if (!ok) throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(err));
}

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(Status::input_unreadable, path, "is a folder (use 'text2akn batch' for folders)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Status::input_unreadable, path, std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string json_string(const std::string& s) { return json::quote(s); }

}  // namespace text2akn::cli
