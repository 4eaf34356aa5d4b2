#include "grammar/layers.h"

#include <algorithm>
#include <set>

namespace text2akn {
namespace fs = std::filesystem;

namespace {

std::string identity(const Record& r) { return r.kind + "\n" + r.name; }

struct Folder {
  std::vector<Record> records;
  std::map<std::string, fs::path> tables;
  std::string base;  // the language it extends; empty: none
  Record language;   // its [language] record, if any
};

Folder read_folder(const fs::path& root, const std::string& lang) {
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    throw RuleError(root.string(), 0, "no grammar for language '" + lang + "' (folder missing)");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Folder folder;
  std::set<std::string> seen;
  for (const fs::path& path : files) {
    if (path.extension() == ".tsv") folder.tables[path.stem().string()] = path;
    if (path.extension() != ".rules") continue;
    for (Record& r : read_rule_file(path.string())) {
      if (!seen.insert(identity(r)).second)
        r.fail("[" + r.kind + (r.name.empty() ? "" : " " + r.name) + "] is written twice in this grammar");
      if (r.kind == "language") {
        r.only({"base", "detect", "declared"});
        if (const Field* base = r.one("base", false)) folder.base = base->value;
        folder.language = std::move(r);
        continue;
      }
      folder.records.push_back(std::move(r));
    }
  }
  return folder;
}

// Each key the amending record writes replaces all of the base's values of that key, where the
// first of them stood; keys it does not write keep the base's values.
void amend(Record& base, Record&& by) {
  std::vector<Field> fields;
  std::set<std::string> written;
  for (const Field& f : by.fields) written.insert(f.key);
  std::set<std::string> placed;
  for (Field& f : base.fields) {
    if (!written.count(f.key)) {
      fields.push_back(std::move(f));
    } else if (placed.insert(f.key).second) {
      for (Field& g : by.fields)
        if (g.key == f.key) fields.push_back(g);
    }
  }
  for (Field& g : by.fields)
    if (!placed.count(g.key)) fields.push_back(std::move(g));
  base.fields = std::move(fields);
  // where its wording now is: explain names this file, and errors of the record point here
  base.file = by.file;
  base.line = by.line;
}

void overlay(GrammarFiles& files, Folder&& folder) {
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < files.records.size(); ++i) position[identity(files.records[i])] = i;
  for (Record& r : folder.records) {
    auto at = position.find(identity(r));
    if (at != position.end())
      amend(files.records[at->second], std::move(r));
    else
      files.records.push_back(std::move(r));
  }
  for (auto& [stem, path] : folder.tables) files.tables[stem] = path;
}

}  // namespace

GrammarFiles read_grammar_files(const fs::path& grammar_dir, const std::string& lang) {
  // The chain from this language down to the one that extends none, read top-down.
  std::vector<Folder> chain;
  std::set<std::string> visited;
  for (std::string at = lang; !at.empty();) {
    fs::path root = grammar_dir / at;
    if (!visited.insert(at).second)
      throw RuleError(root.string(), 0, "grammar '" + lang + "' extends itself through '" + at + "'");
    chain.push_back(read_folder(root, at));
    at = chain.back().base;
  }
  GrammarFiles files;
  files.language = chain.front().language;  // detection is a language's own, never inherited
  for (auto folder = chain.rbegin(); folder != chain.rend(); ++folder) overlay(files, std::move(*folder));
  return files;
}

}  // namespace text2akn
