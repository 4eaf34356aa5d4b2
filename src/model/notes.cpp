#include "model/notes.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

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
  for (auto& t : d.preamble) out.push_back(&t);
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

// After a capital or digit and a full stop, a number belongs to a reference ("C-24/DEC.4",
// "paragraph II.96"), as after a hyphen ("COVID-19"): not a marker ("1991.*" is one).
bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A number after a full stop in a word holding a slash is part of a symbol ("A/75/L.5/Rev.1").
bool in_symbol(const std::string& text, size_t at) {
  size_t word = text.rfind(' ', at);
  word = word == std::string::npos ? 0 : word + 1;
  return text.find('/', word) < at;
}

// About `bytes` of the text before `at`, from the start of a character: the patterns are
// searched as UTF-8 without checking it, and a cut through a character is no UTF-8.
std::string_view text_before(const std::string& text, size_t at, size_t bytes) {
  size_t from = at > bytes ? at - bytes : 0;
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  return std::string_view(text).substr(from, at - from);
}

// Whether a hyphen or a range's dash stands before `at`: ASCII, or U+2010, U+2011
// ("COVID\u201119"), U+2013 ("2011\u20132020").
bool after_hyphen(const std::string& text, size_t at) {
  if (at > 0 && text[at - 1] == '-') return true;
  for (const char* dash : {"\u2010", "\u2011", "\u2013"})
    if (at >= 3 && text.compare(at - 3, 3, dash) == 0) return true;
  return false;
}

// Whether the marker at `at` is one: glued to the word before it ("Declaration1",
// "missions,1") and followed by a word's end. A marker with a slash ("1/") is one after a
// space too ("Programme of Action, 1/ adopted").
bool is_marker_at(const std::string& text, size_t at, const std::string& marker) {
  if (at == 0) return false;
  bool numbered = std::isdigit(static_cast<unsigned char>(marker[0]));
  size_t end = at + marker.size();
  char before = text[at - 1];
  if (marker.back() == '/' && before == ' ') before = at > 1 ? text[at - 2] : ' ';
  // "*" is not the end of another note's "***"
  if (marker[0] == '*' && (before == '*' || (end < text.size() && text[end] == '*'))) return false;
  bool glued = before != ' ' && !(numbered && before >= '0' && before <= '9') && before != '/' && before != '(' &&
               !(numbered && (after_hyphen(text, at) || (before == '.' && (at < 2 || is_upper_or_digit(text[at - 2]) ||
                                                                in_symbol(text, at)))));
  bool ends = end == text.size() || text[end] == ' ' || text[end] == ',' || text[end] == ';' ||
              text[end] == '.' || text[end] == ')' || text[end] == ':';
  return glued && ends;
}

// Whether a number marker at `at` is printed in the language's brackets, glued to its word
// or year ("الخاصة(5)،", "لعام 2020(1)") or after a closing quotation mark ("فعال“ (4)"): the
// brackets stay in the text, as in the UN's own markup, and the note takes the number's
// place between them.
bool is_bracketed_marker_at(const std::string& text, size_t at, const std::string& marker,
                            const BlockRules& rules) {
  const std::string& open = rules.marker_open;
  if (open.empty() || !std::isdigit(static_cast<unsigned char>(marker[0])) || at < open.size() + 1) return false;
  if (text.compare(at - open.size(), open.size(), open) != 0 ||
      text.compare(at + marker.size(), rules.marker_close.size(), rules.marker_close) != 0)
    return false;
  size_t word_end = at - open.size();  // just after the word the marker goes with
  if (text[word_end - 1] != ' ') return true;
  for (const char* quote : {"\u201C", "\u201D", "\u00BB"}) {
    size_t size = std::strlen(quote);
    if (word_end > size && text.compare(word_end - 1 - size, size, quote) == 0) return true;
  }
  return false;
}

// Whether the text before a number makes it the end of a number, not a marker ("16,3
// millions" where the comma is the decimal one): the grammar's `in-number`.
bool goes_on_number(const std::string& text, size_t at, const BlockRules& rules) {
  constexpr size_t kBefore = 16;  // a number and its comma
  if (!rules.in_number) return false;
  return rules.in_number->search(text_before(text, at, kBefore)).found;
}

// Whether the number at `at` ends a heading and is its marker, printed apart ("B 1"): the
// grammar's `heading-marker` takes the whole text before it.
bool is_heading_marker_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules) {
  return rules.heading_marker && at > 0 && text[at - 1] == ' ' && at + marker.size() == text.size() &&
         rules.heading_marker->matches(text.substr(0, at));
}

// A language that prints its markers in brackets has them bare only where its text lost a
// bracket after a stop ("مانديلا()8)"): never glued to a letter ("من10" is a typo).
bool is_marker_of_language_at(const std::string& text, size_t at, const std::string& marker,
                              const BlockRules& rules) {
  if (goes_on_number(text, at, rules)) return false;
  if (rules.marker_open.empty()) return is_marker_at(text, at, marker);
  return is_bracketed_marker_at(text, at, marker, rules) ||
         (is_marker_at(text, at, marker) && std::ispunct(static_cast<unsigned char>(text[at - 1])));
}

// The last marker in the text.
size_t find_marker(const std::string& text, const std::string& marker) {
  if (marker.empty()) return std::string::npos;
  for (size_t at = text.rfind(marker); at != std::string::npos && at > 0; at = text.rfind(marker, at - 1))
    if (is_marker_at(text, at, marker)) return at;
  return std::string::npos;
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

// Whether a number printed apart from the word before it is a marker ("Cultural Rights, 3
// which", "Paris Agreement 6 and"): a whole number, followed by a word in lower case, a
// stop or, after a comma, a number, after text the grammar's `spaced-marker` accepts.
bool is_spaced_marker_at(const std::string& text, size_t at, const std::string& marker,
                                const Pattern& spaced) {
  constexpr size_t kBefore = 48;  // enough for the word before and its punctuation
  size_t end = at + marker.size();
  if (at < 2 || text[at - 1] != ' ' || !std::isdigit(static_cast<unsigned char>(marker[0])) ||
      std::isdigit(static_cast<unsigned char>(text[at - 2])))
    return false;
  if (end < text.size()) {
    bool stop = std::strchr(",;.:)", text[end]) && (end + 1 == text.size() || text[end + 1] == ' ');  // not "3.2"
    // a word in lower case, or the number that begins the list's next item ("Human Rights
    // Day, 2 9 December as ...")
    char next = text[end] == ' ' && end + 1 < text.size() ? text[end + 1] : '\0';
    bool word = (next >= 'a' && next <= 'z') || (text[at - 2] == ',' && next >= '0' && next <= '9');
    if (!stop && !word) return false;
  }
  return spaced.search(text_before(text, at, kBefore)).found;
}

// Whether a number marker at `at` is glued to a year ("Convention of 19691 and": 1969 and
// marker 1), which `is_marker_at` cannot tell from a longer number: a year of the 1900s or
// 2000s, alone as a word or ending a range ("2011-202016"), before it.
bool is_marker_after_year_at(const std::string& text, size_t at, const std::string& marker) {
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (at < 4 || !std::isdigit(static_cast<unsigned char>(marker[0]))) return false;
  size_t year = at - 4;
  if (!(text.compare(year, 2, "19") == 0 || text.compare(year, 2, "20") == 0) || !digit(year + 2) || !digit(year + 3))
    return false;
  if (year > 0 && text[year - 1] != ' ' && text[year - 1] != '(' && !after_hyphen(text, year)) return false;
  size_t end = at + marker.size();
  return end == text.size() || std::strchr(" ,;.:)", text[end]);
}

// Whether a number marker at `at` is glued to a name or symbol that ends with its own number
// ("Agenda 216", "resolution 71/2057", "COVID-1914"): the grammar's `marker-after-number` takes
// the text before it, and the marker ends a word.
bool is_marker_after_number_at(const std::string& text, size_t at, const std::string& marker,
                               const BlockRules& rules) {
  constexpr size_t kBefore = 32;  // the name or symbol and the word before it
  if (!rules.marker_after_number || at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1])) ||
      !std::isdigit(static_cast<unsigned char>(marker[0])))
    return false;
  size_t end = at + marker.size();
  if (end < text.size() && !std::strchr(" ,;.:)", text[end])) return false;
  return rules.marker_after_number->search(text_before(text, at, kBefore)).found;
}

// The first place at or after `from` where `is_marker` takes the marker for one.
template <typename IsMarker>
size_t first_marker(const std::string& text, const std::string& marker, size_t from, IsMarker is_marker) {
  for (size_t at = text.find(marker, from); at != std::string::npos; at = text.find(marker, at + 1))
    if (is_marker(text, at, marker)) return at;
  return std::string::npos;
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
    at -= apart;
    erase_marker(*texts[i], at, n.marker.size() + apart);
    n.offset = at;
    texts[i]->notes.push_back(n);
    return Place{i, at, true};
  }
  return std::nullopt;
}

// Numbered notes are numbered in reading order: a note's marker is the first one after the
// last numbered note's, up to the text before the note, wherever the notes are printed (at
// each page foot, or all at the end as in the UN's own text) and however far back the
// marker is: glued to its word, printed apart on the note's page, or glued to a year.
std::optional<Place> place_at_numbered_marker(std::vector<Text*>& texts, size_t last, model::Note& n, Place after,
                                              const BlockRules& rules, const Pattern* spaced, size_t page_start) {
  // A marker glued to its word anywhere before the note is surer than one printed apart.
  auto glued = [&rules](const std::string& t, size_t at, const std::string& m) {
    return is_marker_of_language_at(t, at, m, rules) || is_heading_marker_at(t, at, m, rules);
  };
  if (auto placed = place_at_marker(texts, last, n, after, glued)) return placed;
  if (spaced) {
    Place on_page = after;
    while (on_page.text <= last && on_page.text < texts.size() && texts[on_page.text]->order < page_start)
      on_page = {on_page.text + 1, 0, after.any};
    auto apart = [spaced](const std::string& t, size_t at, const std::string& m) {
      return is_spaced_marker_at(t, at, m, *spaced);
    };
    if (auto placed = place_at_marker(texts, last, n, on_page, apart)) return placed;
  }
  if (auto placed = place_at_marker(texts, last, n, after, is_marker_after_year_at)) return placed;
  auto after_number = [&rules](const std::string& t, size_t at, const std::string& m) {
    return is_marker_after_number_at(t, at, m, rules);
  };
  return place_at_marker(texts, last, n, after, after_number);
}

// Notes whose markers cannot be read ("April 20205" aside a year): after the first note
// placed, each goes right after the note before it; before it, they wait for the next note
// placed and go right before it, so that the notes keep their order.
class NumberedNotes {
 public:
  NumberedNotes(std::vector<Text*>& texts, const BlockRules& rules, const Pattern* spaced)
      : texts_(texts), rules_(rules), spaced_(spaced) {}

  void place(model::Note n, size_t last, size_t page_start) {
    if (auto placed = place_at_numbered_marker(texts_, last, n, after_, rules_, spaced_, page_start)) {
      after_ = *placed;
      // before the note just placed, the host's last
      std::vector<model::Note>& host = texts_[after_.text]->notes;
      for (Waiting& w : waiting_) {
        w.note.offset = after_.offset;
        host.insert(host.end() - 1, std::move(w.note));
      }
      waiting_.clear();
    } else if (after_.any) {  // the next marker is still looked for from the note before on
      n.offset = after_.offset;
      texts_[after_.text]->notes.push_back(n);
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
  const BlockRules& rules_;
  const Pattern* spaced_;
  Place after_;  // where the last numbered note went
  struct Waiting {
    model::Note note;
    size_t last;  // the text printed last before the note
  };
  std::vector<Waiting> waiting_;
};

}  // namespace

// A footnote goes to the last text printed before it, at its marker if the text has one.
void attach_notes(model::Document& doc, const std::vector<model::Text>& notes, const Grammar& g, bool paged) {
  if (notes.empty()) return;  // spares sorting every text of a long document for nothing
  std::vector<Text*> texts;
  collect_texts(doc, texts);
  std::sort(texts.begin(), texts.end(), [](Text* a, Text* b) { return a->order < b->order; });
  if (texts.empty()) {  // nothing but footnotes: they are the text
    for (const Text& note : notes) {
      model::Clause c;
      c.text = note;
      c.style = "p";
      doc.body.push_back(std::move(c));
    }
    return;
  }
  // Markers printed apart from their word are looked for on the note's own page only, in
  // text with pages: from the last block before the notes of the page before (it may go
  // on across the page break) on.
  size_t page_start = 0, run_start = 0;  // run_start: the first note of the current run
  const Pattern* spaced = paged && g.blocks.spaced_marker ? &*g.blocks.spaced_marker : nullptr;
  NumberedNotes numbered(texts, g.blocks, spaced);
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
    n.text = note.text;
    if (g.blocks.footnote) {
      Match m = g.blocks.footnote->search(note.text);
      int gm = g.blocks.footnote->group_number("marker");
      if (m.found && gm >= 0 && m.has(gm)) {
        n.marker = std::string(m.group(note.text, gm));
        n.text = note.text.substr(m.end());
      }
    }
    if (!n.marker.empty() && std::isdigit(static_cast<unsigned char>(n.marker[0]))) {
      numbered.place(std::move(n), last, page_start);
      continue;
    }
    Text* host = marked_host(texts, last, n.marker);
    n.offset = marker_offset(*host, n.marker);
    host->notes.push_back(n);
  }
  numbered.finish();
}

}  // namespace text2akn
