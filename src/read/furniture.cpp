#include "read/furniture.h"
#include "read/utf8.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>

namespace text2akn {
namespace {

// Running heads and feet sit in the first and last few lines of a page.
constexpr size_t kZoneLines = 6;
// A shorter line ("2.", "Annex") may recur at a page top without being a running head.
constexpr size_t kMinRepeated = 10;
// The masthead and title fill at most this many lines of page one.
constexpr size_t kTitleLines = 30;

void drop(Line& line, const std::string& reason) {
  line.dropped = true;
  line.drop_reason = reason;
}

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

// Pages end at form feeds (pdftotext) or, in text that has none (PyMuPDF), after the
// furniture that closes a page, such as its counter.
std::vector<std::vector<Line*>> pages_of(Source& source) {
  std::vector<std::vector<Line*>> pages(1);
  bool after_page_end = false;
  for (Line& line : source.lines) {
    bool new_page = source.has_page_breaks ? line.page_break : after_page_end && !line.dropped && !line.blank();
    if (new_page && !pages.back().empty()) pages.emplace_back();
    if (line.page_end) after_page_end = true;
    if (new_page) after_page_end = false;
    if (!line.blank() && !line.dropped) pages.back().push_back(&line);
  }
  return pages;
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

// A line ending on a word that cannot end a sentence ("of the"), by the grammar's
// `continues`.
bool leaves_open(const std::string& text, const Grammar& grammar) {
  return grammar.blocks.continues && grammar.blocks.continues->search(text).found;
}

// A clause's stop in any script ends the line: the formula ends so ("The General Assembly,"),
// and the clauses follow it.
bool ends_with_clause_stop(std::string_view text) {
  char stop = stop_at_end(text);
  return stop == ',' || stop == ';' || stop == ':';
}

// Pages counted at their feet (a counter, page one's barcode) but not divided by form feeds:
// PyMuPDF's text, or pdftotext's with its form feeds lost.
bool counted_pages(const Source& source) {
  return !source.has_page_breaks &&
         std::any_of(source.lines.begin(), source.lines.end(), [](const Line& l) { return l.page_end; });
}

// The symbols a line holds and nothing else: one ("A/79/826"), or a joint masthead's
// several joined by dashes ("A/79/826-S/2025/174"); none if anything else is on the line.
std::vector<std::string> symbols_alone(const std::string& text, const Grammar& grammar) {
  std::vector<std::string> found = symbols_in(text, grammar);
  std::string rest = text;
  for (const std::string& symbol : found) rest.erase(rest.find(symbol), symbol.size());
  for (std::string_view dash : {"\u2013", "\u2014"})  // en and em dashes
    for (size_t at; (at = rest.find(dash)) != std::string::npos;) rest.erase(at, dash.size());
  return rest.find_first_not_of(" -") == std::string::npos ? found : std::vector<std::string>{};
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

// How a footnote's line begins: with its marker ("4 Resolution 70/1."), with its marker alone
// ("4"), or with neither (the text of a note whose marker pdftotext printed elsewhere).
enum class NoteStart { text, marker, lone_marker };

NoteStart note_start(const Line& line, const Pattern& footnote) {
  Match m = footnote.search(line.text);
  if (!m.found || m.begin() != 0) return NoteStart::text;
  bool lone = m.end() == line.text.size() && line.text[0] >= '0' && line.text[0] <= '9';
  return lone ? NoteStart::lone_marker : NoteStart::marker;
}

// Whether marker `next` is the number after marker `number` ("45", "46").
bool goes_on(const std::string& number, const std::string& next) {
  auto value = [](const std::string& s) {
    bool digits = std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    return !s.empty() && s.size() <= 3 && digits ? std::stoi(s) : -1;
  };
  return value(number) >= 0 && value(next) == value(number) + 1;
}

// Whether a note may end with this line: a full stop, not after "No." or "vol." (the
// grammar's `continues`).
bool may_end_note(const Line& line, const Grammar& grammar) {
  return line.text.back() == '.' && !leaves_open(line.text, grammar);
}

// The lines of `lead` as `notes` notes: one each, all in one, or split after each line
// that may end a note; empty when they do not fall into that many.
std::vector<std::vector<Line*>> group_notes(const std::vector<Line*>& lead, size_t notes, const Grammar& grammar) {
  std::vector<std::vector<Line*>> groups;
  if (notes == 1) return {lead};
  for (Line* l : lead) {
    if (lead.size() != notes && !groups.empty() && !may_end_note(*groups.back().back(), grammar))
      groups.back().push_back(l);
    else
      groups.push_back({l});
  }
  if (groups.size() != notes) return {};
  return groups;
}

// pdftotext often prints the markers of a page's first notes apart from their text: after
// the page's last note ("Resolution 69/313, annex." / "E/CN.5/2020/3." / "6" / "See ..."
// / "4" / "5") or all together before the notes ("2" / "3" / "Resolution 1514 (XV)." /
// "Resolution 217 A (III)."). The lone markers go back to the notes without one, in order.
void restore_leading_markers(const std::vector<Line*>& section, const Grammar& grammar) {
  std::vector<NoteStart> starts;
  for (const Line* l : section) starts.push_back(note_start(*l, *grammar.blocks.footnote));
  auto lone = [&](size_t i) { return starts[i] == NoteStart::lone_marker; };
  size_t before = 0;  // lone markers before the notes
  while (before < section.size() && lone(before)) ++before;
  // The page's first note may keep its marker ("45 See ISBA/26/A/19." / "Ibid." / "See
  // ISBA/8/A/11." / "48" ... / "46" / "47"): the notes without one follow it.
  const size_t kept = before < section.size() && starts[before] == NoteStart::marker;
  size_t lead = before + kept;  // the notes' lines up to the next with a marker
  while (lead < section.size() && starts[lead] == NoteStart::text) ++lead;
  std::vector<Line*> markers(section.begin(), section.begin() + static_cast<std::ptrdiff_t>(before));
  // Markers printed after the page's last note follow those printed before the notes
  // ("1" / "United Nations, Treaty Series ..." / "Resolutions 75/239 ..." / "3" / ... / "2").
  std::vector<Line*> after;
  for (size_t i = section.size(); i > lead && lone(i - 1); --i) after.insert(after.begin(), section[i - 1]);
  if (!after.empty() && (markers.empty() || goes_on(markers.back()->text, after.front()->text)))
    markers.insert(markers.end(), after.begin(), after.end());
  if (lead == before + kept || markers.empty()) return;
  if (kept && !goes_on(note_marker(grammar.blocks, section[before]->text).marker, markers.front()->text)) return;
  auto groups = group_notes({section.begin() + static_cast<std::ptrdiff_t>(before),
                             section.begin() + static_cast<std::ptrdiff_t>(lead)},
                            markers.size() + kept, grammar);
  if (groups.empty()) return;
  groups.erase(groups.begin(), groups.begin() + static_cast<std::ptrdiff_t>(kept));
  for (size_t g = 0; g < groups.size(); ++g) {
    groups[g].front()->text = markers[g]->text + " " + groups[g].front()->text;
    drop(*markers[g], "footnote marker (moved to its note)");
  }
}

// Footnotes run from the rule to the page end: the form feed, else the furniture that ends
// a page (its counter), else, in text that counts no pages, any page furniture. In text
// without pages (clean paragraph text printing the notes of each part under it), a paragraph
// after a blank line that begins with no note's marker ends them too: "(See A/71/589, para.
// 8)", "B", the text goes on.
void mark_footnotes(Source& source, const Grammar& grammar, Pages layout) {
  if (!grammar.blocks.footnote_rule) return;
  std::vector<Line*> section;  // the lines of the notes below the current rule
  auto end_section = [&] {
    if (!section.empty() && grammar.blocks.footnote) restore_leading_markers(section, grammar);
    section.clear();
  };
  // In pages counted but not divided by form feeds, whatever furniture or blank lines stand
  // among the notes (the markers, the job number, then the notes), they run to the counter.
  const bool counted = layout == Pages::counted;
  bool below_rule = false, after_blank = false;
  for (Line& line : source.lines) {
    bool page_over = source.has_page_breaks ? line.page_break : counted ? line.page_end : line.dropped;
    bool text_again = below_rule && after_blank && !source.has_page_breaks && !counted && !line.blank() &&
                      !line.dropped && grammar.blocks.footnote && !grammar.blocks.footnote->matches(line.text);
    if (page_over || text_again) {
      below_rule = false;
      end_section();
    }
    after_blank = line.blank();
    if (line.blank() || line.dropped) continue;
    if (grammar.blocks.footnote_rule->matches(line.text)) {
      end_section();
      drop(line, "footnote rule");
      below_rule = true;
    } else if (below_rule) {
      line.footnote = true;
      section.push_back(&line);
    }
  }
  end_section();
}

// A footnote printed without a rule ("* Circulated in the language of submission only.")
// is known by its shape and its place: the last text of a page, before the page furniture,
// the page break or the end, or above another such note (read from the end, so that the
// note below is known first). It may wrap onto a line or two ("... in line with current
// liquidity management" / "measures.").
// Text that shows no pages may print each paragraph on a line of its own: there, such a note
// may also be a paragraph of one line, wherever it stands ("Recognizing the ... of youth ..." /
// "* Reissued for technical reasons on 5 January 2016." / "Affirming ...").
void mark_unruled_footnotes(Source& source, const Grammar& grammar, Pages layout) {
  if (!grammar.blocks.footnote_unruled) return;
  constexpr size_t kMaxNoteLines = 3;
  auto& lines = source.lines;
  auto text_line = [&](size_t k) { return !lines[k].blank() && !lines[k].dropped && !lines[k].page_break; };
  const bool paragraph_lines = layout == Pages::none;
  for (size_t i = lines.size(); i-- > 0;) {
    Line& line = lines[i];
    if (line.blank() || line.dropped || line.footnote || !grammar.blocks.footnote_unruled->matches(line.text))
      continue;
    if (paragraph_lines && (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank())) {
      line.footnote = true;
      continue;
    }
    size_t end = i + 1;  // after the note's last line
    while (end < lines.size() && end - i < kMaxNoteLines && text_line(end)) ++end;
    size_t next = end;
    while (next < lines.size() && lines[next].blank() && !lines[next].page_break) ++next;
    if (next == lines.size() || lines[next].dropped || lines[next].page_break || lines[next].footnote)
      for (size_t k = i; k < end; ++k) lines[k].footnote = true;
  }
}

}  // namespace

Pages page_layout(const Source& source) {
  // A printed page without a counter is the only page of its text.
  if (source.has_page_breaks) return Pages::broken;
  return counted_pages(source) || source.printed ? Pages::counted : Pages::none;
}

// Without form feeds, a page's feet tell pdftotext's text from PyMuPDF's. PyMuPDF prints the
// next page's running symbol above the counter ("A/80/L.25" / "25-19835" / "2/22"); pdftotext
// prints it after the counter, with the next page's head, or the job number there ("2/8" /
// "25-09910"; "3/8" / "A/80/143"). Most counters decide.
bool counters_come_first(const Source& source, const Grammar& grammar) {
  constexpr size_t kReach = 6;  // non-blank lines looked at on each side of a counter
  if (source.has_page_breaks) return false;
  const auto& lines = source.lines;
  auto symbol = [&](const Line& l) { return !l.dropped && !symbols_alone(l.text, grammar).empty(); };
  auto symbol_or_furniture = [&](const Line& l) { return l.dropped || symbol(l); };
  // whether one of the kReach non-blank lines from `from`, walking by `step`, passes `test`
  auto any_near = [&](size_t from, std::ptrdiff_t step, auto&& test) {
    size_t seen = 0;
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(from);
         k >= 0 && static_cast<size_t>(k) < lines.size() && seen < kReach; k += step)
      if (!lines[k].blank() && (++seen, test(lines[k]))) return true;
    return false;
  };
  int first = 0, last = 0;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!lines[i].page_end) continue;
    if (any_near(i - 1, -1, symbol)) ++last;
    else if (any_near(i + 1, 1, symbol_or_furniture)) ++first;
  }
  return first > last;
}

// Without form feeds, pdftotext prints a page's counter before the rest of its foot (the
// notes' text, then the job number: "2/7" / "Resolution 69/15, annex." / "23-25912"), where
// PyMuPDF prints it last: the page ends at the last furniture of its foot, a few lines on.
void end_pages_after_their_foot(Source& source) {
  constexpr int kFootLines = 4;  // lines of text after the counter that may still be its foot
  if (source.has_page_breaks) return;
  auto& lines = source.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].page_end) continue;
    size_t last_furniture = i;
    int text_lines = 0;
    for (size_t k = i + 1; k < lines.size() && text_lines <= kFootLines && !lines[k].page_end; ++k) {
      if (lines[k].dropped) last_furniture = k;
      else if (!lines[k].blank()) ++text_lines;
    }
    if (last_furniture == i) continue;
    lines[i].page_end = false;
    lines[last_furniture].page_end = true;
    i = last_furniture;
  }
}

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
