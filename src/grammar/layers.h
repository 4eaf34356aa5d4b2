// The files of one language's grammar, with those of the grammar it extends.
//
// A folder may open with a `[language]` record naming a `base:` language (grammar/fr/ names
// en): the base's records are read first, and a record of the folder with the same kind and
// name as one of the base's amends it in its place: each key it writes replaces the base's
// values of that key, the others stay (a [rule] restates its `match:` and keeps its role and
// states; a [lexicon] adds or redefines words). Other records are added after the base's. So a
// language writes only the wording that differs (its months, the verbs that open its
// clauses), and the base's mechanism (furniture, symbols, the states of the role machine)
// serves it unchanged. A `.tsv` file replaces the base's file of that name.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "grammar/rule_file.h"

namespace text2akn {

struct GrammarFiles {
  std::vector<Record> records;                         // in order, [language] records left out
  std::map<std::string, std::filesystem::path> tables;  // *.tsv by file stem
  Record language;  // this language's own [language] record (kind empty if it has none)
};

// Reads grammar/<lang>/ and the folders it extends. Throws RuleError on a missing folder, a
// base that is missing or extends itself in a loop, or a record (kind and name) written twice
// in one folder.
GrammarFiles read_grammar_files(const std::filesystem::path& grammar_dir, const std::string& lang);

}  // namespace text2akn
