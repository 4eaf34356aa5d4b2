#include "blocks/joiner.h"

#include <algorithm>
#include <vector>

#include "blocks/line_text.h"
#include "blocks/list_labels.h"
#include "read/utf8.h"

namespace text2akn {
namespace {

// The width lines are set to: the 90th percentile of their widths, in time linear in the
// lines (a sort would not be). Lines more than three times as wide as the three-quarter mark
// are left out: a few paragraphs printed unbroken among lines set to a column (S/2018/257
// as UNBench's record gives it) would otherwise make every full line of that column look short.
// Where lines that break inside a sentence (`wrapped`: the widths of lines whose next goes
// on in lower case) are many, they show the column by themselves, and lines more than twice
// as wide as they are paragraphs printed unbroken, however many there are (S/2018/1021
// prints a third of its lines so), and where the column measured is still clearly wider than
// they are, they give it.
size_t column_width(std::vector<size_t>& widths, std::vector<size_t>& wrapped) {
  if (widths.empty()) return 0;
  auto percentile = [](std::vector<size_t>& v, size_t per_cent) {
    auto nth = v.begin() + static_cast<std::ptrdiff_t>(v.size() * per_cent / 100);
    std::nth_element(v.begin(), nth, v.end());
    return *nth;
  };
  constexpr size_t kFewWrapped = 8;
  const bool many_wrapped = wrapped.size() >= kFewWrapped;
  const size_t wrapped_width = many_wrapped ? percentile(wrapped, 90) : 0;
  size_t bound = 3 * percentile(widths, 75);
  if (many_wrapped) bound = std::min(bound, 2 * wrapped_width);
  widths.erase(std::remove_if(widths.begin(), widths.end(), [&](size_t w) { return w > bound; }), widths.end());
  size_t width = widths.empty() ? 0 : percentile(widths, 90);
  // Proportional type makes the two measures differ by a few per cent; a column more than a
  // tenth wider than the lines that wrap inside a sentence is widened by paragraphs printed
  // unbroken that the bound kept (S/2024/557: 113 characters, its wrapped lines 96)
  if (many_wrapped && width * 10 > wrapped_width * 11) width = wrapped_width;
  return width;
}

constexpr size_t kWideLine = 60;  // half a page's column and more

// A wide line that ends without a stop, not a list's item: the mark of a line wrapped at its
// column in mid-sentence.
bool runs_on(const BlockRules& rules, const std::string& text) {
  return display_width(text) >= kWideLine && !sentence_end(text) &&
         !(rules.label && begins_with_label(*rules.label, text));
}

// Lines not set to a column: the column measured wider than any page's, and few lines that
// run on (a page's column holds at most about a hundred characters, and wraps most of its
// lines in mid-sentence; a paragraph printed whole ends with a stop, a title or a heading
// may not).
bool unwrapped(size_t width, size_t run_on, size_t followed) {
  constexpr size_t kWidestColumn = 120, kFewFollowed = 8;
  return width > kWidestColumn && followed >= kFewFollowed && run_on * 4 <= followed;
}

}  // namespace

// PDF extractions have form feeds or page feet in pdftotext's order, or long runs of wrapped
// lines with no blank between;
// typescript read by OCR may have a blank line after every line, so that a fifth of its
// blocks break off in mid-sentence (A/RES/42/37): its blank lines are no more reliable;
// web pages and databases print each paragraph whole on its line (`unwrapped`).
Layout measure(const Source& source, const BlockRules& rules) {
  Layout layout;
  std::vector<size_t> lengths, wrapped;  // every line's width; a line's going on in lower case
  size_t run = 0, longest_run = 0, runs = 0, in_runs = 0, broken_off = 0;
  size_t followed = 0, run_on = 0;  // lines another line follows; those of them that run on
  const Line* last = nullptr;
  for (const Line& l : source.lines) {
    if (l.dropped) continue;
    if (l.blank()) {
      if (run) ++runs, in_runs += run, broken_off += breaks_off(rules, last->text);
      run = 0;
      continue;
    }
    if (run) ++followed, run_on += runs_on(rules, last->text);
    if (run && starts_lower(l.text)) wrapped.push_back(display_width(last->text));
    ++run;
    last = &l;
    longest_run = std::max(longest_run, run);
    size_t n = display_width(l.text);
    if (n > 20) lengths.push_back(n);
  }
  if (run) ++runs, in_runs += run;
  bool double_spaced = runs >= 20 && broken_off * 5 >= runs;
  layout.width = column_width(lengths, wrapped);
  layout.unwrapped = unwrapped(layout.width, run_on, followed);
  layout.pdftotext = source.pdftotext();
  layout.pdf = source.pdftotext() || (longest_run > 12 && runs && in_runs / runs > 4) || double_spaced;
  return layout;
}

class Joiner::Cues {
 public:
  Cues(const Grammar& g, const Layout& layout) : rules_(g.blocks), layout_(layout), lists_(g.blocks) {}

  void began(const std::string& text) { lists_.began(text); }

  bool breaks(const Line& prev, const Line& cur, const Line* next, bool blank_between, bool page_between,
              const BlockSoFar& so_far) const {
    const bool prev_first = so_far.lines == 1;
    // A note's line that begins with a number begins a note, unless the line before left
    // its sentence open ("Johannesburg, South Africa," / "26 August-4 September 2002 ...").
    if (cur.footnote) return is(rules_.footnote, cur.text) && !ends_open(prev.text);
    if (is(rules_.label_only, prev.text) || is(rules_.verb_alone, prev.text)) return false;
    // "7." / "Invites" / "Member States, ...": the label and its verb alone, each on a line
    if (prev_first && !so_far.label.empty() && is(rules_.verb_alone, std::string(so_far.label) + " " + prev.text))
      return false;
    // Across a page change (form feed or furniture between) a line in lower case goes on,
    // unless it is a list's next item ("iv. ..." / "v. Providing ...").
    if (page_between && starts_lower(cur.text) && !lists_.goes_on(cur.text)) return false;
    if (page_between && !layout_.pdftotext && runs_on_across_page(prev, cur)) return false;
    if (!layout_.pdf && blank_between) return !continues_lone_word(prev, cur);
    if (is(rules_.standalone, prev.text)) return true;
    if (opener_goes_on(prev, cur, blank_between)) return false;
    if (heading_between_clauses(prev, cur, next)) return true;
    // "(b) ... framework; and" / "(c) Fulfil their pledges ...", "– should respect ..., and"
    // / "– should facilitate ...": the next item (not "... 5) equipment ..., and" / "6)
    // staffing ..." of an enumeration within a paragraph).
    if (is(rules_.ends_item, prev.text) && lists_.follows_last(cur.text)) return true;
    if (section_number_after_clause(prev, cur, next)) return true;
    // "... at its 4385th meeting, on" / "28 September 2001": the sentence goes on.
    const bool open = ends_open(prev.text);
    bool goes_on = !blank_between && open;
    if (!goes_on && is(rules_.standalone, cur.text)) return true;
    if (title_after_colon(prev, cur)) return false;
    // A line that may begin a unit begins one after a sentence's end, after a short sentence
    // of its own, at a page's top unless the sentence goes on, and after a blank line within
    // a page unless the line before left its sentence open ("... and measures against
    // corruption" / blank / "We, Heads of State ...": PyMuPDF's paragraphs).
    if ((is(rules_.starts_unit, cur.text) || lists_.goes_on(cur.text)) &&
        (ends_sentence_here(prev.text, goes_on) ||
         (!goes_on && whole_short_sentence(cur) && !reference_goes_on(prev, cur)) ||
         (page_between && !open && !full_line_inside_sentence(prev, cur)) ||
         (blank_between && !page_between && !open)))
      return true;
    // A labelled line after a blank line begins a clause, however the line before ended
    // (pdftotext may print a clause's last words elsewhere: "... approved for the" / "(b) Less").
    if (layout_.pdf && blank_between && starts_with_label(cur.text)) return true;
    // A label alone after a blank line begins a clause even where pdftotext moved a line
    // ("4." / "2021;" / "Decides to extend ... 31 October" / "5.").
    if (is(rules_.label_only, cur.text))
      return ends_sentence(prev.text) || blank_between || ended_early(prev, cur) || reads_as_heading(prev.text);
    // (a line printed whole that ended its sentence is followed by a paragraph of its own,
    // in lower case too: "... background information;" / "and its request that ...")
    if (open || (starts_lower(cur.text) && !(layout_.unwrapped && ends_sentence(prev.text))) ||
        is(rules_.goes_on, cur.text))
      return false;
    if (!blank_between && !prev_first && word_by_word(so_far, cur)) return false;
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
  // "... والحد منها،" / "وإذ تعرب عن بالغ القلق ...": in a script without capitals a clause's
  // opener also opens its further clauses within one paragraph. Where blank lines part the
  // paragraphs (PyMuPDF's text), one that follows a comma with no blank line between goes on
  // its paragraph; a PDF layout's line widths do not tell (Arabic paragraphs' last lines are
  // as wide as the others in characters).
  bool opener_goes_on(const Line& prev, const Line& cur, bool blank_between) const {
    return !layout_.pdf && !blank_between && is(rules_.goes_on_after_comma, cur.text) &&
           sentence_end(prev.text) == ',';
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
    return !holds_wide_stop(text);
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
  // it), unless the next page begins a clause of its own; so does a list that a comma left
  // open, with a number that is no label ("... 56/1 of 10 July 2024,5" / page / "55/20 of 4
  // April 2024, ..."). pdftotext's pages are joined by the rules after this one.
  bool runs_on_across_page(const Line& prev, const Line& cur) const {
    char end = sentence_end(prev.text);
    return (!end || (end == ',' && is_digit(cur.text[0]))) && !starts_with_label(cur.text) &&
           !is(rules_.starts_unit, cur.text) && !is(rules_.opens_clause, cur.text) && !is(rules_.standalone, cur.text) &&
           !is(rules_.standalone, prev.text);
  }
  // "21. Encourages" / "the" / "Inter-Agency" / "Standing" / "Committee" / "to" / "enhance
  // coordination ...", "10. Urges" / "all" / "States," / "as" / ...: PyMuPDF may print a
  // justified line's words each on a line of its own. A lone word inside a block, neither a
  // number nor a sentence's end, goes on into another, and two in a row into whatever line
  // follows ("the" / "Peacebuilding" / "Commission and the Economic and Social Council, ...").
  // A heading's lone word is its block's first line; a line of Chinese, which writes no
  // spaces, is no lone word.
  static bool word_by_word(const BlockSoFar& so_far, const Line& cur) {
    if (so_far.lone_words >= 2) return true;
    if (so_far.lone_words == 0) return false;
    std::string_view word = cur.text;
    if (word.back() == ',' || word.back() == ';') word.remove_suffix(1);
    return is_lone_word(word);
  }
  // "Recommends" / "to the General Assembly the adoption of ...": a clause's first word,
  // printed on a line of its own (set apart in the source's typeface), and the rest.
  bool continues_lone_word(const Line& prev, const Line& cur) const {
    return prev.text.find(' ') == std::string::npos && !ends_sentence(prev.text) && starts_lower(cur.text) &&
           !starts_with_label(cur.text);
  }
  // "... regional and interregional economic integration and cooperation," / "Transport and
  // transit corridors" / "Noting the need ...", "... face à la corruption." / "Mesures
  // préventives" / "Nous ...": a short heading between two clauses is no clause's last
  // words, though the clause before ends in a comma, and no sentence of its own (after a
  // colon, a title's second half: "... Agenda 2063:" / "The Africa We Want"); nor is the
  // first of two ("... the updated Transition Plan;" / "AMISOM" / "Priorities and tasks" /
  // "9. Decides ...").
  bool heading_between_clauses(const Line& prev, const Line& cur, const Line* next) const {
    char end = sentence_end(prev.text);
    bool clause_ended = end == '.' || end == ';';
    return layout_.pdf && next && end && end != ':' && reads_as_heading(cur.text) && ended_early(cur, *next) &&
           (is(rules_.starts_unit, next->text) || starts_labelled_sentence(next->text) ||
            (clause_ended && !ends_open(cur.text) && short_heading(next->text)));
  }
  bool short_heading(const std::string& text) const {
    return reads_as_heading(text) && display_width(text) * 100 < column() * 60;
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
    if (layout_.unwrapped) return true;  // every line ends where its author ended it
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

bool is_lone_word(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
}

Joiner::Joiner(const Grammar& grammar, const Layout& layout) : cues_(std::make_unique<Cues>(grammar, layout)) {}
Joiner::~Joiner() = default;

void Joiner::began(const std::string& text) { cues_->began(text); }

bool Joiner::breaks(const Line& prev, const Line& cur, const Line* next, bool blank_between, bool page_between,
                    const BlockSoFar& so_far) const {
  return cues_->breaks(prev, cur, next, blank_between, page_between, so_far);
}

}  // namespace text2akn
