#include "grammar/rule_file.h"

#include <fstream>
#include <sstream>

#include "read/utf8.h"

namespace text2akn {

const Field* Record::one(const std::string& key, bool required) const {
  const Field* found = nullptr;
  for (const Field& f : fields) {
    if (f.key != key) continue;
    if (found) fail(f, "'" + key + "' given twice");
    found = &f;
  }
  if (!found && required) fail("[" + kind + " " + name + "] needs a '" + key + ":' line");
  return found;
}

std::vector<const Field*> Record::all(const std::string& key) const {
  std::vector<const Field*> out;
  for (const Field& f : fields)
    if (f.key == key) out.push_back(&f);
  return out;
}

void Record::only(const std::vector<const char*>& allowed) const {
  for (const Field& f : fields) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || f.key == a;
    if (!ok) {
      std::string list;
      for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
      fail(f, "unknown key '" + f.key + "' in [" + kind + "] (expected: " + list + ")");
    }
  }
}

void Record::fail(const std::string& what) const { throw RuleError(file, line, what); }
void Record::fail(const Field& field, const std::string& what) const {
  throw RuleError(field.file, field.line, what);
}

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

std::vector<Record> parse_rule_file(const std::string& text, const std::string& file) {
  if (auto bad = first_invalid_utf8(text))
    throw RuleError(file, bad->line, "not UTF-8 (byte offset " + std::to_string(bad->offset) + ")");
  std::vector<Record> records;
  std::istringstream in(text);
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      if (line.back() != ']') throw RuleError(file, number, "record header needs a closing ']'");
      std::string inner = trim(line.substr(1, line.size() - 2));
      size_t space = inner.find(' ');
      Record r;
      r.kind = inner.substr(0, space);
      r.name = space == std::string::npos ? std::string() : trim(inner.substr(space + 1));
      r.file = file;
      r.line = number;
      if (r.kind.empty()) throw RuleError(file, number, "empty record header");
      records.push_back(std::move(r));
      continue;
    }
    if (records.empty()) throw RuleError(file, number, "a field before the first [record] header");
    Record& r = records.back();
    if (raw[0] == ' ' || raw[0] == '\t') {
      if (r.fields.empty()) throw RuleError(file, number, "continuation line without a field");
      r.fields.back().value += line;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0)
      throw RuleError(file, number, "expected 'key: value', got '" + line + "'");
    r.fields.push_back({trim(line.substr(0, colon)), trim(line.substr(colon + 1)), number, file});
  }
  return records;
}

std::vector<Record> read_rule_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RuleError(path, 0, "cannot read rule file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_rule_file(buffer.str(), path);
}

}  // namespace text2akn
