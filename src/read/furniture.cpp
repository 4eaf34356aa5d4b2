#include "read/furniture.h"

#include "read/footnote_lines.h"
#include "read/marking.h"
#include "read/pages.h"
#include "read/running_heads.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace text2akn {

void drop(Line& line, const std::string& reason) {
  line.dropped = true;
  line.drop_reason = reason;
}

bool leaves_open(const std::string& text, const Grammar& grammar) {
  return grammar.blocks.continues && grammar.blocks.continues->search(text).found;
}

std::vector<std::string> symbols_alone(const std::string& text, const Grammar& grammar) {
  std::vector<std::string> found = symbols_in(text, grammar);
  std::string rest = text;
  for (const std::string& symbol : found) rest.erase(rest.find(symbol), symbol.size());
  for (std::string_view dash : {"\u2013", "\u2014"})  // en and em dashes
    for (size_t at; (at = rest.find(dash)) != std::string::npos;) rest.erase(at, dash.size());
  return rest.find_first_not_of(" -") == std::string::npos ? found : std::vector<std::string>{};
}

namespace {

void mark_by_rule(Source& source, const Grammar& grammar) {
  size_t seen = 0;
  std::string previous;  // the rule that dropped the non-blank line before, if any
  for (Line& line : source.lines) {
    if (line.blank()) continue;
    ++seen;
    for (const FurnitureRule& rule : grammar.furniture)
      if (seen > rule.after && (rule.follows.empty() || std::count(rule.follows.begin(), rule.follows.end(), previous)) && rule.pattern.matches(line.text)) {
        drop(line, rule.name);
        line.page_end = rule.ends_page;
        source.printed |= rule.printed;
        break;
      }
    previous = line.dropped ? line.drop_reason : "";
  }
}

// The masthead symbol printed again later is the running head of a page, also in text
// whose page breaks were lost; a joint masthead's pages repeat each of its symbols on a
// line of its own ("A/79/826-S/2025/174" / ... / "A/79/826" / "S/2025/174").
void mark_repeated_symbol(Source& source, const Grammar& grammar) {
  if (!grammar.symbol) return;
  std::string masthead;
  std::vector<std::string> symbols;
  int seen = 0;
  for (Line& line : source.lines) {
    if (line.blank() || line.dropped) continue;
    if (symbols.empty()) {
      symbols = symbols_alone(line.text, grammar);
      masthead = line.text;
      if (++seen > 10 && symbols.empty()) return;
    } else if (line.text == masthead || std::find(symbols.begin(), symbols.end(), line.text) != symbols.end()) {
      drop(line, "running head");
    }
  }
}

}  // namespace

void mark_furniture(Source& source, const Grammar& grammar) {
  mark_by_rule(source, grammar);
  unglue_counters(source, grammar);
  source.counters_first = counters_come_first(source, grammar);
  end_pages_after_their_foot(source);
  const Pages layout = page_layout(source);  // the counters that show the pages are marked now
  mark_running_heads(source, grammar, layout);
  mark_repeated_symbol(source, grammar);
  mark_footnotes(source, grammar, layout);
  mark_unruled_footnotes(source, grammar, layout);
}

}  // namespace text2akn
