// The pipeline, stage by stage: read -> furniture -> blocks -> roles -> model -> AKN -> validate.
#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "akn/serialize.h"
#include "akn/writer.h"
#include "blocks/blocks.h"
#include "grammar/grammar.h"
#include "grammar/rule_file.h"
#include "inline/annotator.h"
#include "model/builder.h"
#include "read/furniture.h"
#include "read/language.h"
#include "read/source.h"
#include "read/utf8.h"
#include "roles/recogniser.h"
#include "text2akn.h"
#include "validate/validator.h"

namespace text2akn {
namespace {

std::string from_env(const std::string& given, const char* variable, const char* built_in) {
  if (!given.empty()) return given;
  if (const char* v = std::getenv(variable); v && *v) return v;
  return built_in;
}

// A grammar and what is built from it once, for every document in its language.
struct Language {
  Grammar grammar;
  Annotator annotator;
  explicit Language(Grammar g) : grammar(std::move(g)), annotator(grammar) {}
};

// The languages a converter reads: the one asked for, or with lang "auto" every language of
// the grammar folder that says how to detect it, English (the fallback) first. Every
// grammar is loaded here, so that a broken one stops the converter before any document.
std::vector<std::unique_ptr<Language>> load_languages(const Options& o) {
  std::string dir = from_env(o.grammar_dir, "TEXT2AKN_GRAMMAR", TEXT2AKN_DEFAULT_GRAMMAR);
  std::vector<std::unique_ptr<Language>> languages;
  try {
    if (o.lang != "auto") {
      languages.push_back(std::make_unique<Language>(load_grammar(dir, o.lang)));
      return languages;
    }
    std::vector<std::string> names = grammar_languages(dir);
    std::stable_partition(names.begin(), names.end(), [](const std::string& n) { return n == "en"; });
    for (const std::string& name : names) {
      Grammar g = load_grammar(dir, name);
      if (g.detect || name == "en") languages.push_back(std::make_unique<Language>(std::move(g)));
    }
  } catch (const RuleError& e) {
    throw Error(Status::grammar_invalid, "", e.what());
  }
  if (languages.empty()) throw Error(Status::grammar_invalid, dir, "no language to detect: no grammar/en and no [language] detect: in any folder");
  return languages;
}

struct Analysis {
  Source source;
  std::vector<RoledBlock> blocks;
  const Grammar* grammar;  // of the language the text is in
};

std::vector<RoledBlock> roled_blocks(const Source& source, const Grammar& g, const std::string& name) {
  std::vector<Block> blocks = make_blocks(source, g);
  Focus focus = find_focus(blocks, g, name);
  return recognise(std::move(blocks), g, focus);  // the blocks move into the roled blocks
}

Analysis analyse(std::string_view text, const std::string& name, const std::vector<const Grammar*>& grammars) {
  Analysis a{read_source(text, name), {}, nullptr};
  a.grammar = grammars[detect_language(a.source, grammars)];
  const Grammar& g = *a.grammar;
  mark_furniture(a.source, g);
  a.blocks = roled_blocks(a.source, g, name);
  return a;
}

void count(const model::Document& doc, Summary& s) {
  s.preamble_clauses += static_cast<int>(doc.preamble.size() - doc.preamble_headings.size());
  for (const auto& c : doc.body) {
    if (c.style == "preambular")  // a section's own
      ++s.preamble_clauses;
    else
      s.operative_paragraphs += !c.heading && c.style != "p" && c.style != "table";
  }
  for (const auto& part : doc.parts) count(part, s);
  for (const auto& annex : doc.annexes) count(annex, s);
}

int dropped_lines(const Source& source) {
  int dropped = 0;
  for (const Line& l : source.lines) dropped += l.dropped;
  return dropped;
}

Summary summarise(const model::Document& doc, int dropped) {
  Summary s;
  s.kind = doc.kind;
  s.symbol = doc.symbols.empty() ? "" : doc.symbols.front();
  s.date = doc.issue_date;
  s.annexes = static_cast<int>(doc.annexes.size());
  for (const auto& part : doc.parts) s.annexes += static_cast<int>(part.annexes.size());
  s.dropped_lines = dropped;
  count(doc, s);
  return s;
}

// What a pipeline wants to count: furniture dropped, blocks no rule recognised.
void note_analysis(int dropped, const std::vector<RoledBlock>& blocks, std::vector<Diagnostic>& diagnostics) {
  if (dropped)
    diagnostics.push_back({Diagnostic::Severity::warning, "page-furniture",
                           std::to_string(dropped) + " lines dropped as page furniture (see 'text2akn explain')", 0, 0});
  for (std::string_view side : {"precedingText", "followingText"}) {
    auto is_side = [&](const RoledBlock& rb) { return rb.role == side; };
    auto first = std::find_if(blocks.begin(), blocks.end(), is_side);
    if (first == blocks.end()) continue;
    auto last = std::find_if(blocks.rbegin(), blocks.rend(), is_side);
    diagnostics.push_back({Diagnostic::Severity::warning, "neighbouring-document",
                           "lines " + std::to_string(first->block.first_line) + "-" +
                               std::to_string(last->block.last_line) +
                               " belong to other documents printed on the same pages: kept apart as " + std::string(side),
                           first->block.first_line, 1});
  }
  for (const RoledBlock& rb : blocks)
    if (rb.unrecognised)
      diagnostics.push_back({Diagnostic::Severity::warning, "unrecognised-block",
                             "no rule recognised this block in state '" + std::string(rb.state) + "': kept as " + std::string(rb.role),
                             rb.block.first_line, 1});
}

void check_valid(const Validator& validator, const std::string& xml, const std::string& name) {
  auto problems = validator.validate(xml);
  if (problems.empty()) return;
  std::string all;
  for (const auto& p : problems) all += "\n  " + p;
  throw Error(Status::output_invalid, name, "the output does not validate against the schema:" + all);
}

// A rule that fails on some input (PCRE2's match limit) is the grammar's fault, not the
// input's: it is reported as a grammar error naming the rule's file and line.
template <typename F>
auto guarded(const std::string& name, F&& work) {
  try {
    return work();
  } catch (const Error&) {
    throw;
  } catch (const std::runtime_error& e) {
    throw Error(Status::grammar_invalid, name, e.what());
  }
}

}  // namespace

struct Converter::Impl {
  Options options;
  std::vector<std::unique_ptr<Language>> languages;
  std::vector<const Grammar*> candidates;
  std::unique_ptr<Validator> validator;
  Impl(const Options& o) : options(o), languages(load_languages(o)) {
    for (const auto& l : languages) candidates.push_back(&l->grammar);
    if (o.validate)
      validator = std::make_unique<Validator>(from_env(o.schema_path, "TEXT2AKN_SCHEMA", TEXT2AKN_DEFAULT_SCHEMA));
  }
  const Language& language_of(const Source& source) const {
    return *languages[detect_language(source, candidates)];
  }
};

Converter::Converter(const Options& options) : impl_(std::make_unique<Impl>(options)) {}
Converter::~Converter() = default;
const Options& Converter::options() const { return impl_->options; }

Result Converter::convert(std::string_view text, const std::string& name) const {
  return convert_to(text, name, nullptr);
}

Result Converter::convert(std::string_view text, const std::string& name, const XmlSink& sink) const {
  return convert_to(text, name, &sink);
}

Result Converter::convert_to(std::string_view text, const std::string& name, const XmlSink* sink) const {
  Result result;
  xml::Tree xml;
  // The rules run in here, so what fails in here is the grammar's fault; the sink's own
  // errors, further down, reach the caller as they are.
  guarded(name, [&] {
    // Each intermediate is freed as soon as the next stage has what it needs from it, so
    // that a large document holds at most two of them at a time.
    model::Document doc;
    int dropped = 0;
    Pages pages = Pages::none;
    const Language* language = nullptr;
    {
      std::vector<RoledBlock> blocks;
      {
        Source source = read_source(text, name);
        language = &impl_->language_of(source);
        const Grammar& grammar = language->grammar;
        mark_furniture(source, grammar);
        dropped = dropped_lines(source);
        pages = page_layout(source);
        blocks = roled_blocks(source, grammar, name);
      }
      doc = build_document(blocks, language->grammar, impl_->options.kind, name, pages, result.diagnostics);
      note_analysis(dropped, blocks, result.diagnostics);
    }
    result.summary = summarise(doc, dropped);
    result.summary.language = language->grammar.lang;
    write_akn(doc, language->annotator, xml);
  });
  // The tree is validated in memory; only a document that fails there (or that the copy
  // cannot carry) is validated again from its text, for the problems and their lines.
  bool valid = !impl_->validator || impl_->validator->valid(xml);
  if (valid && sink) {
    serialize(xml, *sink);
    return result;
  }
  result.xml = serialize(xml, xml_capacity_for(text.size()));
  xml.reset();
  if (!valid) check_valid(*impl_->validator, result.xml, name);
  if (sink) {  // valid after all: the tree held what the in-memory check could not read
    (*sink)(result.xml);
    result.xml.clear();
  }
  return result;
}

std::string Converter::explain(std::string_view text, const std::string& name) const {
  Analysis a = guarded(name, [&] { return analyse(text, name, impl_->candidates); });
  std::ostringstream out;
  out << "# language: " << a.grammar->lang << "\n";
  out << "# dropped lines\n";
  for (const Line& l : a.source.lines)
    if (l.dropped) out << "L" << l.number << "\tdropped (" << l.drop_reason << ")\t" << l.text << "\n";
  out << "# footnote lines (below a footnote rule, or at a page's foot without one; their text goes to the notes)\n";
  for (size_t i = 0; i < a.source.lines.size(); ++i) {
    if (!a.source.lines[i].footnote) continue;
    size_t j = i;
    while (j + 1 < a.source.lines.size() && a.source.lines[j + 1].footnote) ++j;
    out << "L" << a.source.lines[i].number;
    if (j > i) out << "-" << a.source.lines[j].number;
    out << "\tfootnote\n";
    i = j;
  }
  out << "# blocks: lines, role, state, rule, text\n";
  for (const RoledBlock& rb : a.blocks) {
    // (cut at a character's start: the listing stays UTF-8)
    const std::string& text = rb.block.text;
    std::string t = text.size() > 90 ? text.substr(0, code_point_start(text, 87)) + "..." : text;
    out << "L" << rb.block.first_line;
    if (rb.block.last_line != rb.block.first_line) out << "-" << rb.block.last_line;
    out << "\t" << rb.role << "\t[" << rb.state << "]\t" << rb.rule << "\n\t\t" << t << "\n";
  }
  return out.str();
}

std::vector<std::string> Converter::validate(std::string_view xml, const std::string&) const {
  if (!impl_->validator) throw Error(Status::usage, "", "validation needs the schema (do not pass --no-validate)");
  return impl_->validator->validate(xml);
}

const char* version() { return TEXT2AKN_VERSION; }

}  // namespace text2akn
