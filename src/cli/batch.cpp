#include "cli/batch.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <set>
#include <thread>

#include "cli/output.h"

namespace text2akn::cli {
namespace fs = std::filesystem;
namespace {

struct Job {
  std::string input;
  std::string output;
  std::string refusal;  // why this job may not run, if it may not
};

struct Outcome {
  bool ok = false;
  std::string error;
  int status = 0;
  Result result;
  double seconds = 0;
  size_t bytes = 0;  // input size
};

bool is_inside(const fs::path& child, const fs::path& dir) {
  auto c = child.lexically_normal(), d = dir.lexically_normal();
  auto [a, b] = std::mismatch(d.begin(), d.end(), c.begin(), c.end());
  return a == d.end() || (a != d.end() && a->empty() && std::next(a) == d.end());
}

// Real paths (symlinks resolved) of many files in few folders: each folder is resolved once
// and each file costs one lstat, where fs::weakly_canonical would read every component of
// every path again (16 readlink calls per file here, serial before the batch starts).
class RealPaths {
 public:
  RealPaths() : cwd_(fs::current_path()) {}
  fs::path absolute(const fs::path& path) const { return (path.is_absolute() ? path : cwd_ / path).lexically_normal(); }
  fs::path of(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = this->absolute(path);
    if (fs::is_symlink(fs::symlink_status(absolute, ec)) || !absolute.has_parent_path())
      return fs::weakly_canonical(absolute, ec);
    auto [folder, added] = folders_.try_emplace(absolute.parent_path());
    if (added) folder->second = fs::weakly_canonical(absolute.parent_path(), ec);
    return folder->second / absolute.filename();
  }

 private:
  fs::path cwd_;
  std::map<fs::path, fs::path> folders_;
};

// Folders are searched recursively for *.txt; outputs keep the path relative to the folder.
std::vector<Job> plan(const BatchOptions& o, std::vector<std::string>& problems) {
  std::vector<Job> jobs;
  fs::path out_dir = fs::absolute(o.out_dir);
  for (const std::string& in : o.inputs) {
    std::error_code ec;
    fs::path root(in);
    if (fs::is_directory(root, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path());
      std::sort(found.begin(), found.end());
      for (const fs::path& p : found)
        jobs.push_back({p.string(), (out_dir / p.lexically_relative(root).replace_extension(".xml")).string(), ""});
    } else if (fs::exists(root, ec)) {
      jobs.push_back({in, (out_dir / root.filename().replace_extension(".xml")).string(), ""});
    } else {
      problems.push_back(in + ": no such file or folder");
    }
  }
  // Outputs stay inside --out-dir, never replace an input (also through a symlink), and two
  // inputs of one name do not share an output: such jobs fail with a message, the rest run.
  // A folder inside --out-dir that is a symlink to elsewhere counts as elsewhere.
  std::set<fs::path> inputs, outputs;
  std::error_code ec;
  RealPaths real_paths;
  for (const Job& j : jobs) inputs.insert(real_paths.of(j.input));
  fs::path real_out_dir = fs::weakly_canonical(out_dir, ec);
  for (Job& j : jobs) {
    fs::path out = real_paths.absolute(j.output);
    fs::path real = real_paths.of(out);
    if (!is_inside(out, out_dir) || !is_inside(real, real_out_dir) || inputs.count(real)) {
      j.refusal = "refused: the output " + j.output + " would overwrite an input or leave --out-dir";
    } else if (!outputs.insert(real).second) {
      j.refusal = "refused: another input already writes " + j.output;
    }
  }
  return jobs;
}

Outcome convert_one(const Converter& converter, const Job& job) {
  Outcome o;
  auto start = std::chrono::steady_clock::now();
  try {
    if (!job.refusal.empty()) throw Error(Status::output_unwritable, job.input, job.refusal);
    std::string text = read_file(job.input);
    o.bytes = text.size();
    AtomicFile file(job.output);
    o.result = converter.convert(text, job.input, [&](std::string_view piece) { file.write(piece); });
    file.commit();
    o.ok = true;
  } catch (const Error& e) {
    o.error = e.describe();
    o.status = static_cast<int>(e.status());
  } catch (const std::exception& e) {
    o.error = job.input + ": " + e.what();
    o.status = static_cast<int>(Status::input_invalid);
  }
  o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return o;
}

// The progress line of a batch on a terminal: files done of total, MB/s of input, errors
// and the time left, redrawn at most ten times a second by a thread of its own. Other
// messages go through clear() first, so that they never share a line with the bar.
class Progress {
 public:
  Progress(bool enabled, size_t total, std::mutex& print) : enabled_(enabled), total_(total), print_(print) {
    if (enabled_) thread_ = std::thread([this] { run(); });
  }
  ~Progress() { finish(); }

  void add(size_t bytes, bool ok) {
    bytes_ += bytes;
    failed_ += !ok;
    ++done_;
  }
  // Call with the print mutex held, before writing a message to stderr ...
  void clear() {
    if (enabled_ && drawn_) {
      std::fputs("\r\033[K", stderr);
      drawn_ = false;
    }
  }
  // ... and after it: the bar comes back below the message as it was (no new figures).
  void repaint() {
    if (enabled_ && !line_.empty()) {
      std::fputs(("\r\033[K" + line_).c_str(), stderr);
      std::fflush(stderr);
      drawn_ = true;
    }
  }
  void finish() {
    if (!enabled_) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
    std::lock_guard<std::mutex> lock(print_);
    clear();
    std::fflush(stderr);
    enabled_ = false;
  }

 private:
  void run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stop_; })) {
      std::lock_guard<std::mutex> p(print_);
      draw();
    }
  }

  static std::string clock(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    char b[32];
    if (s >= 3600) std::snprintf(b, sizeof b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(b, sizeof b, "%ld:%02ld", s / 60, s % 60);
    return b;
  }

  void draw() {
    size_t done = done_, failed = failed_;
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double mb_s = elapsed > 0 ? bytes_ / 1e6 / elapsed : 0;
    std::string eta = done ? clock(elapsed * (total_ - done) / done) : "?";
    char text[160];
    std::snprintf(text, sizeof text, " %zu/%zu files  %.1f MB/s  %zu error%s  ETA %s", done, total_, mb_s, failed,
                  failed == 1 ? "" : "s", eta.c_str());
    winsize w{};
    int columns = ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0 ? w.ws_col : 80;
    std::string line;
    int room = columns - 1 - static_cast<int>(std::strlen(text)) - 2;
    if (room >= 10) {
      int width = std::min(room, 40), full = static_cast<int>(width * done / std::max<size_t>(total_, 1));
      line = "[" + std::string(full, '#') + std::string(width - full, '.') + "]";
    }
    line += text;
    if (static_cast<int>(line.size()) > columns - 1) line.resize(std::max(columns - 1, 0));
    line_ = line;
    repaint();
  }

  bool enabled_;
  size_t total_;
  std::mutex& print_;
  std::atomic<size_t> done_{0}, failed_{0}, bytes_{0};
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool drawn_ = false;  // guarded by print_
  std::string line_;    // the bar as last drawn; guarded by print_
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

std::string report_entry(const Job& job, const Outcome& o) {
  std::ostringstream out;
  const Summary& s = o.result.summary;
  out << "{\"input\": " << json_string(job.input) << ", \"output\": " << json_string(o.ok ? job.output : "")
      << ", \"status\": " << json_string(o.ok ? "ok" : "failed") << ", \"exit\": " << o.status;
  if (!o.ok) out << ", \"error\": " << json_string(o.error);
  out << ", \"language\": " << json_string(s.language) << ", \"kind\": " << json_string(s.kind) << ", \"symbol\": " << json_string(s.symbol)
      << ", \"date\": " << json_string(s.date) << ", \"preamble\": " << s.preamble_clauses
      << ", \"operative\": " << s.operative_paragraphs << ", \"annexes\": " << s.annexes
      << ", \"dropped_lines\": " << s.dropped_lines << ", \"seconds\": " << o.seconds << ", \"diagnostics\": [";
  for (size_t i = 0; i < o.result.diagnostics.size(); ++i) {
    const Diagnostic& d = o.result.diagnostics[i];
    out << (i ? ", " : "") << "{\"code\": " << json_string(d.code) << ", \"message\": " << json_string(d.message)
        << ", \"line\": " << d.line << ", \"column\": " << d.column << "}";
  }
  out << "]}";
  return out.str();
}

}  // namespace

void print_diagnostics(const std::string& name, const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) {
    std::cerr << name;
    if (d.line > 0) std::cerr << ":" << d.line << ":" << d.column;
    std::cerr << ": " << (d.severity == Diagnostic::Severity::error ? "error" : "warning") << " [" << d.code
              << "] " << d.message << "\n";
  }
}

int run_batch(const Converter& converter, const BatchOptions& options) {
  std::vector<std::string> problems;
  std::vector<Job> jobs = plan(options, problems);
  for (const std::string& p : problems) std::cerr << "text2akn: " << p << "\n";
  std::vector<std::string> entries(jobs.size());
  std::atomic<size_t> next{0}, failed{0};
  std::mutex print;
  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Progress progress(!options.quiet && isatty(STDERR_FILENO), jobs.size(), print);
  auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      Outcome o = convert_one(converter, jobs[i]);
      if (!o.ok) ++failed;
      progress.add(o.bytes, o.ok);
      if (!o.ok || (!options.quiet && !o.result.diagnostics.empty())) {
        std::lock_guard<std::mutex> lock(print);
        progress.clear();
        if (!o.ok) std::cerr << "text2akn: " << o.error << "\n";
        else print_diagnostics(jobs[i].input, o.result.diagnostics);
        progress.repaint();
      }
      if (!options.report.empty()) entries[i] = report_entry(jobs[i], o);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < jobs.size(); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  progress.finish();
  if (!options.report.empty()) {
    std::string json = "{\"documents\": [\n";
    for (size_t i = 0; i < entries.size(); ++i) json += (i ? ",\n" : "") + entries[i];
    json += "\n], \"total\": " + std::to_string(jobs.size()) + ", \"failed\": " + std::to_string(failed.load()) + "}\n";
    write_atomically(options.report, json);
  }
  if (!options.quiet)
    std::cerr << "text2akn: " << jobs.size() - failed << " of " << jobs.size() << " converted, " << failed
              << " failed" << (problems.empty() ? "" : ", " + std::to_string(problems.size()) + " inputs missing") << "\n";
  return failed || !problems.empty() ? static_cast<int>(Status::some_failed) : 0;
}

}  // namespace text2akn::cli
