#include "read/running_heads.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "read/marking.h"
#include "read/pages.h"
#include "read/utf8.h"

namespace text2akn {
namespace {

// Running heads and feet sit in the first and last few lines of a page.
constexpr size_t kZoneLines = 6;
// A shorter line ("2.", "Annex") may recur at a page top without being a running head.
constexpr size_t kMinRepeated = 10;
// The masthead and title fill at most this many lines of page one.
constexpr size_t kTitleLines = 30;

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

// A running head repeats the first page's title, however the title was wrapped there and
// whatever space pdftotext put between its words ("the title \u201cSecond" on page one, "the
// title\u201cSecond" in the head): both are compared without their spaces. Only the head of
// page one is compared: the masthead and title, not the clauses below them, whose words a
// paragraph's last line at a page top may well repeat ("Regional Centre,").
// A line that may open a clause ("Requests the United Nations Office on Drugs and Crime")
// may open paragraphs that fall at the feet of several pages, and a line in lower case
// ("discrimination, xenophobia and related intolerance,") may go on clauses there: either is
// furniture only as a copy of page one's lines above its clauses ("Strengthening
// volunteerism for the achievement of the Sustainable", "development convened under the
// auspices of the General Assembly", the title), the title's head. It ends before the
// formula ("The General Assembly,": a clause's last line at a page top may read "General
// Assembly,"); a title's line ends with a comma only before words in lower case ("Oceans and
// the law of the sea: sustainable fisheries," / "including through ...").
class RunningHeads {
 public:
  RunningHeads(std::vector<std::vector<Line*>>& pages, size_t first_foot, const Grammar& grammar)
      : pages_(pages), first_foot_(first_foot), grammar_(grammar) {
    count_zones();
    read_page_one();
  }

  // Drops each page's head and feet; `pymupdf`: also the next page's title under its symbol.
  void mark(bool pymupdf) {
    for (size_t p = first_foot_; p < pages_.size(); ++p) {
      auto& lines = pages_[p];
      size_t top = p > 0 ? drop_head(lines) : 0;
      // Page feet are only what recurs: the last lines of a page may well quote page one.
      for (size_t i = lines.size(); i > top && lines.size() - i < kZoneLines && repeated(lines[i - 1]); --i)
        drop(*lines[i - 1], "running foot");
      if (pymupdf) drop_title_under_symbol(lines, top, title_head_, grammar_);
    }
  }

 private:
  // line text -> pages whose zones (first and last lines) hold it
  void count_zones() {
    seen_.reserve(2 * kZoneLines * pages_.size());
    for (size_t p = first_foot_; p < pages_.size(); ++p) {
      std::vector<std::string_view> in_page;
      const auto& lines = pages_[p];
      for (size_t i = 0; i < lines.size() && i < kZoneLines; ++i) {
        if (p > 0) in_page.push_back(lines[i]->text);
        in_page.push_back(lines[lines.size() - 1 - i]->text);
      }
      std::sort(in_page.begin(), in_page.end());
      in_page.erase(std::unique(in_page.begin(), in_page.end()), in_page.end());
      for (std::string_view t : in_page) ++seen_[t];
    }
  }

  // Page one's first lines without spaces, and the title's head: those above its clauses.
  void read_page_one() {
    const auto& one = pages_[0];
    size_t above_clauses = std::string::npos;
    for (size_t i = 0; i < one.size() && i < kTitleLines; ++i) {
      if (above_clauses == std::string::npos && ends_with_clause_stop(one[i]->text) && i + 1 < one.size() &&
          !starts_lower(one[i + 1]->text))
        above_clauses = first_page_.size();
      first_page_ += without_spaces(one[i]->text);
    }
    title_head_ = std::string_view(first_page_).substr(0, above_clauses);
  }

  bool in_title(const Line* l) const { return title_head_.find(without_spaces(l->text)) != std::string_view::npos; }

  bool may_be_clause_text(const Line* l) const {
    const std::optional<Pattern>& opens = grammar_.blocks.starts_unit;
    return starts_lower(l->text) || (opens && opens->matches(l->text));
  }

  // A label alone ("(h)", "2.") may open paragraphs at the tops and feet of several pages:
  // it is never furniture.
  bool repeated(const Line* l) const {
    const std::optional<Pattern>& label_only = grammar_.blocks.label_only;
    if (ends_clause(l->text) || (label_only && label_only->matches(l->text))) return false;
    auto found = seen_.find(l->text);
    if (found == seen_.end() || found->second < 2) return false;
    return !may_be_clause_text(l) || in_title(l);
  }

  // compact: the line without its spaces
  bool running(const Line* l, const std::string& compact) const {
    if (repeated(l)) return true;
    if (compact.size() < kMinRepeated || ends_clause(l->text)) return false;
    return starts_lower(l->text) ? in_title(l) : first_page_.find(compact) != std::string::npos;
  }

  // Drops the page's head; gives the index of its first line of text. The head's last line
  // may be too short to tell alone ("Trade Law"): it goes with the lines above it when,
  // together, they repeat page one.
  size_t drop_head(std::vector<Line*>& lines) {
    size_t top = 0;
    std::string head;
    size_t copies = 0;  // the head's last lines that copy page one rather than recur
    for (; top < lines.size() && top < kZoneLines; ++top) {
      std::string compact = without_spaces(lines[top]->text);
      if (!running(lines[top], compact) && (head.empty() || first_page_.find(head + compact) == std::string::npos))
        break;
      head += compact;
      copies = repeated(lines[top]) ? 0 : copies + 1;
      drop(*lines[top], "running head");
    }
    // A head is a whole title: one whose last line leaves its sentence open ("Special
    // Committee on the Situation with regard to the Implementation of the", "... for the
    // Decade 2011–2020,") is a sentence that goes on from the page before, which page one
    // happened to print too.
    if (copies && leaves_open(lines[top - 1]->text, grammar_)) {
      for (; copies; --copies, --top) {
        lines[top - 1]->dropped = false;
        lines[top - 1]->drop_reason.clear();
      }
    }
    return top;
  }

  std::vector<std::vector<Line*>>& pages_;
  const size_t first_foot_;
  const Grammar& grammar_;
  std::unordered_map<std::string_view, int> seen_;  // hashed: a long document has many pages
  std::string first_page_;
  std::string_view title_head_;  // into first_page_
};

}  // namespace

void mark_running_heads(Source& source, const Grammar& grammar, Pages layout) {
  // Clean paragraph text has neither form feeds nor page counters: nothing to split it by.
  if (layout == Pages::none) return;
  auto pages = pages_of(source);
  if (pages.size() < 2) return;
  // Page one's top is its masthead, never a head. In PyMuPDF's text its foot holds page
  // two's head, printed before page one's counter; in pdftotext's (form feeds, or feet that
  // print the counter first), its foot is text (a letter's signature may recur under its annex).
  RunningHeads(pages, source.pdftotext() ? 1 : 0, grammar).mark(!source.pdftotext());
}

}  // namespace text2akn
