// The rule-file format shared by every file in grammar/ (see grammar/README.md):
//
//   # comment
//   [kind name]          starts a record
//   key: value           a field; a key may repeat
//     continued          an indented line continues the previous value
//
// Parsing knows nothing of what the records mean; each consumer checks its own keys and
// reports problems through RuleError, which carries file and line.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace text2akn {

class RuleError : public std::runtime_error {
 public:
  RuleError(const std::string& file, int line, const std::string& what)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + what), file_(file), line_(line) {}
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

struct Field {
  std::string key;
  std::string value;
  int line = 0;
  std::string file;  // a record that amends another's holds fields of two files
};

struct Record {
  std::string kind;
  std::string name;
  std::string file;
  int line = 0;
  std::vector<Field> fields;

  // The one value of key; throws RuleError if missing (when required) or repeated.
  const Field* one(const std::string& key, bool required) const;
  std::vector<const Field*> all(const std::string& key) const;
  // Rejects keys outside the allowed list, so that typos are reported, not ignored.
  void only(const std::vector<const char*>& allowed) const;
  [[noreturn]] void fail(const std::string& what) const;
  [[noreturn]] void fail(const Field& field, const std::string& what) const;
};

// Parses the text of one rule file. Throws RuleError on invalid UTF-8 or bad syntax.
std::vector<Record> parse_rule_file(const std::string& text, const std::string& file);
// Reads and parses; throws RuleError (line 0) when the file cannot be read.
std::vector<Record> read_rule_file(const std::string& path);

}  // namespace text2akn
