#include "read/furniture.h"

#include "read/footnote_lines.h"
#include "read/marking.h"
#include "read/pages.h"
#include "read/utf8.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>

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

// Running heads and feet sit in the first and last few lines of a page.
constexpr size_t kZoneLines = 6;
// A shorter line ("2.", "Annex") may recur at a page top without being a running head.
constexpr size_t kMinRepeated = 10;
// The masthead and title fill at most this many lines of page one.
constexpr size_t kTitleLines = 30;

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

std::string without_spaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

// "1. Takes note of the report of the Secretary-General;" recurs in each section of a budget
// resolution, and may fall at the top of two pages, as may a sentence's last word ("JCPOA."),
// a number alone ("2.") or a note citing the same document ("See A/ES-10/273."): a running
// head (a symbol, a short title, whose lines may end in a comma) never ends a clause with a
// semicolon or a sentence with a full stop (a footnote marker after it aside).
bool ends_clause(std::string_view text) {
  size_t end = text.find_last_not_of(" 0123456789");
  if (end != std::string_view::npos && text.size() - end > 4) end = text.size() - 1;  // a number, no marker
  return end != std::string_view::npos && (text[end] == ';' || text[end] == '.');
}

// A clause's stop in any script ends the line: the formula ends so ("The General Assembly,"),
// and the clauses follow it.
bool ends_with_clause_stop(std::string_view text) {
  char stop = stop_at_end(text);
  return stop == ',' || stop == ';' || stop == ':';
}

// PyMuPDF prints the next page's head at the foot of a page, before its counter: the running
// symbol, then the title's lines ("A/RES/80/16" / "Open-ended working group on security of
// and in the use of" / ...), which a document of two pages prints only once. Lines under a
// symbol alone, down to the page's end, that together copy page one's title are its head.
void drop_title_under_symbol(const std::vector<Line*>& lines, size_t top, std::string_view title_head,
                             const Grammar& grammar) {
  for (size_t j = lines.size(); j-- > top && lines.size() - j <= kZoneLines;) {
    if (symbols_alone(lines[j]->text, grammar).empty()) continue;
    std::string title;
    for (size_t k = j + 1; k < lines.size(); ++k) title += without_spaces(lines[k]->text);
    if (title.size() >= kMinRepeated && title_head.find(title) != std::string_view::npos)
      for (size_t k = j + 1; k < lines.size(); ++k) drop(*lines[k], "running foot");
    return;
  }
}

// Lines repeated at the top or bottom of several pages (running symbol, short title) are
// furniture there, and so is a page-top copy of a line printed on the first page.
void mark_running_heads(Source& source, const Grammar& grammar, Pages layout) {
  // Clean paragraph text has neither form feeds nor page counters: nothing to split it by.
  if (layout == Pages::none) return;
  auto pages = pages_of(source);
  if (pages.size() < 2) return;
  // line text -> pages whose zones hold it (hashed: a long document has many pages)
  std::unordered_map<std::string_view, int> seen;
  seen.reserve(2 * kZoneLines * pages.size());
  // Page one's top is its masthead, never a head. In PyMuPDF's text its foot holds page
  // two's head, printed before page one's counter; in pdftotext's (form feeds, or feet that
  // print the counter first), its foot is text (a letter's signature may recur under its annex).
  const size_t first_foot = source.pdftotext() ? 1 : 0;
  for (size_t p = first_foot; p < pages.size(); ++p) {
    std::vector<std::string_view> in_page;
    const auto& lines = pages[p];
    for (size_t i = 0; i < lines.size() && i < kZoneLines; ++i) {
      if (p > 0) in_page.push_back(lines[i]->text);
      in_page.push_back(lines[lines.size() - 1 - i]->text);
    }
    std::sort(in_page.begin(), in_page.end());
    in_page.erase(std::unique(in_page.begin(), in_page.end()), in_page.end());
    for (std::string_view t : in_page) ++seen[t];
  }
  // A running head repeats the first page's title, however the title was wrapped there
  // and whatever space pdftotext put between its words ("the title \u201cSecond" on page
  // one, "the title\u201cSecond" in the head): both are compared without their spaces.
  // Only the head of page one is compared: the masthead and title, not the clauses below
  // them, whose words a paragraph's last line at a page top may well repeat ("Regional
  // Centre,").
  // A line that may open a clause ("Requests the United Nations Office on Drugs and Crime")
  // may open paragraphs that fall at the feet of several pages, and a line in lower case
  // ("discrimination, xenophobia and related intolerance,") may go on clauses there: either
  // is furniture only as a copy of page one's lines above its clauses ("Strengthening
  // volunteerism for the achievement of the Sustainable", "development convened under the
  // auspices of the General Assembly", the title), the first `above_clauses` bytes. They
  // end before the formula ("The General Assembly,": a clause's last line at a page top may
  // read "General Assembly,"); a title's line ends with a comma only before words in lower
  // case ("Oceans and the law of the sea: sustainable fisheries," / "including through ...").
  const std::optional<Pattern>& opens = grammar.blocks.starts_unit;
  std::string first_page;
  size_t above_clauses = std::string::npos;
  for (size_t i = 0; i < pages[0].size() && i < kTitleLines; ++i) {
    if (above_clauses == std::string::npos && ends_with_clause_stop(pages[0][i]->text) && i + 1 < pages[0].size() &&
        !starts_lower(pages[0][i + 1]->text))
      above_clauses = first_page.size();
    first_page += without_spaces(pages[0][i]->text);
  }
  const std::string_view title_head = std::string_view(first_page).substr(0, above_clauses);
  auto in_title = [&](const Line* l) { return title_head.find(without_spaces(l->text)) != std::string_view::npos; };
  auto may_be_clause_text = [&](const Line* l) { return starts_lower(l->text) || (opens && opens->matches(l->text)); };
  // A label alone ("(h)", "2.") may open paragraphs at the tops and feet of several pages:
  // it is never furniture.
  const std::optional<Pattern>& label_only = grammar.blocks.label_only;
  auto repeated = [&](const Line* l) {
    if (ends_clause(l->text) || (label_only && label_only->matches(l->text))) return false;
    auto found = seen.find(l->text);
    if (found == seen.end() || found->second < 2) return false;
    return !may_be_clause_text(l) || in_title(l);
  };
  // compact: the line without its spaces
  auto running = [&](const Line* l, const std::string& compact) {
    if (repeated(l)) return true;
    if (compact.size() < kMinRepeated || ends_clause(l->text)) return false;
    return starts_lower(l->text) ? in_title(l) : first_page.find(compact) != std::string::npos;
  };
  for (size_t p = first_foot; p < pages.size(); ++p) {
    auto& lines = pages[p];
    // The head's last line may be too short to tell alone ("Trade Law"): it goes with the
    // lines above it when, together, they repeat page one.
    size_t top = 0;
    std::string head;
    size_t copies = 0;  // the head's last lines that copy page one rather than recur
    for (; p > 0 && top < lines.size() && top < kZoneLines; ++top) {
      std::string compact = without_spaces(lines[top]->text);
      if (!running(lines[top], compact) && (head.empty() || first_page.find(head + compact) == std::string::npos))
        break;
      head += compact;
      copies = repeated(lines[top]) ? 0 : copies + 1;
      drop(*lines[top], "running head");
    }
    // A head is a whole title: one whose last line leaves its sentence open ("Special
    // Committee on the Situation with regard to the Implementation of the", "... for the
    // Decade 2011–2020,") is a sentence that goes on from the page before, which page one
    // happened to print too.
    if (copies && leaves_open(lines[top - 1]->text, grammar)) {
      for (; copies; --copies, --top) {
        lines[top - 1]->dropped = false;
        lines[top - 1]->drop_reason.clear();
      }
    }
    // Page feet are only what recurs: the last lines of a page may well quote page one.
    for (size_t i = lines.size(); i > top && lines.size() - i < kZoneLines && repeated(lines[i - 1]); --i)
      drop(*lines[i - 1], "running foot");
    if (!source.pdftotext()) drop_title_under_symbol(lines, top, title_head, grammar);
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
  source.counters_first = counters_come_first(source, grammar);
  end_pages_after_their_foot(source);
  const Pages layout = page_layout(source);  // the counters that show the pages are marked now
  mark_running_heads(source, grammar, layout);
  mark_repeated_symbol(source, grammar);
  mark_footnotes(source, grammar, layout);
  mark_unruled_footnotes(source, grammar, layout);
}

}  // namespace text2akn
