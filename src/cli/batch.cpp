#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "cli/output.h"

namespace text2akn::cli {
namespace fs = std::filesystem;
namespace {

struct Job {
  std::string input;
  std::string output;
};

struct Outcome {
  bool ok = false;
  std::string error;
  int status = 0;
  Result result;
  double seconds = 0;
};

bool is_inside(const fs::path& child, const fs::path& dir) {
  auto c = child.lexically_normal(), d = dir.lexically_normal();
  auto [a, b] = std::mismatch(d.begin(), d.end(), c.begin(), c.end());
  return a == d.end() || (a != d.end() && a->empty() && std::next(a) == d.end());
}

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
        jobs.push_back({p.string(), (out_dir / fs::relative(p, root).replace_extension(".xml")).string()});
    } else if (fs::exists(root, ec)) {
      jobs.push_back({in, (out_dir / root.filename().replace_extension(".xml")).string()});
    } else {
      problems.push_back(in + ": no such file or folder");
    }
  }
  for (Job& j : jobs) {
    fs::path out = fs::absolute(j.output).lexically_normal();
    if (!is_inside(out, out_dir)) j.output.clear();
    if (fs::absolute(j.input).lexically_normal() == out) j.output.clear();
  }
  return jobs;
}

Outcome convert_one(const Converter& converter, const Job& job) {
  Outcome o;
  auto start = std::chrono::steady_clock::now();
  try {
    if (job.output.empty())
      throw Error(Status::output_unwritable, job.input, "refused: the output would overwrite an input or leave --out-dir");
    o.result = converter.convert(read_file(job.input), job.input);
    write_atomically(job.output, o.result.xml);
    o.ok = true;
  } catch (const Error& e) {
    o.error = e.describe();
    o.status = static_cast<int>(e.status());
  } catch (const std::exception& e) {
    o.error = job.input + ": " + e.what();
    o.status = static_cast<int>(Status::input_invalid);
  }
  o.result.xml.clear();  // the report keeps counts, not documents
  o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return o;
}

std::string report_entry(const Job& job, const Outcome& o) {
  std::ostringstream out;
  const Summary& s = o.result.summary;
  out << "{\"input\": " << json_string(job.input) << ", \"output\": " << json_string(o.ok ? job.output : "")
      << ", \"status\": " << json_string(o.ok ? "ok" : "failed") << ", \"exit\": " << o.status;
  if (!o.ok) out << ", \"error\": " << json_string(o.error);
  out << ", \"kind\": " << json_string(s.kind) << ", \"symbol\": " << json_string(s.symbol)
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
  auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      Outcome o = convert_one(converter, jobs[i]);
      if (!o.ok) ++failed;
      {
        std::lock_guard<std::mutex> lock(print);
        if (!o.ok) std::cerr << "text2akn: " << o.error << "\n";
        else if (!options.quiet) print_diagnostics(jobs[i].input, o.result.diagnostics);
      }
      if (!options.report.empty()) entries[i] = report_entry(jobs[i], o);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < jobs.size(); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
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
