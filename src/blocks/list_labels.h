// The labels a list is expected to go on with. A label printed at a line's start may begin
// the next item ("iv." ... "v. Providing assistance ...") or be words of a sentence ("...
// (Ukraine" / "v. Russian Federation)"); what the items before it were tells which. Each
// block that begins with a label makes the label after it expected: "(b)" after "(a)",
// "(ii)" (and "(j)") after "(i)", "v." after "iv.", another dash after a dash. A list's
// first label ("(a)", "(i)", "a.", "1.") is always expected.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include "grammar/grammar.h"

namespace text2akn {

class ListLabels {
 public:
  explicit ListLabels(const BlockRules& rules) : rules_(rules) {}
  // A block begins with this text: its label, if any, expects its successors.
  void began(const std::string& text);
  // The text begins with a label that would go on a list, or begin one.
  bool expects(const std::string& text) const;
  // The text begins with a label that would go on a list begun before it.
  bool goes_on(const std::string& text) const;
  // The text begins with the label after that of the last block begun ("(c)" after "(b)").
  bool follows_last(const std::string& text) const;

 private:
  std::string label_of(const std::string& text) const;  // as printed, "" if none
  const BlockRules& rules_;
  std::unordered_set<std::string> expected_;
  std::string last_;  // the label of the last block begun, "" if it had none
};

// The labels that may follow `label` in its list, in its brackets: "(a)" -> "(b)", "(i)"
// -> "(ii)", "(j)"; "9." -> "10."; "–" -> "–"; "б)" -> "в)" where `letters` (a language's
// list letters, BlockRules::list_letters) go so. A label of no series has none.
std::unordered_set<std::string> successors(const std::string& label, const std::vector<std::string>& letters = {});

}  // namespace text2akn
