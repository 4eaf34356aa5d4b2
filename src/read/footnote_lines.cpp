#include "read/footnote_lines.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "read/marking.h"
#include "read/utf8.h"

namespace text2akn {
namespace {

const std::string kFootnoteRule = "footnote rule";  // the reason a footnote rule is dropped

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

// Whether `line`, in text without pages, is the text going on below its notes rather than a
// note's next line: it begins with no note's marker, after a blank line ("(See A/71/589, para.
// 8)", "B"), or, where no blank line parts them, after a note that has ended and with no
// small letter ("... in S/PRST/2002/6." / "Recognizing the role ...", "... on the petition." /
// "13. After the Committee ...").
bool text_goes_on(const Line& line, const Line* last_note, bool after_blank, const Grammar& grammar) {
  if (line.blank() || line.dropped || grammar.blocks.footnote->matches(line.text)) return false;
  if (after_blank) return true;
  return last_note && may_end_note(*last_note, grammar) && !starts_lower(line.text);
}

}  // namespace

// Footnotes run from the rule to the page end: the form feed, else the furniture that ends
// a page (its counter), else, in text that counts no pages, any page furniture. In text
// without pages (clean paragraph text printing the notes of each part under it), the text
// going on ends them too (`text_goes_on`).
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
    bool text_again = below_rule && !source.has_page_breaks && !counted && grammar.blocks.footnote &&
                      text_goes_on(line, section.empty() ? nullptr : section.back(), after_blank, grammar);
    if (page_over || text_again) {
      below_rule = false;
      end_section();
    }
    after_blank = line.blank();
    if (line.blank() || line.dropped) continue;
    if (grammar.blocks.footnote_rule->matches(line.text)) {
      end_section();
      drop(line, kFootnoteRule);
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
// OCR of a printed compilation, whose pages show only by the marker that opens each, prints
// numbered notes so at its pages' feet ("... Palestinian People,31" / "28 Official Records
// ..." / "31 Ibid." / "<!-- Page 2 -->"): the grammar's `footnote-at-foot`, known only there,
// never above a footnote rule.
void mark_unruled_footnotes(Source& source, const Grammar& grammar, Pages layout) {
  const Pattern* unruled = grammar.blocks.footnote_unruled ? &*grammar.blocks.footnote_unruled : nullptr;
  const Pattern* at_foot =
      layout == Pages::none && grammar.blocks.footnote_at_foot ? &*grammar.blocks.footnote_at_foot : nullptr;
  if (!unruled && !at_foot) return;
  constexpr size_t kMaxNoteLines = 3;
  auto& lines = source.lines;
  auto text_line = [&](size_t k) { return !lines[k].blank() && !lines[k].dropped && !lines[k].page_break; };
  const bool paragraph_lines = layout == Pages::none;
  for (size_t i = lines.size(); i-- > 0;) {
    Line& line = lines[i];
    if (line.blank() || line.dropped || line.footnote) continue;
    bool shaped = unruled && unruled->matches(line.text);
    if (!shaped && !(at_foot && at_foot->matches(line.text))) continue;
    if (shaped && paragraph_lines && (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank())) {
      line.footnote = true;
      continue;
    }
    size_t end = i + 1;  // after the note's last line
    while (end < lines.size() && end - i < kMaxNoteLines && text_line(end)) ++end;
    size_t next = end;
    while (next < lines.size() && lines[next].blank() && !lines[next].page_break) ++next;
    bool foot = next == lines.size() || lines[next].page_break || lines[next].footnote ||
                (lines[next].dropped && (shaped || lines[next].drop_reason != kFootnoteRule));
    // a numbered note is a paragraph of its own, ended by a full stop, as a date at a page's
    // foot ("11 de febrero de 2021") and a line that goes on a sentence ("338 (1973) of 22
    // October 1973;") are not
    if (!shaped) foot = foot && (i == 0 || lines[i - 1].blank()) && lines[end - 1].text.back() == '.';
    if (foot)
      for (size_t k = i; k < end; ++k) lines[k].footnote = true;
  }
}

}  // namespace text2akn
