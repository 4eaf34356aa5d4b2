// text2akn_bench: throughput of each pipeline stage and of the whole converter, on the real
// corpus and on synthetic resolutions of growing size. A small harness of its own (no
// Google Benchmark): each measurement repeats over inputs already in memory until it has
// run for --min-time seconds, and reports MB/s of input text and documents/s.
//
//   text2akn_bench [--corpus DIR]... [--min-time S] [--threads N] [--sizes 1K,10K,...]
//                  [--only stages|e2e|growth|...] [--write-synthetic DIR]
//
// Stages are timed by calling the stage functions under src/ directly, in the order
// Converter::convert calls them: read_source, mark_furniture, make_blocks, recognise,
// build_document, write_akn (which runs the inline annotator), validate (the tree, in memory),
// serialize.
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

#include "process.h"

#include "akn/serialize.h"
#include "akn/writer.h"
#include "blocks/blocks.h"
#include "blocks/line_text.h"
#include "grammar/grammar.h"
#include "grammar/rule_file.h"
#include "inline/annotator.h"
#include "inline/trie.h"
#include "model/builder.h"
#include "read/furniture.h"
#include "read/source.h"
#include "roles/recogniser.h"
#include "text2akn.h"
#include "validate/validator.h"

namespace fs = std::filesystem;
using namespace text2akn;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the calling thread: stage figures do not depend on what else runs on the machine.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

double process_cpu() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec * 1e-6;
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

struct Doc {
  std::string name;
  std::string text;
};

struct Corpus {
  std::string label;
  std::vector<Doc> docs;
  size_t bytes = 0;
};

// Every *.txt under dir (README/PROVENANCE and gold files are not inputs).
Corpus load_corpus(const std::string& dir, const std::string& label) {
  Corpus c;
  c.label = label;
  std::vector<fs::path> paths;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    c.docs.push_back({p.string(), s.str()});
    c.bytes += c.docs.back().text.size();
  }
  return c;
}

// ---------------------------------------------------------------------------------------
// Synthetic resolutions: a masthead, preambular clauses and numbered operative paragraphs
// (some with lettered sub-items), with dates, cited resolutions and organisations for the
// inline annotator, repeated until the text has the size asked for.

const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"};
const char* kPreamble[] = {
    "Recalling its resolution 75/%d of %d %s 2020 and all its previous resolutions on the subject, including "
    "those adopted at its seventy-fourth session, in particular paragraph %d thereof,",
    "Reaffirming the purposes and principles of the Charter of the United Nations and the importance of the work "
    "of the Economic and Social Council and of the United Nations Development Programme, as set out in decision "
    "74/%d of %d %s 2019 and in paragraph %d of that decision,",
    "Noting with concern that the situation described in the report of the Secretary-General of %d %s 2021 "
    "(A/76/%d) remains serious, and that measure %d has yet to be implemented,",
    "Welcoming the efforts of Member States, the World Health Organization and the United Nations Children's "
    "Fund to strengthen cooperation, as recalled in resolution 73/%d of %d %s 2018 and in annex %d thereto,",
};
const char* kOperative[] = {
    "Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on "
    "the implementation of resolution 76/%d of %d %s 2021, including on measure %d thereof;",
    "Urges all Member States to cooperate fully with the United Nations Environment Programme and the Office of "
    "the United Nations High Commissioner for Refugees, in line with decision 77/%d of %d %s 2022 and target %d;",
    "Encourages the relevant organizations of the United Nations system, including the World Bank and the "
    "International Monetary Fund, to continue to support the measures called for in resolution 72/%d of %d %s "
    "2017, in particular in the %d least developed countries;",
    "Decides to keep the matter under review, taking into account the views expressed by Member States in the "
    "consultations held on %d %s 2023 and in document A/78/%d, and to report on item %d;",
};

std::string masthead() {
  return "United Nations\n\nA/RES/78/999\n\nGeneral Assembly\n\nDistr.: General\n\n20 December 2023\n\n"
         "Seventy-eighth session\n\nAgenda item 78 (a)\n\nSynthetic resolutions for benchmarking\n\n"
         "Resolution adopted by the General Assembly on 19 December 2023\n\n"
         "[without reference to a Main Committee (A/78/L.99)]\n\n"
         "78/999. Synthetic resolution for benchmarking\n\nThe General Assembly,\n\n";
}

std::string clause(const char* format, int k) {
  char buffer[1024];
  // templates have either (%d %d %s %d) or (%d %s %d %d) conversions: two orders of arguments
  std::string f = format;
  size_t s = f.find("%s"), d = f.find("%d");
  int day = 1 + k % 28;
  const char* month = kMonths[k % 12];
  int a = 1 + k % 300, b = 1 + (k * 7) % 97;
  if (f.find("%d", d + 2) < s)
    std::snprintf(buffer, sizeof buffer, format, a, day, month, b);
  else
    std::snprintf(buffer, sizeof buffer, format, day, month, a, b);
  return buffer;
}

struct Synthetic {
  std::string text;
  int preamble = 0;
  int operative = 0;
};

Synthetic synthetic(size_t target) {
  Synthetic s;
  std::string head = masthead();
  std::string tail = "84th plenary meeting\n\n19 December 2023\n";
  size_t room = target > head.size() + tail.size() ? target - head.size() - tail.size() : 0;
  std::string pre, ops;
  do {
    pre += clause(kPreamble[s.preamble % 4], s.preamble) + "\n\n";
    ++s.preamble;
  } while (pre.size() < room / 5);
  while (ops.size() + pre.size() < room || s.operative == 0) {
    ++s.operative;
    std::string p = clause(kOperative[s.operative % 4], s.operative);
    if (s.operative % 10 == 0) {  // a paragraph with sub-items
      p = std::to_string(s.operative) + ". Calls upon Member States:\n\n";
      for (char item = 'a'; item <= 'c'; ++item)
        p += std::string("(") + item + ") " + clause(kOperative[(s.operative + item) % 4], s.operative + item).substr(0) + "\n\n";
      ops += p;
      continue;
    }
    ops += std::to_string(s.operative) + ". " + p + "\n\n";
  }
  s.text = head + pre + ops + tail;
  return s;
}

size_t parse_size(const std::string& s) {
  size_t n = std::stoul(s);
  char unit = s.empty() ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(s.back())));
  if (unit == 'K') n *= 1000;
  if (unit == 'M') n *= 1000 * 1000;
  return n;
}

// ---------------------------------------------------------------------------------------
// The stages, one by one.

enum Stage { kRead, kFurniture, kBlocks, kRoles, kModel, kWrite, kSerialize, kValidate, kStages };
const char* kStageNames[kStages] = {"read+clean", "furniture", "blocks", "roles",
                                    "model", "write (+inline)", "serialize", "validate"};

struct Times {
  double t[kStages] = {};
  double inline_only = 0;  // the annotator alone over the model's texts (part of write)
  double stream_validate = 0;  // experiment: libxml2 SAX validation while parsing, no tree
  double text_validate = 0;    // the way before: parse the serialized XML, validate that tree
  double total() const {
    double s = 0;
    for (double x : t) s += x;
    return s;
  }
  void add(const Times& o) {
    for (int i = 0; i < kStages; ++i) t[i] += o.t[i];
    inline_only += o.inline_only;
    stream_validate += o.stream_validate;
    text_validate += o.text_validate;
  }
};

void no_errors(void*, xmlErrorPtr) {}

struct Engine {
  Grammar grammar;
  Annotator annotator;
  std::unique_ptr<Validator> validator;
  xmlSchemaPtr schema = nullptr;  // a second copy, for the streaming experiment
  Engine(const std::string& grammar_dir, const std::string& schema_path)
      : grammar(load_grammar(grammar_dir, "en")), annotator(grammar) {
    if (schema_path.empty()) return;
    validator = std::make_unique<Validator>(schema_path);
    xmlSchemaParserCtxtPtr p = xmlSchemaNewParserCtxt(schema_path.c_str());
    schema = xmlSchemaParse(p);
    xmlSchemaFreeParserCtxt(p);
  }
  ~Engine() { xmlSchemaFree(schema); }
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Validation while parsing (SAX), as libxml2 allows: no document tree is built.
  bool validate_stream(const std::string& xml) const {
    xmlParserInputBufferPtr in = xmlParserInputBufferCreateMem(xml.data(), static_cast<int>(xml.size()), XML_CHAR_ENCODING_NONE);
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(v, no_errors, nullptr);
    int rc = xmlSchemaValidateStream(v, in, XML_CHAR_ENCODING_NONE, nullptr, nullptr);  // frees `in`
    xmlSchemaFreeValidCtxt(v);
    return rc == 0;
  }
};

void annotate_all(const Annotator& a, const model::Document& d, const InlineContext& ctx, size_t& sink);

void annotate_clause(const Annotator& a, const model::Clause& c, const InlineContext& ctx, size_t& sink) {
  sink += a.annotate(c.text.text, ctx).spans.size();
  for (const auto& i : c.items) annotate_clause(a, i, ctx, sink);
  for (const auto& w : c.wrap_up) sink += a.annotate(w.text, ctx).spans.size();
}

void annotate_all(const Annotator& a, const model::Document& d, const InlineContext& ctx, size_t& sink) {
  for (const auto& c : d.preamble) annotate_clause(a, c, ctx, sink);
  for (const auto& c : d.body) annotate_clause(a, c, ctx, sink);
  for (const auto& x : d.annexes) annotate_all(a, x, ctx, sink);
  for (const auto& x : d.parts) annotate_all(a, x, ctx, sink);
}

// Runs the pipeline on one document, adding each stage's time; false if a stage threw.
// measure_inline: also time inline recognition alone and the two ways of validating text
// (the corpus stages table); without it (the growth table) the XML is serialized as
// `convert -o FILE` does, passed on in pieces (here only counted), never held whole.
bool run_stages(const Engine& e, const Doc& doc, Times& times, bool measure_inline, std::string* error = nullptr) {
  try {
    double t = cpu_now();
    auto lap = [&](Stage s) {
      double now = cpu_now();
      times.t[s] += now - t;
      t = now;
    };
    Source source = read_source(doc.text, doc.name);
    lap(kRead);
    mark_furniture(source, e.grammar);
    lap(kFurniture);
    std::vector<Block> blocks = make_blocks(source, e.grammar);
    lap(kBlocks);
    std::vector<RoledBlock> roled = recognise(std::move(blocks), e.grammar);
    lap(kRoles);
    std::vector<Diagnostic> diagnostics;
    model::Document model = build_document(roled, e.grammar, "", "", page_layout(source), diagnostics);
    lap(kModel);
    xml::Tree xml;
    write_akn(model, e.annotator, xml);
    lap(kWrite);
    // As Converter::convert: the tree is validated in memory, before it is serialized.
    bool valid = !e.validator || e.validator->valid(xml);
    lap(kValidate);
    if (valid && !measure_inline) {
      size_t bytes = 0;
      serialize(xml, [&](std::string_view piece) { bytes += piece.size(); });
      lap(kSerialize);
      return bytes > 0;
    }
    std::string out = serialize(xml, xml_capacity_for(doc.text.size()));
    lap(kSerialize);
    if (!valid) {
      auto problems = e.validator->validate(out);
      throw std::runtime_error("invalid output: " + (problems.empty() ? std::string("?") : problems.front()));
    }
    if (measure_inline && e.validator) {
      double v0 = cpu_now();
      bool ok = e.validator->validate(out).empty();
      times.text_validate += cpu_now() - v0;
      if (!ok) throw std::runtime_error("text validation disagrees");
    }
    if (measure_inline && e.schema) {
      double v0 = cpu_now();
      bool ok = e.validate_stream(out);
      times.stream_validate += cpu_now() - v0;
      if (!ok) throw std::runtime_error("stream validation disagrees");
    }
    if (measure_inline) {
      InlineContext ctx;
      ctx.year = model.issue_date.size() >= 4 ? std::atoi(model.issue_date.substr(0, 4).c_str()) : 0;
      ctx.actor = model.actor;
      size_t sink = 0;
      double i0 = cpu_now();
      annotate_all(e.annotator, model, ctx, sink);
      times.inline_only += cpu_now() - i0;
      if (sink == size_t(-1)) std::puts("");
    }
    return true;
  } catch (const std::exception& ex) {
    if (error) *error = doc.name + ": " + ex.what();
    return false;
  }
}

void print_rule() { std::puts(std::string(86, '-').c_str()); }

// Per stage over one corpus: repeats whole passes until min_time.
void bench_stages(const Engine& e, const Corpus& c, double min_time) {
  Times sum;
  int passes = 0, failed = 0;
  auto start = Clock::now();
  std::string first_error;
  do {
    for (const Doc& d : c.docs) {
      std::string err;
      if (!run_stages(e, d, sum, true, &err) && passes == 0) {
        ++failed;
        if (first_error.empty()) first_error = err;
      }
    }
    ++passes;
  } while (since(start) < min_time);
  double mb = c.bytes / 1e6;
  std::printf("\nstages, corpus %s: %zu documents, %.2f MB, %d pass(es)%s\n", c.label.c_str(), c.docs.size(), mb,
              passes, failed ? (", " + std::to_string(failed) + " failed").c_str() : "");
  if (!first_error.empty()) std::printf("  first failure: %.200s\n", first_error.c_str());
  std::printf("%-18s %10s %10s %12s %7s\n", "stage", "ms/pass", "MB/s", "docs/s", "share");
  print_rule();
  double total = sum.total();
  for (int s = 0; s < kStages; ++s) {
    double per = sum.t[s] / passes;
    std::printf("%-18s %10.2f %10.1f %12.0f %6.1f%%\n", kStageNames[s], per * 1e3, per > 0 ? mb / per : 0,
                per > 0 ? c.docs.size() / per : 0, 100 * sum.t[s] / total);
  }
  double inl = sum.inline_only / passes;
  std::printf("%-18s %10.2f %10.1f %12.0f %6s\n", " (inline alone)", inl * 1e3, mb / inl, c.docs.size() / inl, "");
  if (sum.text_validate > 0) {
    double tv = sum.text_validate / passes;
    std::printf("%-18s %10.2f %10.1f %12.0f %6s\n", " (validate, text)", tv * 1e3, mb / tv, c.docs.size() / tv, "");
  }
  if (sum.stream_validate > 0) {
    double sv = sum.stream_validate / passes;
    std::printf("%-18s %10.2f %10.1f %12.0f %6s\n", " (validate, SAX)", sv * 1e3, mb / sv, c.docs.size() / sv, "");
  }
  double per = total / passes, nv = (total - sum.t[kValidate]) / passes;
  std::printf("%-18s %10.2f %10.1f %12.0f\n", "all stages", per * 1e3, mb / per, c.docs.size() / per);
  std::printf("%-18s %10.2f %10.1f %12.0f\n", "all but validate", nv * 1e3, mb / nv, c.docs.size() / nv);
}

// End to end through the public API, on `threads` threads sharing one Converter.
struct E2E {
  double mb_s = 0, docs_s = 0;
  double mb_cpu_s = 0;  // MB per CPU second of the whole process: independent of the machine's load
  int failed = 0;
};

E2E bench_e2e(const Converter& conv, const std::vector<const Corpus*>& corpora, unsigned threads, double min_time) {
  std::vector<const Doc*> docs;
  size_t bytes = 0;
  for (const Corpus* c : corpora)
    for (const Doc& d : c->docs) {
      docs.push_back(&d);
      bytes += d.text.size();
    }
  std::atomic<int> failed{0};
  int passes = 0;
  double best = 1e300;  // the fastest pass: the machine may be shared
  auto start = Clock::now();
  double cpu0 = process_cpu();
  do {
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < docs.size(); i = next++) {
        try {
          conv.convert(docs[i]->text, docs[i]->name);
        } catch (const Error&) {
          if (passes == 0) ++failed;
        }
      }
    };
    auto pass = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    best = std::min(best, since(pass));
    ++passes;
  } while (since(start) < min_time);
  double secs = best, cpu = (process_cpu() - cpu0) / passes;
  return {bytes / 1e6 / secs, docs.size() / secs, bytes / 1e6 / cpu, failed.load()};
}

// Cost growth: synthetic documents 10x apart; each stage's time and its ratio to the size before.

// What the kernel counted for the measuring thread so far.
struct ThreadUsage {
  double user = 0, sys = 0;  // CPU seconds outside and inside the kernel
  long faults = 0;           // pages touched for the first time
};

ThreadUsage thread_usage() {
  rusage u{};
  getrusage(RUSAGE_THREAD, &u);
  return {u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6, u.ru_stime.tv_sec + u.ru_stime.tv_usec * 1e-6,
          u.ru_minflt + u.ru_majflt};
}

// The machine's own cost of fresh memory: map `bytes`, write one byte per page, unmap.
// Microseconds per 4 KB page: with the growth table's page faults per run, what the kernel's
// share of a run costs.
double first_touch_us_per_page(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return 0;
  auto t = Clock::now();
  for (size_t i = 0; i < bytes; i += 4096) static_cast<volatile char*>(p)[i] = 1;
  double secs = since(t);
  munmap(p, bytes);
  return secs * 1e6 / (bytes / 4096.0);
}

void bench_first_touch() {
  std::printf("\nfresh memory on this machine (mmap, one write per page, best of 3): microseconds per page\n");
  for (size_t mb : {size_t(150), size_t(1500)}) {
    double best = 1e300;
    for (int i = 0; i < 3; ++i) best = std::min(best, first_touch_us_per_page(mb << 20));
    std::printf("  %5zu MB: %.2f us/page\n", mb, best);
  }
}

long current_rss_kb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Memory held after each stage for one synthetic document, all intermediates kept alive as
// Converter::convert keeps them: where the bytes per input byte go.
void bench_memory(const Engine& e, size_t size) {
  Synthetic s = synthetic(size);
  Doc d{"synthetic", std::move(s.text)};
  double mb = d.text.size() / 1e6;
  long base = current_rss_kb(), last = base;
  std::printf("\nmemory, synthetic document of %.1f MB (RSS growth after each stage, intermediates kept)\n", mb);
  std::printf("%-18s %10s %12s\n", "stage", "+MB", "bytes/input byte");
  print_rule();
  auto row = [&](const char* name) {
    long now = current_rss_kb();
    std::printf("%-18s %10.1f %12.1f\n", name, (now - last) / 1024.0, (now - last) * 1024.0 / d.text.size());
    last = now;
  };
  Source source = read_source(d.text, d.name);
  row("read+clean");
  mark_furniture(source, e.grammar);
  row("furniture");
  std::vector<Block> blocks = make_blocks(source, e.grammar);
  row("blocks");
  std::vector<RoledBlock> roled = recognise(std::vector<Block>(blocks), e.grammar);  // a copy, to count both
  row("roles");
  std::vector<Diagnostic> diagnostics;
  model::Document model = build_document(roled, e.grammar, "", "", page_layout(source), diagnostics);
  row("model");
  xml::Tree xml;
  write_akn(model, e.annotator, xml);
  row("write (+inline)");
  std::string out = serialize(xml, xml_capacity_for(d.text.size()));
  row("serialize");
  std::printf("%-18s %10.1f (the XML text: %.1f MB, %.1fx the input)\n", "", 0.0, out.size() / 1e6, out.size() / 1e6 / mb);
  if (e.validator) {
    // Converter::convert validates before serializing, with the model already freed; here
    // everything is still alive, so this row is what the validator itself adds.
    if (!e.validator->valid(xml)) std::puts("  (the synthetic document is not valid)");
    row("validate (SAX)");
  }
  std::printf("%-18s %10.1f %12.1f\n", "all", (last - base) / 1024.0, (last - base) * 1024.0 / d.text.size());
}

// Cost growth: synthetic documents 10x apart. Each size runs at least twice: the first run
// ("cold") pays for fresh memory (page faults: see its sys share), the best later one
// ("warm") for the work alone. Ratios are to the size before, scaled to exactly 10x.
void bench_growth(const Engine& e, const std::vector<size_t>& sizes, double min_time, const std::string& dump_dir) {
  std::printf("\ngrowth, synthetic resolutions: CPU seconds per document, first run (cold) and best later run (warm);\n"
              "ratio = time / time of the size before, scaled to exactly 10x the input\n");
  std::printf("%9s %6s %7s %8s %5s %8s %7s %8s %6s %6s %6s  %s\n", "size", "preamb", "operat", "cold s", "sys%", "warm s",
              "MB/s", "faults", "ratio", "r.cold", "r.user", "warm ratio per stage: read furn blcks roles model write  ser valid");
  print_rule();
  Times before;
  double before_cold = 0, before_user = 0;
  size_t before_size = 0;
  for (size_t size : sizes) {
    Synthetic s = synthetic(size);
    Doc d{"synthetic-" + std::to_string(size) + ".txt", std::move(s.text)};
    if (!dump_dir.empty()) {
      fs::create_directories(dump_dir);
      std::ofstream(fs::path(dump_dir) / d.name, std::ios::binary) << d.text;
    }
    Times per;  // the fastest warm repetition
    double best = 1e300, cold = 0, cold_sys = 0, user = 0;  // user: CPU time outside the kernel, best warm run
    long faults = 0;                                          // pages first touched by the best warm run
    int reps = 0;
    std::string err;
    auto start = Clock::now();
    do {
      Times one;
      ThreadUsage before_run = thread_usage();
      if (!run_stages(e, d, one, false, &err)) {
        std::printf("%9zu  failed: %.300s\n", d.text.size(), err.c_str());
        break;
      }
      if (reps == 0) {
        cold = one.total();
        cold_sys = thread_usage().sys - before_run.sys;
      } else if (one.total() < best) {
        best = one.total();
        per = one;
        ThreadUsage after_run = thread_usage();
        user = after_run.user - before_run.user;
        faults = after_run.faults - before_run.faults;
      }
      ++reps;
    } while (reps < 2 || since(start) < min_time);
    if (reps < 2) continue;
    double secs = per.total();
    char ratio[16] = "", ratio_cold[16] = "", ratio_user[16] = "";
    std::string stage_ratios;
    if (before_size) {
      // normalised to exactly 10x the input: the generator overshoots the target a little
      double scale = 10.0 * before_size / d.text.size();
      std::snprintf(ratio, sizeof ratio, "%.2f", secs / before.total() * scale);
      std::snprintf(ratio_cold, sizeof ratio_cold, "%.2f", cold / before_cold * scale);
      // user time is counted in scheduler ticks: below 10 ms it says nothing
      if (before_user >= 0.01) std::snprintf(ratio_user, sizeof ratio_user, "%.2f", user / before_user * scale);
      for (int i = 0; i < kStages; ++i) {
        char b[16];
        std::snprintf(b, sizeof b, " %5.2f", before.t[i] > 0 ? per.t[i] / before.t[i] * scale : 0.0);
        stage_ratios += b;
      }
    }
    std::printf("%9zu %6d %7d %8.4f %4.0f%% %8.4f %7.1f %8ld %6s %6s %6s %s\n", d.text.size(), s.preamble, s.operative,
                cold, 100 * cold_sys / cold, secs, d.text.size() / 1e6 / secs, faults, ratio, ratio_cold, ratio_user,
                stage_ratios.c_str());
    std::fflush(stdout);
    before = per;
    before_cold = cold;
    before_user = user;
    before_size = d.text.size();
  }
}

// The cost of each grammar pattern on the corpus: lines for furniture and block rules (as
// mark_furniture and make_blocks test them), block texts for roles (an upper bound: the
// recogniser tests only the rules of its state) and, scanned match after match as the
// annotator does, for inline rules, the symbol pattern and the entity names.
void bench_patterns(const Engine& e, const std::vector<Corpus>& corpora) {
  std::vector<std::string> lines, blocks;
  size_t line_bytes = 0, block_bytes = 0;
  for (const Corpus& c : corpora)
    for (const Doc& d : c.docs) {
      try {
        Source src = read_source(d.text, d.name);
        for (const Line& l : src.lines)
          if (!l.blank()) {
            lines.push_back(l.text);
            line_bytes += l.text.size();
          }
        mark_furniture(src, e.grammar);
        for (Block& b : make_blocks(src, e.grammar)) {
          block_bytes += b.text.size();
          blocks.push_back(std::move(b.text));
        }
      } catch (const std::exception&) {
      }
    }
  struct Row {
    std::string what;
    double seconds;
    size_t bytes;
  };
  std::vector<Row> rows;
  auto once = [&](const std::string& what, const Pattern& p, const std::vector<std::string>& texts, size_t bytes) {
    double t = cpu_now();
    size_t hits = 0;
    for (const std::string& x : texts) hits += p.matches(x);
    rows.push_back({what + " [" + std::to_string(hits) + " hits]", cpu_now() - t, bytes});
  };
  auto scan = [&](const std::string& what, const Pattern& p) {
    double t = cpu_now();
    size_t hits = 0;
    for (const std::string& x : blocks)
      for (size_t off = 0; off < x.size();) {
        Match m = p.search(x, off);
        if (!m.found || m.end() == m.begin()) break;
        ++hits;
        off = m.end();
      }
    rows.push_back({what + " [" + std::to_string(hits) + " hits]", cpu_now() - t, block_bytes});
  };
  const Grammar& g = e.grammar;
  for (const FurnitureRule& r : g.furniture) once("furniture " + r.name + " " + r.origin.where(), r.pattern, lines, line_bytes);
  const std::pair<const char*, const std::optional<Pattern>*> block_rules[] = {
      {"label_only", &g.blocks.label_only}, {"starts_unit", &g.blocks.starts_unit},
      {"standalone", &g.blocks.standalone},
      {"footnote_rule", &g.blocks.footnote_rule}, {"footnote", &g.blocks.footnote},
      {"label", &g.blocks.label}, {"signed_marker", &g.blocks.signed_marker}};
  for (const auto& [name, p] : block_rules)
    if (*p) once(std::string("blocks ") + name, **p, lines, line_bytes);
  if (g.blocks.continues) {
    // as make_blocks tries it: from the space before the line's last three words, within its
    // last 64 bytes (the offset keeps \b right: PCRE2 looks behind the start offset);
    // "differ" counts lines where the whole line disagrees
    auto tail = [&](const std::string& x) { return g.blocks.continues->search(x, text2akn::last_words_start(x)).found; };
    size_t hits = 0, differ = 0;
    for (const std::string& x : lines) differ += tail(x) != g.blocks.continues->matches(x);
    double t = cpu_now();
    for (const std::string& x : lines) hits += tail(x);
    rows.push_back({"blocks continues, last three words [" + std::to_string(hits) + " hits, " +
                        std::to_string(differ) + " differ]",
                    cpu_now() - t, line_bytes});
  }
  for (const RoleRule& r : g.roles) once("role " + r.name + " " + r.origin.where(), r.pattern, blocks, block_bytes);
  for (const InlineRule& r : g.inlines) scan("inline " + r.name + " " + r.origin.where(), r.pattern);
  if (g.symbol) scan("symbol (scan)", *g.symbol);
  // the annotator's pattern of entity names, built the same way (a trie-shaped alternation;
  // the flat longest-first list it replaced no longer compiles: PCRE2's size limit)
  std::vector<std::string> names;
  for (const Entity& en : g.entities) {
    names.push_back(en.name);
    for (const auto& a : en.aliases) names.push_back(a);
  }
  if (!names.empty()) {
    Pattern trie("(?<![\\w])" + trie_alternation(names) + "(?![\\w])");
    scan("entities (" + std::to_string(names.size()) + " names, trie-shaped alternation)", trie);
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.seconds > b.seconds; });
  double total = 0;
  for (const Row& r : rows) total += r.seconds;
  std::printf("\npatterns over the corpus: %zu lines (%.1f MB), %zu blocks (%.1f MB); the 25 costliest of %zu\n",
              lines.size(), line_bytes / 1e6, blocks.size(), block_bytes / 1e6, rows.size());
  std::printf("%10s %9s %6s  %s\n", "ms", "MB/s", "share", "pattern");
  print_rule();
  for (size_t i = 0; i < rows.size() && i < 25; ++i)
    std::printf("%10.1f %9.1f %5.1f%%  %.100s\n", rows[i].seconds * 1e3, rows[i].bytes / 1e6 / rows[i].seconds,
                100 * rows[i].seconds / total, rows[i].what.c_str());
  std::printf("%10.1f %9s %6s  all %zu patterns\n", total * 1e3, "", "", rows.size());
}

[[noreturn]] void usage() {
  std::fputs(
      "usage: text2akn_bench [--corpus DIR]... [--min-time SECONDS] [--threads N]\n"
      "                      [--sizes 1K,10K,100K,1M,10M,100M]\n"
      "                      [--only stages,e2e,growth,process,patterns,memory,synthetic-check]\n"
      "                      [--cli PATH] [--work-dir DIR]\n"
      "                      [--grammar DIR] [--schema FILE] [--dump-synthetic DIR]\n",
      stderr);
  std::exit(2);
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string x; std::getline(in, x, ',');)
    if (!x.empty()) out.push_back(x);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string grammar = BENCH_DEFAULT_GRAMMAR, schema = BENCH_DEFAULT_SCHEMA, dump, cli = BENCH_DEFAULT_CLI, work_dir;
  std::vector<std::string> corpora;
  std::vector<std::string> sizes = {"1K", "10K", "100K", "1M", "10M", "100M"};
  std::vector<std::string> only = {"stages", "e2e", "growth"};
  double min_time = 2;
  unsigned threads = 2;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage();
      return argv[++i];
    };
    if (a == "--corpus") corpora.push_back(value());
    else if (a == "--min-time") min_time = std::stod(value());
    else if (a == "--threads") threads = static_cast<unsigned>(std::stoul(value()));
    else if (a == "--sizes") sizes = split(value());
    else if (a == "--only") only = split(value());
    else if (a == "--grammar") grammar = value();
    else if (a == "--schema") schema = value();
    else if (a == "--dump-synthetic") dump = value();
    else if (a == "--cli") cli = value();
    else if (a == "--work-dir") work_dir = value();
    else usage();
  }
  if (corpora.empty())
    for (const char* sub : {"letters", "pdf-resolutions", "real", "unxml/en"})
      corpora.push_back(std::string(BENCH_DEFAULT_CORPUS) + "/" + sub);
  auto wanted = [&](const char* what) { return std::find(only.begin(), only.end(), what) != only.end(); };

  std::printf("text2akn %s bench; %u hardware threads; schema %s\n", version(), std::thread::hardware_concurrency(),
              schema.empty() ? "(none: no validation)" : schema.c_str());
  auto t0 = Clock::now();
  Engine engine(grammar, schema);
  std::printf("start-up: grammar + schema loaded in %.3f s\n", since(t0));

  std::vector<Corpus> loaded;
  if (wanted("stages") || wanted("e2e") || wanted("patterns")) {
    for (const std::string& dir : corpora) {
      std::string label = fs::path(dir).filename().string();
      if (label == "en") label = fs::path(dir).parent_path().filename().string() + "/en";
      loaded.push_back(load_corpus(dir, label));
    }
  }
  if (wanted("stages")) {
    for (const Corpus& c : loaded) bench_stages(engine, c, min_time);
  }
  if (wanted("patterns")) bench_patterns(engine, loaded);
  if (wanted("e2e")) {
    Options with, without;
    with.grammar_dir = without.grammar_dir = grammar;
    with.schema_path = schema;
    without.validate = false;
    Converter validating(with), plain(without);
    std::vector<const Corpus*> all;
    size_t docs = 0, bytes = 0;
    for (const Corpus& c : loaded) {
      all.push_back(&c);
      docs += c.docs.size();
      bytes += c.bytes;
    }
    std::printf("\nend to end (Converter::convert, in memory), whole corpus: %zu documents, %.2f MB\n", docs, bytes / 1e6);
    std::printf("%-28s %8s %10s %12s %10s %8s\n", "", "threads", "MB/s", "docs/s", "MB/CPU-s", "failed");
    print_rule();
    for (unsigned t : {1u, threads}) {
      if (t == threads && t == 1) break;
      E2E v = bench_e2e(validating, all, t, min_time);
      std::printf("%-28s %8u %10.1f %12.0f %10.1f %8d\n", "convert + validate", t, v.mb_s, v.docs_s, v.mb_cpu_s, v.failed);
      E2E n = bench_e2e(plain, all, t, min_time);
      std::printf("%-28s %8u %10.1f %12.0f %10.1f %8d\n", "convert, no validation", t, n.mb_s, n.docs_s, n.mb_cpu_s, n.failed);
      std::fflush(stdout);
    }
  }
  if (wanted("growth") || wanted("synthetic-check") || wanted("memory") || wanted("process")) {
    std::vector<size_t> bytes;
    for (const auto& s : sizes) bytes.push_back(parse_size(s));
    if (wanted("synthetic-check")) {
      // The synthetic text must be read as meant: every clause found, output valid.
      Options o;
      o.grammar_dir = grammar;
      o.schema_path = schema;
      o.validate = !schema.empty();
      Converter conv(o);
      for (size_t b : {size_t(1000), size_t(10000), size_t(100000)}) {
        Synthetic s = synthetic(b);
        Result r = conv.convert(s.text, "synthetic");
        std::printf("synthetic %zu bytes: preamble %d/%d operative %d/%d kind %s symbol %s, %zu diagnostics\n",
                    s.text.size(), r.summary.preamble_clauses, s.preamble, r.summary.operative_paragraphs,
                    s.operative, r.summary.kind.c_str(), r.summary.symbol.c_str(), r.diagnostics.size());
        for (size_t i = 0; i < r.diagnostics.size() && i < 3; ++i)
          std::printf("  [%s] %s\n", r.diagnostics[i].code.c_str(), r.diagnostics[i].message.c_str());
      }
    }
    if (wanted("growth")) {
      bench_growth(engine, bytes, min_time, dump);
      if (!bytes.empty() && bytes.back() >= 10000000) bench_first_touch();
    }
    if (wanted("process")) {
      std::vector<std::string> args = {"--grammar", grammar};
      if (schema.empty()) args.push_back("--no-validate");
      else args.insert(args.end(), {"--schema", schema});
      bench::process_growth(cli, args, bytes, [](size_t size) { return synthetic(size).text; }, 3, work_dir);
    }
    if (wanted("memory")) bench_memory(engine, bytes.empty() ? 10000000 : bytes.back());
  }
  std::printf("\npeak RSS of the bench process: %.1f MB\n", peak_rss_kb() / 1024.0);
  return 0;
}
