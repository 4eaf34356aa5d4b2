#include "roles/focus.h"

#include <algorithm>
#include <set>

#include "roles/recogniser.h"

namespace text2akn {
namespace {

// The symbols the [derive-symbol] rules read from the number a block prints, whatever body
// or kind the rule is for (the roles, which tell them, come later). A number heads a document
// only when closed by its period ("2152 (XXI). Title") or when it is the whole block
// ("Resolution 350 (1974)"): a title broken over lines may go on with a cited one ("... of
// General Assembly resolution" / "75/290 A on the strengthening").
std::vector<std::string> symbols_of_number(const Grammar& g, std::string_view heading) {
  constexpr size_t kLongestHeading = 32;
  std::vector<std::string> out;
  std::string number(printed_number(heading));
  if (number.empty() || number.back() != '.') number = heading.size() <= kLongestHeading ? heading : "";
  if (number.empty()) return out;
  for (const DeriveSymbolRule& rule : g.derived_symbols)
    if (rule.from == DeriveSymbolRule::From::number)
      if (std::string s = rule.derive(number); !s.empty()) out.push_back(std::move(s));
  return out;
}

// The symbol the document's name reads as, by the first [derive-symbol] rule `from: name`
// that gives one.
std::string symbol_of_name(const Grammar& g, const std::string& source_name) {
  for (const DeriveSymbolRule& rule : g.derived_symbols) {
    if (rule.from != DeriveSymbolRule::From::name) continue;
    for (const std::string& subject : name_subjects(source_name))
      if (std::string s = rule.derive(subject); is_whole_symbol(g, s)) return s;
  }
  return "";
}

// Whether the blocks before the named document's number are another document's text rather
// than its masthead: they hold clauses or closing lines, or no line of them is one that a
// rule reads as a masthead's (OCR of a page that begins with the end of the one before:
// "2. Further requests ..." / "Adopted at the 229th meeting ...", all left to the default).
bool holds_another_document(const std::vector<Block>& blocks, size_t before, const Grammar& g) {
  static const std::set<std::string_view> body_roles = {"formula", "preambularClause", "operativeParagraph",
                                                        "subItem", "closing", "closingDate"};
  std::vector<Block> prefix(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(before));
  bool masthead = false;
  for (const RoledBlock& rb : recognise(std::move(prefix), g)) {
    if (body_roles.count(rb.role)) return true;
    masthead = masthead || (rb.role != "footnote" && !rb.unrecognised);
  }
  return !masthead;
}

}  // namespace

std::string_view printed_number(std::string_view heading) {
  constexpr size_t kLongestNumber = 20;
  size_t period = heading.find(". ");
  if (period == std::string_view::npos && !heading.empty() && heading.back() == '.') period = heading.size() - 1;
  if (period < kLongestNumber) return heading.substr(0, period + 1);
  bool words = std::any_of(heading.begin(), heading.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!words && heading.size() <= kLongestNumber) return heading;  // "PRST 18/2"
  return heading.substr(0, heading.find(' '));
}

Focus find_focus(const std::vector<Block>& blocks, const Grammar& g, const std::string& source_name) {
  Focus whole{0, blocks.size()};
  std::string named = symbol_of_name(g, source_name);
  if (named.empty()) return whole;
  // The first block printing the named document's number, whether another's comes before
  // it, and the first other number after it (the scan stops there).
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t own = kNone, next = blocks.size();
  bool other_before = false;
  for (size_t i = 0; i < blocks.size() && next == blocks.size(); ++i) {
    if (blocks[i].footnote) continue;
    std::vector<std::string> symbols = symbols_of_number(g, blocks[i].text);
    if (symbols.empty()) continue;
    bool is_own = std::find(symbols.begin(), symbols.end(), named) != symbols.end();
    if (own == kNone && is_own) own = i;
    else if (own == kNone) other_before = true;
    else if (!is_own) next = i;
  }
  if (own == kNone) return whole;
  Focus focus{0, next};
  if (other_before || (own > 0 && holds_another_document(blocks, own, g))) focus.begin = own;
  return focus;
}

}  // namespace text2akn
