#include "model/notes.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/markers.h"
#include "read/utf8.h"

namespace text2akn {
namespace {

using model::Clause;
using model::Document;
using model::Text;

struct Place {
  size_t text = 0, offset = 0;  // index in the texts, offset in its text
  bool any = false;             // false: no numbered note placed yet
};

void collect_clause(Clause& c, std::vector<Text*>& out) {
  out.push_back(&c.text);
  for (auto& row : c.table)
    for (Text& cell : row) out.push_back(&cell);
  for (Clause& i : c.items) collect_clause(i, out);
  for (Text& t : c.continued) out.push_back(&t);
  for (Text& t : c.wrap_up) out.push_back(&t);
}

void collect_texts(Document& d, std::vector<Text*>& out) {
  for (auto& t : d.preceding) out.push_back(&t);
  for (auto& t : d.following) out.push_back(&t);
  for (auto& l : d.masthead) out.push_back(&l.text);
  for (auto& l : d.session) out.push_back(&l.text);
  for (auto& l : d.heading) out.push_back(&l.text);
  for (auto& t : d.title) out.push_back(&t);
  if (d.formula) out.push_back(&*d.formula);
  for (auto& c : d.preamble) collect_clause(c, out);
  for (auto& c : d.body) collect_clause(c, out);
  for (auto& t : d.closing) out.push_back(&t);
  for (auto& s : d.signatures) {
    out.push_back(&s.name);
    for (auto& r : s.roles) out.push_back(&r);
  }
  for (auto& t : d.signatories) out.push_back(&t);
  for (auto& a : d.annexes) collect_texts(a, out);
  for (auto& a : d.drafts) collect_texts(a, out);
  for (auto& p : d.parts) collect_texts(p, out);
}

// Takes a marker out of a text; the notes already placed after it move back with the text.
void erase_marker(Text& text, size_t at, size_t size) {
  text.text.erase(at, size);
  for (model::Note& placed : text.notes)
    if (placed.offset > at) placed.offset -= std::min(size, placed.offset - at);
}

// Where "Declaration,1" or "missions,1 which" puts marker 1: after the last such glued
// number in the text; else the end.
size_t marker_offset(Text& text, const std::string& marker) {
  size_t at = find_marker(text.text, marker);
  if (at == std::string::npos) return text.text.size();
  erase_marker(text, at, marker.size());
  return at;
}

// The text that prints an unnumbered note's marker ("*"): one of the few texts before the
// note, on its page ("(see annex).*" above the signature); else the last text.
Text* marked_host(const std::vector<Text*>& texts, size_t last, const std::string& marker) {
  constexpr size_t reach = 30;  // blocks: about a page
  for (size_t i = last + 1; i-- > 0 && last - i <= reach;)
    if (find_marker(texts[i]->text, marker) != std::string::npos) return texts[i];
  return texts[last];
}

// Whether the number at `at` follows a punctuation mark and a space ("Effects, 9", "want”. 5").
bool after_punctuation(const std::string& text, size_t at) {
  static const std::string marks = ",;.:)\u201d\u2019";
  if (at < 2 || text[at - 1] != ' ') return false;
  size_t mark = code_point_start(text, at - 2);
  return marks.find(text.substr(mark, at - 1 - mark)) != std::string::npos;
}

// Whether the number at `at` stands apart after a capitalized word and before a word in lower
// case ("Goals 39  to").
bool after_name_before_lower(const std::string& text, size_t at, const std::string& marker) {
  if (at < 2 || text[at - 1] != ' ' || !std::isalpha(static_cast<unsigned char>(text[at - 2]))) return false;
  size_t word = text.rfind(' ', at - 2);
  word = word == std::string::npos ? 0 : word + 1;
  size_t next = text.find_first_not_of(' ', at + marker.size());
  return std::isupper(static_cast<unsigned char>(text[word])) && next != std::string::npos &&
         std::islower(static_cast<unsigned char>(text[next]));
}

// The first place at or after `from` where `is_marker` takes the marker for one.
template <typename IsMarker>
size_t first_marker(const std::string& text, const std::string& marker, size_t from, IsMarker is_marker) {
  for (size_t at = text.find(marker, from); at != std::string::npos; at = text.find(marker, at + 1))
    if (is_marker(text, at, marker)) return at;
  return std::string::npos;
}

// How many places from `after` up to the text before the note `is_marker` takes for the marker.
template <typename IsMarker>
size_t count_markers(const std::vector<Text*>& texts, size_t last, const std::string& marker, Place after,
                     IsMarker is_marker) {
  size_t count = 0;
  for (size_t i = after.text; i <= last && i < texts.size(); ++i) {
    const std::string& text = texts[i]->text;
    for (size_t at = first_marker(text, marker, i == after.text ? after.offset : 0, is_marker); at != std::string::npos;
         at = first_marker(text, marker, at + 1, is_marker))
      ++count;
  }
  return count;
}

// The note at its marker, the first after the last numbered note's up to the text before
// the note, where `is_marker` takes it for one.
template <typename IsMarker>
std::optional<Place> place_at_marker(std::vector<Text*>& texts, size_t last, model::Note& n, Place after,
                                     IsMarker is_marker) {
  for (size_t i = after.text; i <= last && i < texts.size(); ++i) {
    std::string& text = texts[i]->text;
    size_t at = first_marker(text, n.marker, i == after.text ? after.offset : 0, is_marker);
    if (at == std::string::npos) continue;
    bool apart = text[at - 1] == ' ';  // the space before it goes too
    size_t end = at + n.marker.size();
    size_t spaces = std::min(text.find_first_not_of(' ', end), text.size()) - end;
    size_t extra = spaces > 1 ? spaces - 1 : 0;  // and all but one after a superscript ("2  on")
    at -= apart;
    erase_marker(*texts[i], at, n.marker.size() + apart + extra);
    n.offset = at;
    texts[i]->notes.push_back(n);
    return Place{i, at, true};
  }
  return std::nullopt;
}

// The ways a numbered note's marker is printed, each a test of a number found in a text.
class MarkerTests {
 public:
  MarkerTests(const BlockRules& rules, Pages pages) : rules_(rules), pages_(pages) {}

  // Glued to its word ("Declaration1", "missions,1").
  bool glued(const std::string& t, size_t at, const std::string& m) const { return is_glued_marker_at(t, at, m, rules_); }
  // Apart, two spaces after it, as PyMuPDF prints a superscript ("Geneva on 17 June 1925, 1  and");
  // so printed, it may follow a name's word that takes numbers in running text ("the
  // Sustainable Development Goals 39  to address") or what a lone marker may follow
  // ("all previous resolutions 2  on").
  bool superscript(const std::string& t, size_t at, const std::string& m) const {
    return t.compare(at + m.size(), 2, "  ") == 0 &&
           (spaced(t, at, m) || after_name_before_lower(t, at, m) || lone(t, at, m));
  }
  // Apart, one space after it ("of 12 December 1997 14 and"); where no form feed shows the
  // pages, a number ending its paragraph may be anything (a table's last cell) unless
  // punctuation stands before it ("Effects, 9").
  bool apart(const std::string& t, size_t at, const std::string& m) const {
    bool ends = at + m.size() == t.size();
    return pages_ == Pages::broken || !ends ? spaced(t, at, m) : ending(t, at, m);
  }
  // Apart at its paragraph's end, after punctuation ("... for trade and development”, 11"):
  // the one number printed apart that text showing no pages may hold as a marker.
  bool ending(const std::string& t, size_t at, const std::string& m) const {
    return at + m.size() == t.size() && after_punctuation(t, at) && spaced(t, at, m);
  }
  // Glued to a year ("of 19691").
  bool after_year(const std::string& t, size_t at, const std::string& m) const { return is_marker_after_year_at(t, at, m); }
  // Glued to a name that ends with its own number ("Agenda 216").
  bool after_number(const std::string& t, size_t at, const std::string& m) const {
    return is_marker_after_number_at(t, at, m, rules_);
  }
  // A number standing alone that no rule above reads ("review resolutions 3 and").
  bool lone(const std::string& t, size_t at, const std::string& m) const { return is_lone_number_at(t, at, m, rules_); }

 private:
  bool spaced(const std::string& t, size_t at, const std::string& m) const {
    return rules_.spaced_marker && is_spaced_marker_at(t, at, m, *rules_.spaced_marker);
  }
  const BlockRules& rules_;
  Pages pages_;
};

// One rung of the ladder: a test, where it looks (from the note before, or on the note's own
// page only), and whether the number must be the only one it takes there.
struct Rung {
  bool (MarkerTests::*test)(const std::string&, size_t, const std::string&) const;
  bool on_page;
  bool only_one;
};

// Surest first, for each way a text shows its pages. A marker glued to its word anywhere
// before the note is surer than one printed apart, which is looked for on the note's page.
// With form feeds (pdftotext) a marker apart is a number between spaces after what the
// grammar's `spaced-marker` accepts; without them only PyMuPDF's superscript is surer than
// a marker glued to a year, and in clean text, which shows no pages, only a number apart
// that ends its paragraph after punctuation is taken besides.
// Last, where pages show, a lone number after a name, when it is the only one on the page.
const std::vector<Rung>& ladder(Pages pages) {
  using M = MarkerTests;
  static const std::vector<Rung> broken = {{&M::glued, false, false},        {&M::apart, true, false},
                                           {&M::after_year, false, false},   {&M::after_number, false, false},
                                           {&M::lone, true, true}};
  static const std::vector<Rung> counted = {{&M::glued, false, false},       {&M::superscript, true, false},
                                            {&M::after_year, false, false},  {&M::after_number, false, false},
                                            {&M::apart, true, false},        {&M::lone, true, true}};
  static const std::vector<Rung> none = {{&M::glued, false, false},     {&M::superscript, true, false},
                                         {&M::after_year, false, false}, {&M::after_number, false, false},
                                         {&M::ending, true, false}};
  return pages == Pages::broken ? broken : pages == Pages::counted ? counted : none;
}

// Numbered notes are numbered in reading order: a note's marker is the first one after the
// last numbered note's, up to the text before the note, wherever the notes are printed (at
// each page foot, or all at the end as in the UN's own text) and however far back the
// marker is, read by the first rung of the ladder that finds it.
std::optional<Place> place_at_numbered_marker(std::vector<Text*>& texts, size_t last, model::Note& n, Place after,
                                              const MarkerTests& tests, const std::vector<Rung>& ladder,
                                              size_t page_start) {
  Place on_page = after;
  while (on_page.text <= last && on_page.text < texts.size() && texts[on_page.text]->order < page_start)
    on_page = {on_page.text + 1, 0, after.any};
  for (const Rung& rung : ladder) {
    auto is_marker = [&](const std::string& t, size_t at, const std::string& m) { return (tests.*rung.test)(t, at, m); };
    Place from = rung.on_page ? on_page : after;
    if (rung.only_one && count_markers(texts, last, n.marker, from, is_marker) != 1) continue;
    if (auto placed = place_at_marker(texts, last, n, from, is_marker)) return placed;
  }
  return std::nullopt;
}

// Notes whose markers cannot be read ("April 20205" aside a year): after the first note
// placed, each goes right after the note before it; before it, they wait for the next note
// placed and go right before it, so that the notes keep their order.
class NumberedNotes {
 public:
  NumberedNotes(std::vector<Text*>& texts, const BlockRules& rules, Pages pages, std::vector<Diagnostic>& diags)
      : texts_(texts), tests_(rules, pages), ladder_(ladder(pages)), diags_(diags) {}

  // line: the note's, for the report of a marker not found
  void place(model::Note n, size_t last, size_t page_start, int line) {
    if (auto placed = place_at_numbered_marker(texts_, last, n, after_, tests_, ladder_, page_start)) {
      after_ = *placed;
      // before the note just placed, the host's last
      std::vector<model::Note>& host = texts_[after_.text]->notes;
      for (Waiting& w : waiting_) {
        w.note.offset = after_.offset;
        host.insert(host.end() - 1, std::move(w.note));
      }
      waiting_.clear();
      return;
    }
    diags_.push_back({Diagnostic::Severity::warning, "unmarked-note",
                      "marker of note " + n.marker + " not found in the text before it: placed next to the note before it",
                      line, 1});
    if (after_.any) {  // the next marker is still looked for from the note before on
      n.offset = after_.offset;
      texts_[after_.text]->notes.push_back(std::move(n));
    } else {
      waiting_.push_back({std::move(n), last});
    }
  }

  // Notes still waiting: none placed after them; each at the end of the text before it.
  void finish() {
    for (Waiting& w : waiting_) {
      Text* host = texts_[w.last];
      w.note.offset = marker_offset(*host, w.note.marker);
      host->notes.push_back(std::move(w.note));
    }
  }

 private:
  std::vector<Text*>& texts_;
  MarkerTests tests_;
  const std::vector<Rung>& ladder_;  // how the text's layout prints markers, surest first
  std::vector<Diagnostic>& diags_;
  Place after_;  // where the last numbered note went
  struct Waiting {
    model::Note note;
    size_t last;  // the text printed last before the note
  };
  std::vector<Waiting> waiting_;
};

}  // namespace

// A footnote goes to the last text printed before it, at its marker if the text has one.
void attach_notes(model::Document& doc, const std::vector<model::Text>& notes, const Grammar& g, Pages pages,
                  std::vector<Diagnostic>& diags) {
  if (notes.empty()) return;  // spares sorting every text of a long document for nothing
  std::vector<Text*> texts;
  collect_texts(doc, texts);
  // stable: a table row's cells share its order and keep theirs
  std::stable_sort(texts.begin(), texts.end(), [](Text* a, Text* b) { return a->order < b->order; });
  if (texts.empty()) {  // nothing but footnotes: they are the text
    for (const Text& note : notes) {
      model::Clause c;
      c.text = note;
      c.style = "p";
      doc.body.push_back(std::move(c));
    }
    return;
  }
  // Markers printed apart from their word are looked for on the note's own page only: from
  // the last block before the notes of the page before (it may go on across the page break)
  // on (the ladder says which forms each layout may print).
  size_t page_start = 0, run_start = 0;  // run_start: the first note of the current run
  NumberedNotes numbered(texts, g.blocks, pages, diags);
  for (size_t k = 0; k < notes.size(); ++k) {
    const Text& note = notes[k];
    if (k == 0 || notes[k - 1].order + 1 != note.order) {
      if (k > 0) page_start = notes[run_start].order > 0 ? notes[run_start].order - 1 : 0;
      run_start = k;
    }
    // the last text before the note (texts are sorted by order), else the first
    auto following = std::lower_bound(texts.begin(), texts.end(), note.order,
                                      [](const Text* t, size_t order) { return t->order < order; });
    size_t last = following == texts.begin() ? 0 : static_cast<size_t>(following - texts.begin()) - 1;
    model::Note n;
    NoteMarker read = note_marker(g.blocks, note.text);
    n.marker = std::move(read.marker);
    n.text = note.text.substr(read.text_at);
    if (!n.marker.empty() && std::isdigit(static_cast<unsigned char>(n.marker[0]))) {
      numbered.place(std::move(n), last, page_start, note.line);
      continue;
    }
    Text* host = marked_host(texts, last, n.marker);
    n.offset = marker_offset(*host, n.marker);
    host->notes.push_back(n);
  }
  numbered.finish();
}

}  // namespace text2akn
