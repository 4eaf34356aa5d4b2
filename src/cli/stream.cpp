#include "cli/stream.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/json.h"

namespace text2akn::cli {
namespace {

struct BadLine : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string diagnostics_json(const std::vector<Diagnostic>& diags) {
  std::string out = "[";
  for (size_t i = 0; i < diags.size(); ++i) {
    const Diagnostic& d = diags[i];
    if (i) out += ',';
    out += "{\"severity\":";
    out += d.severity == Diagnostic::Severity::error ? "\"error\"" : "\"warning\"";
    out += ",\"code\":" + json::quote(d.code) + ",\"message\":" + json::quote(d.message) +
           ",\"line\":" + std::to_string(d.line) + ",\"column\":" + std::to_string(d.column) + "}";
  }
  return out + "]";
}

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// Writes one line and flushes it; false when stdout can no longer be written.
bool emit(std::FILE* out, const std::string& line) {
  return std::fwrite(line.data(), 1, line.size(), out) == line.size() && std::fputc('\n', out) != EOF &&
         std::fflush(out) == 0;
}

}  // namespace

std::string stream_one(const Converter& converter, const std::string& line, size_t line_number, bool* ok) {
  json::Value id;  // null until the line gives one
  std::string error;
  int status = static_cast<int>(Status::input_invalid);
  std::string where = "line " + std::to_string(line_number);
  try {
    json::Value v = json::parse(line);
    if (!v.is(json::Value::Type::object)) throw BadLine("a line must be a JSON object {\"id\": ..., \"text\": ...}");
    if (const json::Value* i = v.find("id")) id = *i;
    if (id.is(json::Value::Type::string)) where = id.text;
    else if (!id.is(json::Value::Type::null)) where = "id " + json::write(id);
    const json::Value* text = v.find("text");
    if (!text || !text->is(json::Value::Type::string)) throw BadLine("the object has no \"text\" string");
    Result r = converter.convert(text->text, where);
    if (ok) *ok = true;
    std::string out = "{\"id\":" + json::write(id) + ",\"ok\":true,\"xml\":";
    out += json::quote(r.xml);
    out += ",\"diagnostics\":" + diagnostics_json(r.diagnostics) + "}";
    return out;
  } catch (const json::ParseError& e) {
    error = "line " + std::to_string(line_number) + ": " + e.what();
  } catch (const BadLine& e) {
    error = "line " + std::to_string(line_number) + ": " + e.what();
  } catch (const Error& e) {
    error = e.describe();
    status = static_cast<int>(e.status());
  } catch (const std::exception& e) {
    error = where + ": " + e.what();
  }
  if (ok) *ok = false;
  return "{\"id\":" + json::write(id) + ",\"ok\":false,\"error\":" + json::quote(error) +
         ",\"status\":" + std::to_string(status) + ",\"diagnostics\":[]}";
}

namespace {

// What a stream came to: documents read, how many failed, and whether stdout failed.
struct Tally {
  size_t total = 0, failed = 0;
  bool write_failed = false;
};

Tally stream_serially(const Converter& converter, std::istream& in, std::FILE* out) {
  Tally tally;
  std::string line;
  for (size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (blank(line)) continue;
    bool ok = false;
    std::string result = stream_one(converter, line, line_number, &ok);
    ++tally.total;
    tally.failed += !ok;
    if (!emit(out, result)) {
      tally.write_failed = true;
      break;
    }
  }
  return tally;
}

// Reader (this thread) -> workers -> one writer that prints in input order. At most
// `window` documents are in flight, so memory stays bounded however long the input.
Tally stream_in_parallel(const Converter& converter, unsigned threads, std::istream& in, std::FILE* out) {
  struct Task {
    size_t seq, line_number;
    std::string line;
  };
  Tally tally;
  std::mutex m;
  std::condition_variable task_ready, result_ready, space;
  std::deque<Task> queue;
  std::map<size_t, std::pair<std::string, bool>> done;
  size_t issued = 0, written = 0;
  bool eof = false, abort = false;
  const size_t window = 4 * static_cast<size_t>(threads);

  auto worker = [&] {
    for (;;) {
      Task t;
      {
        std::unique_lock<std::mutex> lock(m);
        task_ready.wait(lock, [&] { return !queue.empty() || eof || abort; });
        if (queue.empty() || abort) return;
        t = std::move(queue.front());
        queue.pop_front();
      }
      bool ok = false;
      std::string result = stream_one(converter, t.line, t.line_number, &ok);
      {
        std::lock_guard<std::mutex> lock(m);
        done.emplace(t.seq, std::make_pair(std::move(result), ok));
      }
      result_ready.notify_all();
    }
  };
  auto writer = [&] {
    for (;;) {
      std::pair<std::string, bool> r;
      {
        std::unique_lock<std::mutex> lock(m);
        result_ready.wait(lock, [&] { return done.count(written) || (eof && written == issued) || abort; });
        if (abort || !done.count(written)) return;
        auto it = done.find(written);
        r = std::move(it->second);
        done.erase(it);
      }
      bool ok = emit(out, r.first);
      {
        std::lock_guard<std::mutex> lock(m);
        ++written;
        ++tally.total;
        tally.failed += !r.second;
        if (!ok) tally.write_failed = abort = true;
      }
      space.notify_all();
      if (!ok) {
        task_ready.notify_all();
        return;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  std::thread printer(writer);
  std::string line;
  for (size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (blank(line)) continue;
    std::unique_lock<std::mutex> lock(m);
    space.wait(lock, [&] { return issued - written < window || abort; });
    if (abort) break;
    queue.push_back({issued++, line_number, std::move(line)});
    lock.unlock();
    task_ready.notify_one();
  }
  {
    std::lock_guard<std::mutex> lock(m);
    eof = true;
  }
  task_ready.notify_all();
  result_ready.notify_all();
  for (auto& t : pool) t.join();
  result_ready.notify_all();
  printer.join();
  return tally;
}

}  // namespace

int run_stream(const Converter& converter, const StreamOptions& options, std::istream& in, std::FILE* out) {
  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Tally tally = threads == 1 ? stream_serially(converter, in, out) : stream_in_parallel(converter, threads, in, out);
  if (!options.quiet)
    std::cerr << "text2akn: stream: " << tally.total - tally.failed << " of " << tally.total
              << " documents converted, " << tally.failed << " failed\n";
  if (tally.write_failed) {
    std::cerr << "text2akn: stream: cannot write to standard output\n";
    return static_cast<int>(Status::output_unwritable);
  }
  return 0;
}

}  // namespace text2akn::cli
