// text2akn: plain text of United Nations documents -> Akoma Ntoso 3.0 XML.
//
//   text2akn::Converter converter(options);           // loads grammar, compiles schema once
//   text2akn::Result r = converter.convert(text, "A_79_826.txt");
//   write(r.xml);
//   // or, for a document of any size, the XML passed on in pieces as it is written:
//   converter.convert(text, "big.txt", [&](std::string_view piece) { out.write(piece); });
//
// A Converter is immutable after construction and may be shared by threads.
#pragma once
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace text2akn {

// Exit codes of the command-line tool, one per kind of failure (documented in README.md).
enum class Status : int {
  ok = 0,
  some_failed = 1,      // batch/validate: at least one file failed
  usage = 2,            // bad command line
  input_unreadable = 3, // missing file, a folder, permission
  input_invalid = 4,    // empty, not UTF-8, NUL bytes, binary
  output_invalid = 5,   // the XML produced does not validate
  grammar_invalid = 6,  // a rule file is broken
  output_unwritable = 7,
  schema_missing = 8,
  interrupted = 130,
};

// An error that stops one conversion; where names the file and, when known, line/column.
class Error : public std::runtime_error {
 public:
  Error(Status status, std::string where, const std::string& what)
      : std::runtime_error(what), status_(status), where_(std::move(where)) {}
  Status status() const { return status_; }
  const std::string& where() const { return where_; }
  std::string describe() const { return where_.empty() ? what() : where_ + ": " + what(); }

 private:
  Status status_;
  std::string where_;
};

struct Diagnostic {
  enum class Severity { warning, error };
  Severity severity = Severity::warning;
  std::string code;  // stable, countable: "missing-symbol", "numbering-gap", "page-furniture", ...
  std::string message;
  int line = 0;
  int column = 0;
};

struct Options {
  std::string lang = "en";  // a folder of grammar/, or "auto": each document's own, detected
  std::string grammar_dir;  // empty: TEXT2AKN_GRAMMAR or the build's grammar/
  std::string schema_path;  // empty: TEXT2AKN_SCHEMA or the build's schema
  std::string kind;         // force a document kind (e.g. "resolution"); empty: recognise
  bool validate = true;
};

struct Summary {
  std::string language;  // the grammar's (with lang "auto", the one detected)
  std::string kind;
  std::string symbol;
  std::string date;
  int preamble_clauses = 0;
  int operative_paragraphs = 0;
  int annexes = 0;
  int dropped_lines = 0;
};

struct Result {
  std::string xml;  // empty when the XML went to a sink
  std::vector<Diagnostic> diagnostics;
  Summary summary;
};

// Receives a document's XML text in pieces, in order (about 64 KB each).
using XmlSink = std::function<void(std::string_view piece)>;

class Converter {
 public:
  // Throws Error (grammar_invalid, schema_missing) when the rules or schema cannot be loaded.
  explicit Converter(const Options& options);
  ~Converter();
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // Converts one document. source_name is used in messages. Throws Error on bad input or
  // when the output does not validate; never returns half a document.
  Result convert(std::string_view text, const std::string& source_name) const;
  // The same, with the XML passed to sink instead of held in Result::xml: a large document's
  // text is never held whole. The sink is called only once the document is known to be
  // valid, so an error never leaves half a document behind it.
  Result convert(std::string_view text, const std::string& source_name, const XmlSink& sink) const;
  // Each block with its line range, role and the rule that gave it; dropped lines and why.
  std::string explain(std::string_view text, const std::string& source_name) const;
  // Validates an XML file's bytes against the schema; returns the problems (empty = valid).
  std::vector<std::string> validate(std::string_view xml, const std::string& source_name) const;
  const Options& options() const;

 private:
  Result convert_to(std::string_view text, const std::string& source_name, const XmlSink* sink) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

const char* version();

}  // namespace text2akn
