#include "model/builder.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <optional>

#include "model/facts.h"
#include "model/numbering.h"
#include "roles/focus.h"

namespace text2akn {
namespace {

using model::Clause;
using model::Document;
using model::Text;

// Builds one document (the main one or an annex) from its blocks.
class DocumentBuilder {
 public:
  DocumentBuilder(const Grammar& g, bool paged, std::vector<Diagnostic>& diags)
      : g_(g), diags_(diags), paged_(paged) {}

  void add(const RoledBlock& rb, size_t order) {
    Text text{rb.block.text, rb.block.first_line, {}, order};
    std::string_view role = rb.role;
    if (role != "footnote") place_pending_heading(role);
    Document& doc = *current_;
    if (role == "annexHeading") {
      start_annex(text);
    } else if (role == "draftResolutionFormula" || role == "draftDecisionFormula") {
      start_draft(text, role == "draftDecisionFormula" ? "draftDecision" : "draftResolution");
    } else if (role == "partHeading" || (role == "sectionHeading" && next_part(text.text))) {
      start_part(text);
    } else if (role == "authority" || role == "symbol" || role == "distribution" ||
               role == "issueDate" || role == "originalLanguage" || role == "mastheadOther") {
      doc.masthead.push_back({std::string(role), text});
    } else if (role == "sessionBody" || role == "session" || role == "sessionPeriod" ||
               role == "agendaItems" || role == "agendaTitle") {
      doc.session.push_back({std::string(role), text});
    } else if (role == "adoption" || role == "committeeReport" || role == "sponsors" || role == "docType") {
      doc.heading.push_back({std::string(role), text});
    } else if (role == "docNumber") {
      add_number(text);
    } else if (role == "docTitle" || role == "letterTitle" || role == "annexTitle") {
      if (doc.title_role.empty()) doc.title_role = role;
      doc.title.push_back(text);
    } else if (role == "formula" && !doc.formula && only_prose(doc)) {
      // Lines printed between the heading and the formula belong to the heading.
      for (model::Clause& c : doc.body) doc.title.push_back(std::move(c.text));
      if (doc.title_role.empty() && !doc.title.empty()) doc.title_role = "docTitle";
      doc.body.clear();
      numbering_.finish();
      doc.formula = text;
    } else if (role == "preambularClause" && body_empty()) {
      doc.preamble.push_back(text);
    } else if (role == "signature") {
      add_signature(text);
    } else if (role == "signatureRole" && !doc.signatures.empty()) {
      doc.signatures.back().roles.push_back(text);
    } else if (role == "signatory") {
      doc.signatories.push_back(text);
    } else if (role == "closing" || role == "closingDate") {
      doc.closing.push_back(text);
    } else if (role == "precedingText") {
      doc.preceding.push_back(text);
    } else if (role == "followingText") {  // after the document read last: an annex, perhaps
      doc.following.push_back(text);
    } else if (role == "footnote") {
      notes_.push_back(text);
    } else if (role == "subItem" && body_empty() && !doc.preamble.empty()) {
      // "(a) ..." items of a preambular clause stay part of that clause
      doc.preamble.back().text += " " + text.text;
    } else if (role == "operativeParagraph" || role == "subItem") {
      numbering_.add_numbered(text, role == "subItem");
    } else if (role == "sectionHeading" && body_empty() && !doc.preamble.empty()) {
      pending_headings_.push_back(std::move(text));  // the next clause tells where they belong
    } else if (role == "sectionHeading") {
      numbering_.add_heading(text);
    } else if (role == "tableRow") {
      numbering_.add_table_row(text, cells_of(text.text));
    } else if (role == "preambularClause") {  // of a section of the body
      numbering_.add_preambular(text);
    } else if (role == "unnumberedParagraph" || role == "formula") {
      numbering_.add_unnumbered(text);
    } else {  // letterParagraph, paragraph, and roles out of their place
      if (role == "letterParagraph") doc.letter_body = true;
      numbering_.add_plain(text);
    }
  }

  Document finish() {
    place_pending_heading("");
    numbering_.finish();
    lift_first_section(root_);
    attach_notes(root_);
    return std::move(root_);
  }

 private:
  // The cells of a table row by the grammar's `table-cells` (each group that took part);
  // the whole row is one cell when the pattern does not match.
  std::vector<std::string> cells_of(const std::string& row) const {
    std::vector<std::string> cells;
    const auto& pattern = g_.blocks.table_cells;
    Match m = pattern ? pattern->search(row) : Match{};
    for (size_t i = 1; m.found && i < m.groups.size(); ++i)
      if (m.has(i) && m.groups[i].second > m.groups[i].first) cells.emplace_back(m.group(row, i));
    if (cells.empty()) cells.push_back(row);
    return cells;
  }

  // A heading printed after preambular clauses heads more of them ("Countries in special
  // situations" / "Underlining ...") or the operative part ("Oil trade" / "1. Condemns ...");
  // a section's number and its title ("II" / "Budget estimates") go together.
  void place_pending_heading(std::string_view next_role) {
    if (pending_headings_.empty() || next_role == "sectionHeading") return;
    Document& doc = *current_;
    for (Text& heading : pending_headings_) {
      if (next_role == "preambularClause" && body_empty()) {
        doc.preamble_headings.push_back(doc.preamble.size());
        doc.preamble.push_back(std::move(heading));
      } else {
        numbering_.add_heading(heading);
      }
    }
    pending_headings_.clear();
  }

  // "I" / its title / "Having considered ...," / "1. Takes note ..." / "II" ...: a numbered
  // section that begins among the preambular clauses while the sections after it are in
  // the body begins the body as they do, with its own preambular clauses (as the UN marks
  // such resolutions up); a heading without a number ("Countries in special situations")
  // stays among the clauses it heads.
  void lift_first_section(Document& doc) {
    for (auto* documents : {&doc.parts, &doc.drafts, &doc.annexes})
      for (Document& d : *documents) lift_first_section(d);
    size_t first = doc.preamble.size();
    std::string number;
    for (size_t i : doc.preamble_headings) {
      number = heading_number(doc.preamble[i].text, g_).num;
      if (!number.empty()) {
        first = i;
        break;
      }
    }
    auto sibling = [&](const Clause& c) { return c.heading && c.num != number && same_series(c.num, number); };
    if (first == doc.preamble.size() || std::none_of(doc.body.begin(), doc.body.end(), sibling)) return;
    std::vector<Clause> body;
    Numbering numbering(g_, body, diags_);
    for (size_t i = first; i < doc.preamble.size(); ++i) {
      bool heading = std::binary_search(doc.preamble_headings.begin(), doc.preamble_headings.end(), i);
      const Text& text = doc.preamble[i];
      if (heading)
        numbering.add_heading(text);
      else if (g_.blocks.preambular_clause && g_.blocks.preambular_clause->matches(text.text))
        numbering.add_preambular(text);
      else
        numbering.add_unnumbered(text);
    }
    doc.preamble.resize(first);
    doc.preamble_headings.erase(std::lower_bound(doc.preamble_headings.begin(), doc.preamble_headings.end(), first),
                                doc.preamble_headings.end());
    std::move(doc.body.begin(), doc.body.end(), std::back_inserter(body));
    doc.body = std::move(body);
  }

  // "B" after part A's text, where no closing line ended it (a decision's records): the next
  // part, not a section of part A.
  bool next_part(const std::string& heading) const {
    if (root_.parts.empty() || root_.parts.back().heading.empty()) return false;
    const std::string& last = root_.parts.back().heading.front().text.text;
    return heading.size() == 1 && last.size() == 1 && heading[0] == last[0] + 1;
  }

  bool body_empty() const { return current_->body.empty(); }
  static bool only_prose(const Document& d) {
    for (const model::Clause& c : d.body)
      if (c.style != "p" || !c.items.empty()) return false;
    return true;
  }

  // The part being read, else the root.
  Document& part() { return root_.parts.empty() ? root_ : root_.parts.back(); }
  // The document an annex belongs to: the draft being read, else the part.
  Document& host() { return draft_ ? *draft_ : part(); }

  void start_part(const Text& heading) {
    numbering_.finish();
    draft_ = nullptr;
    // Text read before the first part heading (its letter lost in the scan) is a part too.
    if (root_.parts.empty() && (root_.formula || !root_.preamble.empty() || !root_.body.empty())) {
      Document first;
      first.formula = std::move(root_.formula);
      root_.formula.reset();
      first.preamble = std::move(root_.preamble);
      first.preamble_headings = std::move(root_.preamble_headings);
      root_.preamble_headings.clear();
      first.body = std::move(root_.body);
      first.closing = std::move(root_.closing);
      first.signatures = std::move(root_.signatures);
      first.annexes = std::move(root_.annexes);
      root_.preamble.clear();
      root_.body.clear();
      root_.closing.clear();
      root_.signatures.clear();
      root_.annexes.clear();
      root_.parts.push_back(std::move(first));
    }
    root_.parts.emplace_back();
    current_ = &root_.parts.back();
    current_->heading.push_back({"partHeading", heading});
    numbering_ = Numbering(g_, current_->body, diags_);
  }

  void start_annex(const Text& heading) {
    numbering_.finish();
    host().annexes.emplace_back();
    current_ = &host().annexes.back();
    current_->annex_heading = heading;
    numbering_ = Numbering(g_, current_->body, diags_);
  }

  // A draft recommended for adoption begins at its enacting formula; what follows is its own.
  void start_draft(const Text& formula, const std::string& kind) {
    numbering_.finish();
    part().drafts.emplace_back();  // drafts do not nest
    current_ = draft_ = &part().drafts.back();
    current_->kind = kind;
    current_->formula = formula;
    numbering_ = Numbering(g_, current_->body, diags_);
  }

  // "63/276. Title", "71/405 A and B. Title", "PRST 18/2": the number as printed_number
  // (roles/focus.h) reads it, the rest the title.
  void add_number(const Text& text) {
    size_t space = printed_number(text.text).size();
    current_->heading.push_back({"docNumber", {text.text.substr(0, space), text.line, {}, text.order}});
    if (space < text.text.size()) {
      current_->title_role = "docTitle";
      size_t title = text.text.find_first_not_of(' ', space);
      if (title != std::string::npos) current_->title.push_back({text.text.substr(title), text.line, {}, text.order});
    }
  }

  void add_signature(const Text& text) {
    model::Signature sig;
    sig.name = text;
    if (g_.blocks.signed_marker) {
      Match m = g_.blocks.signed_marker->search(text.text);
      if (m.found && m.begin() == 0) {
        sig.signed_marker = text.text.substr(0, m.end());
        while (!sig.signed_marker.empty() && sig.signed_marker.back() == ' ') sig.signed_marker.pop_back();
        sig.name.text = text.text.substr(m.end());
      }
    }
    current_->signatures.push_back(sig);
  }

  // A footnote goes to the last text printed before it, at its marker if the text has one.
  void attach_notes(Document& doc) {
    if (notes_.empty()) return;  // spares sorting every text of a long document for nothing
    std::vector<Text*> texts;
    collect_texts(doc, texts);
    std::sort(texts.begin(), texts.end(), [](Text* a, Text* b) { return a->order < b->order; });
    if (texts.empty()) {  // nothing but footnotes: they are the text
      for (const Text& note : notes_) {
        model::Clause c;
        c.text = note;
        c.style = "p";
        doc.body.push_back(std::move(c));
      }
      return;
    }
    Place after;  // where the last numbered note went
    // Markers printed apart from their word are looked for on the note's own page only, in
    // text with pages: from the last block before the notes of the page before (it may go
    // on across the page break) on.
    size_t page_start = 0, run_start = 0;  // run_start: the first note of the current run
    const Pattern* spaced = paged_ && g_.blocks.spaced_marker ? &*g_.blocks.spaced_marker : nullptr;
    for (size_t k = 0; k < notes_.size(); ++k) {
      const Text& note = notes_[k];
      if (k == 0 || notes_[k - 1].order + 1 != note.order) {
        if (k > 0) page_start = notes_[run_start].order > 0 ? notes_[run_start].order - 1 : 0;
        run_start = k;
      }
      // the last text before the note (texts are sorted by order), else the first
      auto following = std::lower_bound(texts.begin(), texts.end(), note.order,
                                        [](const Text* t, size_t order) { return t->order < order; });
      size_t last = following == texts.begin() ? 0 : static_cast<size_t>(following - texts.begin()) - 1;
      model::Note n;
      n.text = note.text;
      if (g_.blocks.footnote) {
        Match m = g_.blocks.footnote->search(note.text);
        int gm = g_.blocks.footnote->group_number("marker");
        if (m.found && gm >= 0 && m.has(gm)) {
          n.marker = std::string(m.group(note.text, gm));
          n.text = note.text.substr(m.end());
        }
      }
      if (!n.marker.empty() && std::isdigit(static_cast<unsigned char>(n.marker[0]))) {
        after = place_numbered(texts, last, n, after, spaced, page_start);
        continue;
      }
      Text* host = marked_host(texts, last, n.marker);
      n.offset = marker_offset(*host, n.marker);
      host->notes.push_back(n);
    }
  }

  struct Place {
    size_t text = 0, offset = 0;  // index in the texts, offset in its text
    bool any = false;             // false: no numbered note placed yet
  };

  // Numbered notes are numbered in reading order: a note's marker is the first one after the
  // last numbered note's, up to the text before the note, wherever the notes are printed (at
  // each page foot, or all at the end as in the UN's own text) and however far back the
  // marker is. A note whose marker cannot be read ("April 20205") goes right after the note
  // before it; the first note, at the end of the last text before it. Returns where it went.
  static Place place_numbered(std::vector<Text*>& texts, size_t last, model::Note& n, Place after,
                              const Pattern* spaced, size_t page_start) {
    // A marker glued to its word anywhere before the note is surer than one printed apart.
    if (auto placed = place_at_marker(texts, last, n, after, nullptr)) return *placed;
    if (spaced) {
      Place on_page = after;
      while (on_page.text <= last && on_page.text < texts.size() && texts[on_page.text]->order < page_start)
        on_page = {on_page.text + 1, 0, after.any};
      if (auto placed = place_at_marker(texts, last, n, on_page, spaced)) return *placed;
    }
    if (after.any) {
      Text* host = texts[after.text];
      n.offset = host->text.size();
      host->notes.push_back(n);
      return {after.text, n.offset, true};
    }
    Text* host = texts[last];
    n.offset = marker_offset(*host, n.marker);
    host->notes.push_back(n);
    return {last, n.offset, true};
  }

  // The note at its marker, the first after the last numbered note's up to the text before
  // the note: glued to its word, or (given `spaced`) printed apart from it.
  static std::optional<Place> place_at_marker(std::vector<Text*>& texts, size_t last, model::Note& n, Place after,
                                              const Pattern* spaced) {
    for (size_t i = after.text; i <= last && i < texts.size(); ++i) {
      std::string& text = texts[i]->text;
      size_t at = find_marker_after(text, n.marker, i == after.text ? after.offset : 0, spaced);
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

  // The text that prints an unnumbered note's marker ("*"): one of the few texts before the
  // note, on its page ("(see annex).*" above the signature); else the last text.
  static Text* marked_host(const std::vector<Text*>& texts, size_t last, const std::string& marker) {
    constexpr size_t reach = 30;  // blocks: about a page
    for (size_t i = last + 1; i-- > 0 && last - i <= reach;)
      if (find_marker(texts[i]->text, marker) != std::string::npos) return texts[i];
    return texts[last];
  }

  // Where "Declaration,1" or "missions,1 which" puts marker 1: after the last such glued
  // number in the text; else the end.
  static size_t marker_offset(Text& text, const std::string& marker) {
    size_t at = find_marker(text.text, marker);
    if (at == std::string::npos) return text.text.size();
    erase_marker(text, at, marker.size());
    return at;
  }

  // Takes a marker out of a text; the notes already placed after it move back with the text.
  static void erase_marker(Text& text, size_t at, size_t size) {
    text.text.erase(at, size);
    for (model::Note& placed : text.notes)
      if (placed.offset > at) placed.offset -= std::min(size, placed.offset - at);
  }

  // After a capital or digit and a full stop, a number belongs to a reference ("C-24/DEC.4",
  // "paragraph II.96"), as after a hyphen ("COVID-19"): not a marker ("1991.*" is one).
  static bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

  // Whether the marker at `at` is one: glued to the word before it ("Declaration1",
  // "missions,1") and followed by a word's end. A marker with a slash ("1/") is one after a
  // space too ("Programme of Action, 1/ adopted").
  static bool is_marker_at(const std::string& text, size_t at, const std::string& marker) {
    if (at == 0) return false;
    bool numbered = std::isdigit(static_cast<unsigned char>(marker[0]));
    size_t end = at + marker.size();
    char before = text[at - 1];
    if (marker.back() == '/' && before == ' ') before = at > 1 ? text[at - 2] : ' ';
    // "*" is not the end of another note's "***"
    if (marker[0] == '*' && (before == '*' || (end < text.size() && text[end] == '*'))) return false;
    bool glued = before != ' ' && !(numbered && before >= '0' && before <= '9') && before != '/' && before != '(' &&
                 !(numbered && (before == '-' || (before == '.' && (at < 2 || is_upper_or_digit(text[at - 2]) ||
                                                                  in_symbol(text, at)))));
    bool ends = end == text.size() || text[end] == ' ' || text[end] == ',' || text[end] == ';' ||
                text[end] == '.' || text[end] == ')' || text[end] == ':';
    return glued && ends;
  }

  // A number after a full stop in a word holding a slash is part of a symbol ("A/75/L.5/Rev.1").
  static bool in_symbol(const std::string& text, size_t at) {
    size_t word = text.rfind(' ', at);
    word = word == std::string::npos ? 0 : word + 1;
    return text.find('/', word) < at;
  }

  // The last marker in the text.
  static size_t find_marker(const std::string& text, const std::string& marker) {
    if (marker.empty()) return std::string::npos;
    for (size_t at = text.rfind(marker); at != std::string::npos && at > 0; at = text.rfind(marker, at - 1))
      if (is_marker_at(text, at, marker)) return at;
    return std::string::npos;
  }

  // The first marker at or after `from`: glued to its word, or printed apart given `spaced`.
  static size_t find_marker_after(const std::string& text, const std::string& marker, size_t from,
                                  const Pattern* spaced) {
    for (size_t at = text.find(marker, from); at != std::string::npos; at = text.find(marker, at + 1))
      if (spaced ? is_spaced_marker_at(text, at, marker, *spaced) : is_marker_at(text, at, marker)) return at;
    return std::string::npos;
  }

  // Whether a number printed apart from the word before it is a marker ("Cultural Rights, 3
  // which", "Paris Agreement 6 and"): a whole number, followed by a word in lower case or a
  // stop, after text the grammar's `spaced-marker` accepts.
  static bool is_spaced_marker_at(const std::string& text, size_t at, const std::string& marker,
                                  const Pattern& spaced) {
    constexpr size_t kBefore = 48;  // enough for the word before and its punctuation
    size_t end = at + marker.size();
    if (at < 2 || text[at - 1] != ' ' || !std::isdigit(static_cast<unsigned char>(marker[0])) ||
        std::isdigit(static_cast<unsigned char>(text[at - 2])))
      return false;
    if (end < text.size()) {
      bool stop = std::strchr(",;.:)", text[end]) && (end + 1 == text.size() || text[end + 1] == ' ');  // not "3.2"
      bool word = text[end] == ' ' && end + 1 < text.size() && text[end + 1] >= 'a' && text[end + 1] <= 'z';
      if (!stop && !word) return false;
    }
    size_t from = at > kBefore ? at - kBefore : 0;
    return spaced.search(text.substr(from, at - from)).found;
  }

  static void collect_clause(Clause& c, std::vector<Text*>& out) {
    out.push_back(&c.text);
    for (Clause& i : c.items) collect_clause(i, out);
    for (Text& t : c.continued) out.push_back(&t);
    for (Text& t : c.wrap_up) out.push_back(&t);
  }

  static void collect_texts(Document& d, std::vector<Text*>& out) {
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

  const Grammar& g_;
  std::vector<Diagnostic>& diags_;
  Document root_;
  Document* current_ = &root_;
  Document* draft_ = nullptr;  // the draft recommended for adoption being read, if any
  Numbering numbering_{g_, root_.body, diags_};
  std::vector<Text> pending_headings_;
  std::vector<Text> notes_;
  bool paged_;  // the text has page breaks: notes stand at each page's foot
};

}  // namespace

Document build_document(const std::vector<RoledBlock>& blocks, const Grammar& g,
                        const std::string& forced_kind, const std::string& source_name, bool paged,
                        std::vector<Diagnostic>& diags) {
  DocumentBuilder builder(g, paged, diags);
  for (size_t i = 0; i < blocks.size(); ++i) builder.add(blocks[i], i);
  Document doc = builder.finish();
  read_facts(doc, g, blocks, forced_kind, source_name, diags);
  return doc;
}

}  // namespace text2akn
