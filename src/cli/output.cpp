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

[[noreturn]] void fail(const std::string& path, int err) {
  throw Error(Status::output_unwritable, path, std::string("cannot write: ") + std::strerror(err));
}

}  // namespace

void install_interrupt_cleanup() {
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
}

AtomicFile::AtomicFile(const std::string& path) : path_(path) {
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  // A device or a pipe is written into, as it is: renaming over it would replace it.
  if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
    if (fs::is_directory(target, ec)) throw Error(Status::output_unwritable, path, "cannot write: is a folder");
    fd_ = open(path.c_str(), O_WRONLY);
    if (fd_ < 0) fail(path_, errno);
    return;
  }
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  temp_ = path + ".tmp." + std::to_string(getpid());
  slot_ = claim(temp_);
  fd_ = open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd_ < 0) {
    int err = errno;
    release(slot_);
    fail(path_, err);
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!temp_.empty()) {
    unlink(temp_.c_str());
    release(slot_);
  }
}

void AtomicFile::write(std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path_, errno);
    done += static_cast<size_t>(n);
  }
}

void AtomicFile::commit() {
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) fail(path_, errno);
  if (temp_.empty()) return;
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, errno);  // the destructor removes temp_
  release(slot_);
  temp_.clear();
}

void write_atomically(const std::string& path, const std::string& bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
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
