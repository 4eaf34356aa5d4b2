#include "blocks/blocks.h"
#include "blocks/broken_words.h"
#include "blocks/list_labels.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "read/utf8.h"

namespace text2akn {
namespace {

struct Layout {
  bool pdf = false;   // no reliable blank lines between paragraphs
  bool form_feeds = false;  // pages end in form feeds (pdftotext), not only in furniture (PyMuPDF)
  size_t width = 0;   // the column width in columns (display_width)
};

// `continues` rules speak of a line's end ("of", a comma), so they are tried on its last
// kContinuesWindow bytes only: a search at every word of a long line was the costliest
// pattern of the blocks stage. PCRE2 looks behind the start offset, so \b still sees the
// character before the window.
constexpr size_t kContinuesWindow = 64;
bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}
bool ends_open(const BlockRules& rules, const std::string& text) {
  if (ends_with(text, kSoftHyphen)) return true;
  if (!rules.continues) return false;
  size_t from = text.size() > kContinuesWindow ? text.size() - kContinuesWindow : 0;
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  return rules.continues->search(text, from).found;
}

// A block that ends so breaks off in mid-sentence: on a word that cannot end one ("of the",
// "Devel-"), not on a stop of any script, a bracket or a list item's "; and".
bool breaks_off(const BlockRules& rules, const std::string& text) {
  if (text.empty() || !ends_open(rules, text) || sentence_end(text)) return false;
  return text.back() != '(' && !ends_with(text, "\uFF08") && !(rules.ends_item && rules.ends_item->search(text).found);
}

// PDF extractions have form feeds, or long runs of wrapped lines with no blank between;
// typescript read by OCR may have a blank line after every line, so that a fifth of its
// blocks break off in mid-sentence (A/RES/42/37): its blank lines are no more reliable.
Layout measure(const Source& source, const BlockRules& rules) {
  Layout layout;
  std::vector<size_t> lengths;
  size_t run = 0, longest_run = 0, runs = 0, in_runs = 0, broken_off = 0;
  const Line* last = nullptr;
  for (const Line& l : source.lines) {
    if (l.dropped) continue;
    if (l.blank()) {
      if (run) ++runs, in_runs += run, broken_off += breaks_off(rules, last->text);
      run = 0;
      continue;
    }
    ++run;
    last = &l;
    longest_run = std::max(longest_run, run);
    size_t n = display_width(l.text);
    if (n > 20) lengths.push_back(n);
  }
  if (run) ++runs, in_runs += run;
  bool double_spaced = runs >= 20 && broken_off * 5 >= runs;
  if (!lengths.empty()) {
    // the 90th percentile, in time linear in the lines (a sort would not be)
    auto nth = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() * 9 / 10);
    std::nth_element(lengths.begin(), nth, lengths.end());
    layout.width = *nth;
  }
  layout.form_feeds = source.has_page_breaks;
  layout.pdf = source.has_page_breaks || (longest_run > 12 && runs && in_runs / runs > 4) || double_spaced;
  return layout;
}

bool is_stop(char c) { return c == '.' || c == ';' || c == ':' || c == ','; }

// The stops of other scripts, read as their ASCII counterparts: the Arabic comma and
// semicolon, the full-width comma, semicolon and colon and the ideographic full stop.
constexpr std::pair<std::string_view, char> kWideStops[] = {
    {"\u060C", ','}, {"\u061B", ';'}, {"\uFF0C", ','}, {"\uFF1B", ';'}, {"\uFF1A", ':'}, {"\u3002", '.'}};
// Closing quotes and brackets a sentence may end inside: ” ’ ） 》 」
constexpr std::string_view kWideClosers[] = {"\u201D", "\u2019", "\uFF09", "\u300B", "\u300D"};

// The stop s ends with (ASCII or wide), or 0.
char stop_at_end(std::string_view s) {
  if (s.empty()) return 0;
  if (is_stop(s.back())) return s.back();
  for (const auto& [stop, ascii] : kWideStops)
    if (ends_with(s, stop)) return ascii;
  return 0;
}

// s without the closing quotes and brackets at its end.
std::string_view without_closers(std::string_view s) {
  for (bool cut = true; cut && !s.empty();) {
    cut = false;
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']') {
      s.remove_suffix(1);
      cut = true;
      continue;
    }
    for (std::string_view closer : kWideClosers)
      if (ends_with(s, closer)) {
        s.remove_suffix(closer.size());
        cut = true;
        break;
      }
  }
  return s;
}

}  // namespace

char sentence_end(const std::string& text) {
  std::string_view s = text;
  if (s.empty()) return 0;
  // a footnote's marker after the stop: "..., 12", "...;3", "(see annex).*"
  size_t digits = s.find_last_not_of("0123456789");
  if (digits == s.size() - 1) digits = s.find_last_not_of('*');
  if (digits != std::string_view::npos && digits + 1 < s.size() && s.size() - digits - 1 <= 3) {
    std::string_view before = s.substr(0, digits + 1);
    if (before.back() == ' ') before.remove_suffix(1);
    if (stop_at_end(before)) s = before;
  }
  return stop_at_end(without_closers(s));
}

namespace {

bool ends_sentence(const std::string& s) { return sentence_end(s) != 0; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether the text begins with a clause label ("1.", "(a)") by the grammar's `label`.
bool begins_with_label(const Pattern& label, const std::string& text) {
  Match m = label.search(text);
  return m.found && m.begin() == 0;
}

// A bullet or a dash hangs in the margin: its line is not set in by the first-line indent.
bool begins_with_bullet(const std::string& s) {
  for (const char* bullet : {"\u2022", "\u2013", "\u2014"})
    if (s.rfind(bullet, 0) == 0) return true;
  return false;
}

// A word in capitals begins the text: "Upon", "I have"; not a symbol ("A/75/798, requests").
bool starts_capitalized_word(const std::string& s) {
  return s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && ((s[1] >= 'a' && s[1] <= 'z') || s[1] == ' ');
}

bool starts_lower(const std::string& s) {
  return !s.empty() && ((s[0] >= 'a' && s[0] <= 'z'));
}

// Chinese breaks between any two characters: its "word" at a line's start is one character.
size_t first_word_length(const std::string& s) {
  size_t i = 0;
  if (!s.empty() && written_unspaced(next_code_point(s, i))) return 2;
  size_t space = s.find(' ');
  return display_width(space == std::string::npos ? s : s.substr(0, space));
}

class Joiner {
 public:
  Joiner(const Grammar& g, const Layout& layout) : rules_(g.blocks), layout_(layout), lists_(g.blocks) {}

  // A block of the text (not a note) begins with this line.
  void began(const std::string& text) { lists_.began(text); }

  // next: the line after cur in the same stream, if any; prev_first: prev is the first line
  // of its block's text (under its label, when that was printed alone).
  bool breaks(const Line& prev, const Line& cur, const Line* next, bool blank_between, bool page_between,
              bool prev_first) const {
    // A note's line that begins with a number begins a note, unless the line before left
    // its sentence open ("Johannesburg, South Africa," / "26 August-4 September 2002 ...").
    if (cur.footnote) return is(rules_.footnote, cur.text) && !ends_open(prev.text);
    if (is(rules_.label_only, prev.text)) return false;
    // Across a page change (form feed or furniture between) a line in lower case goes on,
    // unless it is a list's next item ("iv. ..." / "v. Providing ...").
    if (page_between && starts_lower(cur.text) && !lists_.goes_on(cur.text)) return false;
    if (page_between && !layout_.form_feeds && runs_on_across_page(prev, cur)) return false;
    if (!layout_.pdf && blank_between) return !continues_lone_word(prev, cur);
    if (is(rules_.standalone, prev.text)) return true;
    if (heading_between_clauses(prev, cur, next)) return true;
    // "(b) ... framework; and" / "(c) Fulfil their pledges ...", "– should respect ..., and"
    // / "– should facilitate ...": the next item (not "... 5) equipment ..., and" / "6)
    // staffing ..." of an enumeration within a paragraph).
    if (is(rules_.ends_item, prev.text) && lists_.follows_last(cur.text)) return true;
    if (section_number_after_clause(prev, cur, next)) return true;
    // "... at its 4385th meeting, on" / "28 September 2001": the sentence goes on.
    bool goes_on = !blank_between && ends_open(prev.text);
    if (!goes_on && is(rules_.standalone, cur.text)) return true;
    if (title_after_colon(prev, cur)) return false;
    // A line that may begin a unit begins one after a sentence's end, after a short sentence
    // of its own, at a page's top unless the sentence goes on, and after a blank line within
    // a page unless the line before left its sentence open ("... and measures against
    // corruption" / blank / "We, Heads of State ...": PyMuPDF's paragraphs).
    if ((is(rules_.starts_unit, cur.text) || lists_.goes_on(cur.text)) &&
        (ends_sentence_here(prev.text, goes_on) ||
         (!goes_on && whole_short_sentence(cur) && !reference_goes_on(prev, cur)) ||
         (page_between && !ends_open(prev.text) && !full_line_inside_sentence(prev, cur)) ||
         (blank_between && !page_between && !ends_open(prev.text))))
      return true;
    // A labelled line after a blank line begins a clause, however the line before ended
    // (pdftotext may print a clause's last words elsewhere: "... approved for the" / "(b) Less").
    if (layout_.pdf && blank_between && starts_with_label(cur.text)) return true;
    // A label alone after a blank line begins a clause even where pdftotext moved a line
    // ("4." / "2021;" / "Decides to extend ... 31 October" / "5.").
    if (is(rules_.label_only, cur.text))
      return ends_sentence(prev.text) || blank_between || ended_early(prev, cur) || reads_as_heading(prev.text);
    if (ends_open(prev.text) || starts_lower(cur.text)) return false;
    // "... addressed to the Secretary-General" / "Upon instructions from ...": a letter's
    // title ends, its body begins.
    if (is(rules_.ends_unit, prev.text) && starts_capitalized_word(cur.text)) return true;
    // "... implementation of the 2030 Agenda for Sustainable Development" (a title's last
    // line, the formula not printed) / "Reaffirming its resolution 70/1 ...".
    if (is(rules_.opens_clause, cur.text)) return true;
    // A labelled clause under a heading, however wide the heading ("Economic and social
    // development in Latin America and the Caribbean" / "55. Acknowledges ..."), and a
    // numbered one or a list's next item after any line with no stop at its end ("...
    // xenophobia and related intolerance" / "39. Takes note ...", "(a) Support for ... the
    // preservation of territorial integrity" / "(i) To provide good offices ..."): no
    // sentence runs on into "39. Takes" or "(i) To".
    bool numbered = is_digit(cur.text[0]) || lists_.expects(cur.text);
    if ((reads_as_heading(prev.text) || (!sentence_end(prev.text) && numbered)) && starts_labelled_sentence(cur.text))
      return true;
    // A paragraph's first line is indented ("8." / "Welcomes ... Development Assistance" /
    // "Committee of ..."; "61. Notes the adoption by the Council of decisions" /
    // "ISBA/28/C/24 and ..."): when it opens a clause (not a heading: "9." / "Partnerships
    // with other organizations"), it ends early only if shorter still.
    bool indented = layout_.pdf && prev_first && is(rules_.starts_unit, prev.text) && !begins_with_bullet(prev.text);
    if (ended_early(prev, cur, indented ? kIndent : 0)) return true;
    return layout_.pdf && blank_between && ends_sentence(prev.text);
  }

 private:
  // A stop that `continues` reads as an abbreviation's ("Treaty Series No." / "176) to
  // non-European States") ends no sentence.
  static bool ends_sentence_here(const std::string& text, bool goes_on) {
    char end = sentence_end(text);
    return end && !(end == '.' && goes_on);
  }
  // "... as stated in article 3" / "(b) of the Fund's regulations;", "... Conference of the
  // High" / "Contracting Parties to the Convention:": a full line that ends in a number, or in
  // a name's capitalized word before two more, runs on into what completes the reference or
  // the name ("... General Assembly" / "Granting observer status ..." begins a clause).
  bool reference_goes_on(const Line& prev, const Line& cur) const {
    bool name_goes_on = capitalized(last_word(prev.text)) && capitalized(second_word(cur.text));
    return (is_digit(prev.text.back()) || name_goes_on) && !next_word_fitted(prev, cur);
  }
  static std::string_view last_word(std::string_view s) {
    size_t space = s.rfind(' ');
    return space == std::string_view::npos ? s : s.substr(space + 1);
  }
  static std::string_view second_word(std::string_view s) {
    size_t space = s.find(' ');
    if (space == std::string_view::npos) return {};
    s.remove_prefix(space + 1);
    return s.substr(0, s.find(' '));
  }
  // "High", "Parties": a capital, then lower-case letters only.
  static bool capitalized(std::string_view word) {
    if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return false;
    return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  // "... a matter of priority for the international community," / "I" / "International
  // Convention on ...": a section's number alone on its line, over a title, begins the
  // section after a clause's closing comma (no sentence runs on into a lone "I").
  bool section_number_after_clause(const Line& prev, const Line& cur, const Line* next) const {
    if (!rules_.heading_number || sentence_end(prev.text) != ',' || !next) return false;
    Match number = rules_.heading_number->search(cur.text);
    return number.found && number.end() == cur.text.size() && begins_as_capital(next->text, 0);
  }
  // "... for the Sustainable Development of Small Island" / page break / "Developing States
  // (Mauritius Strategy) ...": a full line that began inside its sentence and has no stop at
  // its end goes on over the page break, whatever word the next page begins with.
  bool full_line_inside_sentence(const Line& prev, const Line& cur) const {
    return starts_lower(prev.text) && !sentence_end(prev.text) && !ended_early(prev, cur);
  }
  // "We hereby appeal to the international community to:" on a line of its own.
  bool whole_short_sentence(const Line& line) const {
    char end = sentence_end(line.text);
    return layout_.pdf && end && end != ',' &&
           display_width(line.text) * 100 < layout_.width * 80;
  }
  // "Revised budget estimates for the period from 1 July 2023 to 30 June 2024" / "2.": a
  // heading over the next paragraph, however wide, begins with a capital and holds no
  // punctuation (the end of a sentence before a number alone would have some).
  static bool reads_as_heading(const std::string& text) {
    if (!begins_as_capital(text, 0) || text.find_first_of(".,;:()") != std::string::npos) return false;
    return std::none_of(std::begin(kWideStops), std::end(kWideStops),
                        [&](const auto& stop) { return text.find(stop.first) != std::string::npos; });
  }
  // A capital, or a letter of a script that has none ("5 - تحيط علما ...").
  static bool begins_as_capital(std::string_view text, size_t at) {
    if (at >= text.size()) return false;
    if (text[at] >= 'A' && text[at] <= 'Z') return true;
    return caseless_letter(next_code_point(text, at));
  }
  // "... hampering sustainable development in these" / running head, job number, page
  // counter / "Territories, in particular ...": a sentence left without its stop goes on
  // over the page furniture where no form feed marks the page (PyMuPDF: blank lines around
  // it), unless the next page begins a clause of its own. pdftotext's pages are joined by
  // the rules after this one.
  bool runs_on_across_page(const Line& prev, const Line& cur) const {
    return !sentence_end(prev.text) && !starts_with_label(cur.text) &&
           !is(rules_.starts_unit, cur.text) && !is(rules_.opens_clause, cur.text) && !is(rules_.standalone, cur.text) &&
           !is(rules_.standalone, prev.text);
  }
  // "Recommends" / "to the General Assembly the adoption of ...": a clause's first word,
  // printed on a line of its own (set apart in the source's typeface), and the rest.
  bool continues_lone_word(const Line& prev, const Line& cur) const {
    return prev.text.find(' ') == std::string::npos && !ends_sentence(prev.text) && starts_lower(cur.text) &&
           !starts_with_label(cur.text);
  }
  // "... regional and interregional economic integration and cooperation," / "Transport and
  // transit corridors" / "Noting the need ...": a short heading between two clauses is
  // no clause's last words, though the clause before ends in a comma.
  bool heading_between_clauses(const Line& prev, const Line& cur, const Line* next) const {
    return layout_.pdf && next && sentence_end(prev.text) == ',' && reads_as_heading(cur.text) &&
           ended_early(cur, *next) && (is(rules_.starts_unit, next->text) || starts_labelled_sentence(next->text));
  }
  // "... International Conference on Palestine:" / "Reconstructing Gaza, held on ...": a
  // full line that ends in a colon, then a word that could open a clause (`starts-unit`), is
  // a title's two halves; a list after a colon begins with its labels, and the words that
  // always open a clause (`opens-clause`) still do.
  bool title_after_colon(const Line& prev, const Line& cur) const {
    return layout_.pdf && prev.text.back() == ':' && is(rules_.starts_unit, cur.text) && !starts_with_label(cur.text) &&
           !is(rules_.opens_clause, cur.text) && !next_word_fitted(prev, cur);
  }
  bool is(const std::optional<Pattern>& p, const std::string& text) const {
    return p && p->matches(text);
  }
  bool starts_with_label(const std::string& text) const { return rules_.label && begins_with_label(*rules_.label, text); }
  // "55. Acknowledges", "(a) The", "5 - تحيط": a label, then a word in capitals.
  bool starts_labelled_sentence(const std::string& text) const {
    if (!rules_.label) return false;
    Match m = rules_.label->search(text);
    return m.found && m.begin() == 0 && begins_as_capital(text, m.end());
  }
  bool ends_open(const std::string& text) const { return text2akn::ends_open(rules_, text); }
  // The line ended well before the column did: a title, a masthead line, a paragraph's
  // last line. Proportional fonts make character counts rough, hence the margins: a line
  // ending a sentence may be nearly full, any other must be clearly short.
  // indent: per cent of the width the line was set in from the margin.
  bool ended_early(const Line& prev, const Line& cur, size_t indent = 0) const {
    char end = sentence_end(prev.text);
    if (end && end != ',') return display_width(prev.text) * 100 < column() * (92 - indent);
    return next_word_fitted(prev, cur, indent);
  }
  // Whether cur's first word would have fitted at the end of prev: the test of a line that
  // stops short without a stop of its own.
  bool next_word_fitted(const Line& prev, const Line& cur, size_t indent = 0) const {
    return (display_width(prev.text) + 1 + first_word_length(cur.text)) * 100 < column() * (80 - indent);
  }
  // The column's width in characters; text with paragraph lines of its own is measured
  // against at most 60.
  size_t column() const { return layout_.pdf ? layout_.width : std::min<size_t>(layout_.width, 60); }
  // The first-line indent of UN documents, about a twelfth of the text's width.
  static constexpr size_t kIndent = 8;
  const BlockRules& rules_;
  Layout layout_;
  ListLabels lists_;
};

bool is_label_only(const BlockRules& rules, const std::string& text) {
  return rules.label_only && rules.label_only->matches(text);
}

// A line joins the block's text after a space, unless a word broke at the line's end, or
// the text is Chinese, whose lines break between any two characters ("第76/232" / "号决议";
// not "15." / "重申 ...", a label printed alone).
void append(Block& block, const std::string& text, const Vocabulary& words, const BlockRules& rules) {
  if (block.text.empty()) {
    block.text = text;
    return;
  }
  if (join_broken_word(block.text, text, words)) return;
  size_t first = 0;
  bool unspaced = written_unspaced(last_code_point(block.text)) ||
                  (written_unspaced(next_code_point(text, first)) && !is_label_only(rules, block.text));
  block.text += unspaced ? text : " " + text;
}

// "session.", "2021;", "this end:": a clause's last words, a few, in lower case or figures.
bool is_clause_ending(const std::string& s) {
  char end = sentence_end(s);
  size_t words = 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' '));
  return (end == '.' || end == ';' || end == ':') && words <= 3 &&
         ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9'));
}

// A clause's text that lacks its ending: it begins as a sentence does (a capital, a figure),
// has no label of its own and ends in no punctuation.
bool lacks_ending(const std::string& s, const Pattern& label) {
  bool starts = !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= '0' && s[0] <= '9'));
  return starts && !ends_sentence(s) && !begins_with_label(label, s);
}

// pdftotext may print a clause's last line between its number and its text ("17." /
// "session." / "Decides to continue its consideration ... at its seventy-ninth"): the
// number took the ending, and the text after it ends in no punctuation. The ending goes
// back after the text, and the two blocks are one clause again.
std::vector<Block> restore_displaced_endings(std::vector<Block> blocks, const Pattern& label) {
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& a = blocks[i];
    Match m = a.footnote ? Match{} : label.search(a.text);
    bool numbered = m.found && m.begin() == 0 && m.end() < a.text.size();
    std::string ending = numbered ? a.text.substr(m.end()) : "";
    size_t j = i + 1;
    while (j < blocks.size() && blocks[j].footnote) ++j;
    if (numbered && j < blocks.size() && is_clause_ending(ending) && lacks_ending(blocks[j].text, label)) {
      const Block& text = blocks[j];
      a.text = a.text.substr(0, m.end()) + text.text + " " + ending;
      a.last_line = std::max(a.last_line, text.last_line);
      a.page_break = a.page_break || text.page_break;
      for (size_t k = i + 1; k < j; ++k) out.push_back(std::move(blocks[k]));  // its notes
      out.push_back(std::move(a));
      i = j;
      continue;
    }
    out.push_back(std::move(a));
  }
  return out;
}

// The next line with text after line i (none: null).
const Line* next_text_line(const Source& source, size_t i) {
  for (size_t j = i + 1; j < source.lines.size(); ++j) {
    const Line& l = source.lines[j];
    if (!l.dropped && !l.blank() && !l.footnote) return &l;
  }
  return nullptr;
}

// pdftotext may print a section's number from the margin ahead of the last items of the
// section before ("11." / "(c) Trade finance ..." / "(d) ..." / "Afreximbank declarations"):
// a number alone, then a line led by a label of another kind. Such a number waits for the
// next block that begins without a label of its own.
bool is_stray_number(const Source& source, size_t i, const BlockRules& rules) {
  const Line& line = source.lines[i];
  if (line.footnote || !is_digit(line.text[0]) || !rules.label_only || !rules.label ||
      !rules.label_only->matches(line.text))
    return false;
  const Line* next = next_text_line(source, i);
  return next && !is_digit(next->text[0]) && begins_with_label(*rules.label, next->text);
}

Block lone_label(const Line& line) {
  Block block;
  block.first_line = block.last_line = line.number;
  block.text = line.text;
  return block;
}

// The next line after line i that goes to the same stream (text or footnotes), if any.
const Line* next_in_stream(const Source& source, size_t i) {
  for (size_t j = i + 1; j < source.lines.size(); ++j) {
    const Line& l = source.lines[j];
    if (l.dropped || l.blank()) continue;
    return l.footnote == source.lines[i].footnote ? &l : nullptr;
  }
  return nullptr;
}

}  // namespace

std::optional<PrintedLabel> label_at_start(const BlockRules& rules, const std::string& text) {
  if (!rules.label) return std::nullopt;
  Match m = rules.label->search(text);
  int group = rules.label->group_number("num");
  if (!m.found || m.begin() != 0 || group < 0 || !m.has(group)) return std::nullopt;
  return PrintedLabel{std::string(m.group(text, group)), m.end()};
}

std::vector<Block> make_blocks(const Source& source, const Grammar& grammar) {
  Layout layout = measure(source, grammar.blocks);
  const Vocabulary words(source);
  Joiner joiner(grammar, layout);
  std::vector<Block> blocks;
  // Footnotes sit between the two halves of a paragraph broken by a page: the text and
  // the notes are two streams, each joined with its own previous line.
  struct Stream {
    const Line* prev = nullptr;
    size_t block = 0;
    size_t lines = 0;          // of its block's text so far (a label alone on its line not counted)
    bool under_label = false;  // the block began with a label alone on its line
  } text, notes;
  bool blank_between = false, page_between = false;
  const Line* stray = nullptr;
  size_t stray_at = 0;  // the block index the stray number would have had
  for (size_t i = 0; i < source.lines.size(); ++i) {
    const Line& line = source.lines[i];
    if (line.page_break || line.dropped) page_between = true;
    if (line.dropped) continue;
    if (line.blank()) {
      blank_between = true;
      continue;
    }
    if (layout.pdf && !stray && is_stray_number(source, i, grammar.blocks)) {
      stray = &line;
      stray_at = blocks.size();
      continue;
    }
    Stream& stream = line.footnote ? notes : text;
    bool label_alone = is_label_only(grammar.blocks, line.text);
    if (!stream.prev ||
        joiner.breaks(*stream.prev, line, next_in_stream(source, i), blank_between, page_between,
                      stream.lines == 1)) {
      Block block;
      block.first_line = line.number;
      block.footnote = line.footnote;
      if (stray && !line.footnote && !begins_with_label(*grammar.blocks.label, line.text)) {
        block.first_line = stray->number;
        block.text = stray->text;
        stray = nullptr;
      } else if (stray && is_digit(line.text[0])) {  // the next number came first: it was no stray
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(stray_at), lone_label(*stray));
        if (notes.prev && notes.block >= stray_at) ++notes.block;
        stray = nullptr;
      }
      if (!line.footnote) joiner.began(block.text.empty() ? line.text : block.text);
      blocks.push_back(block);
      stream.block = blocks.size() - 1;
      stream.lines = 0;
      stream.under_label = label_alone;
    }
    if (!label_alone) ++stream.lines;
    Block& block = blocks[stream.block];
    if (page_between) block.page_break = true;
    append(block, line.text, words, grammar.blocks);
    block.last_line = line.number;
    stream.prev = &line;
    blank_between = page_between = false;
  }
  if (stray) {  // no block after it: it stays where it was printed
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(stray_at), lone_label(*stray));
  }
  for (Block& block : blocks)  // a soft hyphen that no line came to join
    if (ends_with(block.text, kSoftHyphen)) block.text.resize(block.text.size() - kSoftHyphen.size());
  if (layout.pdf && grammar.blocks.label) return restore_displaced_endings(std::move(blocks), *grammar.blocks.label);
  return blocks;
}

}  // namespace text2akn
