#include "model/builder.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "model/facts.h"
#include "model/notes.h"
#include "model/numbering.h"
#include "roles/focus.h"

namespace text2akn {
namespace {

using model::Clause;
using model::Document;
using model::Text;

Clause clause_of(Text text) {
  Clause clause;
  clause.text = std::move(text);
  return clause;
}

// A clause's words with its items' labels and words after them, as printed.
Text flattened(const Clause& clause) {
  Text text = clause.text;
  for (const Clause& item : clause.items) text.text += " " + item.num + " " + flattened(item).text;
  return text;
}

// Builds one document (the main one or an annex) from its blocks.
class DocumentBuilder {
 public:
  DocumentBuilder(const Grammar& g, Pages pages, std::vector<Diagnostic>& diags)
      : g_(g), diags_(diags), pages_(pages) {}

  void add(const RoledBlock& rb, size_t order) {
    Text text{rb.block.text, rb.block.first_line, {}, order};
    std::string_view role = rb.role;
    if (role != "footnote") place_pending_heading(role);
    Document& doc = *current_;
    if (role == "annexHeading" && heading_alone(doc)) {
      doc.annex_heading.push_back(text);
    } else if (role == "annexHeading") {
      start_annex(text);
    } else if (role == "draftResolutionFormula" || role == "draftDecisionFormula") {
      start_draft(text, role == "draftDecisionFormula" ? "draftDecision" : "draftResolution");
    } else if (role == "partHeading" || (role == "sectionHeading" && next_part(text.text))) {
      start_part(text);
    } else if (role == "sectionHeading" && part_just_begun(doc)) {
      // a part begun by a section's letter among clauses ("B" after A's paragraphs): the
      // heading under its letter is the part's title
      doc.title.push_back(text);
      if (doc.title_role.empty()) doc.title_role = "docTitle";
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
      doc.preamble.push_back(clause_of(text));
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
      add_preambular_item(doc.preamble.back(), text, g_);
    } else if (role == "operativeParagraph" || role == "subItem") {
      numbering_.add_numbered(text, role == "subItem");
    } else if (role == "sectionHeading" && body_empty() && (!doc.preamble.empty() || !doc.annex_heading.empty())) {
      pending_headings_.push_back(std::move(text));  // the next clause tells where they belong
    } else if (role == "sectionHeading") {
      numbering_.add_heading(text);
    } else if (role == "tableRow") {
      numbering_.add_table_row(cells_of(text));
    } else if (role == "preambularClause") {  // of a section of the body
      numbering_.add_preambular(text);
    } else if (role == "unnumberedParagraph" || role == "formula") {
      numbering_.add_unnumbered(text);
    } else {  // letterParagraph, paragraph, and roles out of their place
      numbering_.add_plain(text);
    }
  }

  Document finish() {
    place_pending_heading("");
    numbering_.finish();
    unwrap_single_part(root_);
    lift_first_section(root_);
    attach_notes(root_, notes_, g_, pages_, diags_);
    return std::move(root_);
  }

 private:
  // The cells of a table row by the grammar's `table-cells`: each group that took part, its
  // group "figures" a cell per `table-figure` in it; the whole row is one cell when the
  // pattern does not match.
  std::vector<Text> cells_of(const Text& row) const {
    std::vector<Text> cells;
    auto cell = [&](std::string_view words) {
      Text t = row;
      t.text = std::string(words);
      cells.push_back(std::move(t));
    };
    const auto& pattern = g_.blocks.table_cells;
    Match m = pattern ? pattern->search(row.text) : Match{};
    const int figures = pattern ? pattern->group_number("figures") : -1;
    for (size_t i = 1; m.found && i < m.groups.size(); ++i) {
      if (!m.has(i) || m.groups[i].second == m.groups[i].first) continue;
      if (static_cast<int>(i) == figures && g_.blocks.table_figure)
        for_each_figure(m.group(row.text, i), cell);
      else
        cell(m.group(row.text, i));
    }
    if (cells.empty()) cells.push_back(row);
    return cells;
  }

  template <typename Cell>
  void for_each_figure(std::string_view figures, Cell&& cell) const {
    for (Match f = g_.blocks.table_figure->search(figures); f.found && f.end() > f.begin();
         f = g_.blocks.table_figure->search(figures, f.end()))
      cell(f.group(figures, 0));
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
        doc.preamble.push_back(clause_of(std::move(heading)));
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
      number = heading_number(doc.preamble[i].text.text, g_).num;
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
      Clause& clause = doc.preamble[i];
      if (heading) {
        numbering.add_heading(clause.text);
      } else if (g_.blocks.preambular_clause && g_.blocks.preambular_clause->matches(clause.text.text)) {
        numbering.add_preambular(clause.text, std::move(clause.items));
      } else {
        numbering.add_unnumbered(flattened(clause));
      }
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

  bool part_just_begun(const Document& d) const {
    return !root_.parts.empty() && &d == &root_.parts.back() && d.title.empty() && !d.formula &&
           d.preamble.empty() && d.body.empty();
  }

  // A document whose symbol names its one part ("A/RES/75/250 B") prints that part's letter
  // over its text: the letter is a heading line of the document, not a collection of one
  // (unless the part has a title of its own under the document's: a page of a compilation).
  static void unwrap_single_part(Document& root) {
    if (root.parts.size() != 1 || root.formula || !root.preamble.empty() || !root.body.empty() ||
        !root.closing.empty() || !root.signatures.empty() || !root.annexes.empty() || !root.drafts.empty() ||
        (!root.title.empty() && !root.parts.front().title.empty()))
      return;
    // The part becomes the document, under the lines printed above it.
    Document part = std::move(root.parts.front());
    auto before = [](auto& into, auto& lines) { into.insert(into.begin(), lines.begin(), lines.end()); };
    part.masthead = std::move(root.masthead);
    part.session = std::move(root.session);
    before(part.heading, root.heading);
    before(part.title, root.title);
    if (!root.title_role.empty()) part.title_role = root.title_role;
    before(part.signatories, root.signatories);
    before(part.preceding, root.preceding);
    part.following.insert(part.following.end(), root.following.begin(), root.following.end());
    root = std::move(part);
  }

  bool body_empty() const { return current_->body.empty(); }
  // An annex that holds its heading and nothing else yet: a heading under it is the same one
  // printed again ("Annex" / "Annexe"), not an empty annex and another.
  static bool heading_alone(const Document& d) {
    return !d.annex_heading.empty() && d.title.empty() && !d.formula && d.preamble.empty() && d.body.empty() &&
           d.annexes.empty() && d.heading.empty() && d.signatures.empty();
  }

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
    current_->annex_heading = {heading};
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
      if (title == std::string::npos) return;
      std::string rest = text.text.substr(title);
      // "75/245. United Nations common system B 1": the letter of the part the symbol names
      // ("A/RES/75/245 B"), with its note's marker, printed after the title on its line
      size_t part = part_letter_at_end(rest);
      current_->title.push_back({rest.substr(0, part), text.line, {}, text.order});
      if (part < rest.size()) current_->heading.push_back({"partHeading", {rest.substr(part + 1), text.line, {}, text.order}});
    }
  }

  // Where a title's last words are the part letter of the masthead's symbol ("B" of
  // "A/RES/75/245 B"), perhaps with a note's marker ("B 1"): the space before them; else the
  // title's size.
  size_t part_letter_at_end(const std::string& title) const {
    std::string letter;
    for (const model::Line& l : root_.masthead)
      if (l.role == "symbol" && l.text.text.size() > 2 && l.text.text[l.text.text.size() - 2] == ' ')
        letter = l.text.text.substr(l.text.text.size() - 1);
    if (letter.empty() || letter[0] < 'A' || letter[0] > 'H') return title.size();
    size_t end = title.size();
    size_t marker = title.find_last_not_of("0123456789");
    if (marker != std::string::npos && marker + 1 < end && end - marker <= 3 && title[marker] == ' ') end = marker;
    if (end < 3 || title[end - 1] != letter[0] || title[end - 2] != ' ') return title.size();
    return end - 2;
  }

  // "(Signed) Ana Fictional": the mark, then the name ("王明（签名）": the name, then the
  // mark). Signatures printed side by side come as one line ("(Signed) Ana Fictional
  // (Signed) Bob Imaginary"): one each.
  void add_signature(const Text& text) {
    model::Signature sig;
    sig.name = text;
    std::string rest;
    if (g_.blocks.signed_marker) {
      Match m = g_.blocks.signed_marker->search(text.text);
      if (m.found && m.begin() > 0 && m.end() == text.text.size()) {
        sig.signed_marker = text.text.substr(m.begin());
        sig.name.text.erase(sig.name.text.find_last_not_of(' ', m.begin() - 1) + 1);
        sig.marker_after = true;
      } else if (m.found && m.begin() == 0) {
        sig.signed_marker = text.text.substr(0, m.end());
        while (!sig.signed_marker.empty() && sig.signed_marker.back() == ' ') sig.signed_marker.pop_back();
        sig.name.text = text.text.substr(m.end());
        size_t next = sig.name.text.find(" " + sig.signed_marker);
        if (next != std::string::npos && sig.name.notes.empty()) {
          rest = sig.name.text.substr(next + 1);
          sig.name.text.erase(sig.name.text.find_last_not_of(' ', next) + 1);
        }
      }
    }
    split_role(sig);
    current_->signatures.push_back(sig);
    if (!rest.empty()) add_signature({rest, text.line, {}, text.order});
  }

  // "Peter Burian President of the Security Council": the name, then its title's first line.
  void split_role(model::Signature& sig) const {
    if (!g_.blocks.signature_role || !sig.name.notes.empty()) return;
    Match m = g_.blocks.signature_role->search(sig.name.text);
    if (!m.found || m.begin() == 0 || sig.name.text[m.begin() - 1] != ' ') return;
    sig.roles.push_back({sig.name.text.substr(m.begin()), sig.name.line, {}, sig.name.order});
    sig.name.text.erase(m.begin() - 1);
  }

  const Grammar& g_;
  std::vector<Diagnostic>& diags_;
  Document root_;
  Document* current_ = &root_;
  Document* draft_ = nullptr;  // the draft recommended for adoption being read, if any
  Numbering numbering_{g_, root_.body, diags_};
  std::vector<Text> pending_headings_;
  std::vector<Text> notes_;
  Pages pages_;  // how the text showed its pages: where notes stand
};

}  // namespace

Document build_document(const std::vector<RoledBlock>& blocks, const Grammar& g,
                        const std::string& forced_kind, const std::string& source_name, Pages pages,
                        std::vector<Diagnostic>& diags) {
  DocumentBuilder builder(g, pages, diags);
  for (size_t i = 0; i < blocks.size(); ++i) builder.add(blocks[i], i);
  Document doc = builder.finish();
  read_facts(doc, g, blocks, forced_kind, source_name, diags);
  return doc;
}

}  // namespace text2akn
