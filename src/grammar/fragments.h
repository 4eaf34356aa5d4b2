// Named patterns that other patterns of the grammar call: `[pattern NAME]` records.
//
// A word list used by several rules (the words that open a preambular clause, say) is written
// once and called where needed with PCRE2's own subroutine syntax, `(?&NAME)`. Before a
// pattern is compiled, the fragments it calls (and those they call) are appended to it as a
// `(?(DEFINE)...)` group: at the end, so that the pattern's numbered groups keep their numbers.
#pragma once
#include <map>
#include <string>

#include "grammar/rule_file.h"

namespace text2akn {

class Fragments {
 public:
  // Takes a `[pattern NAME]` record: its `match:` lines are alternatives. Throws RuleError on
  // a name PCRE2 cannot call or a name used twice.
  void add(const Record& r);
  // The source with the definitions of the fragments it calls; unchanged if it calls none.
  // Throws RuleError (at field) when it calls a fragment that does not exist.
  std::string expand(const Record& r, const Field& field) const;
  // Compiles each fragment with those it calls, so that a bad one is reported where it is
  // written even if no rule calls it. Throws RuleError.
  void check() const;

 private:
  struct Fragment {
    std::string source;
    Record record;  // where it is written, for errors
  };
  std::map<std::string, Fragment, std::less<>> by_name_;
};

}  // namespace text2akn
