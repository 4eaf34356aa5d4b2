#include "model/builder.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>
#include <functional>
#include <iterator>

#include "inline/dates.h"
#include "model/numbering.h"

namespace text2akn {
namespace {

using model::Clause;
using model::Document;
using model::Text;

// Builds one document (the main one or an annex) from its blocks.
class DocumentBuilder {
 public:
  DocumentBuilder(const Grammar& g, std::vector<Diagnostic>& diags) : g_(g), diags_(diags) {}

  void add(const RoledBlock& rb, size_t order) {
    Text text{rb.block.text, rb.block.first_line, {}, order};
    const std::string& role = rb.role;
    Document& doc = *current_;
    if (role == "annexHeading") {
      start_annex(text);
    } else if (role == "partHeading") {
      start_part(text);
    } else if (role == "authority" || role == "symbol" || role == "distribution" ||
               role == "issueDate" || role == "originalLanguage" || role == "mastheadOther") {
      doc.masthead.push_back({role, text});
    } else if (role == "sessionBody" || role == "session" || role == "agendaItems" ||
               role == "agendaTitle") {
      doc.session.push_back({role, text});
    } else if (role == "adoption" || role == "committeeReport") {
      doc.heading.push_back({role, text});
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
    } else if (role == "footnote") {
      notes_.push_back(text);
    } else if (role == "subItem" && body_empty() && !doc.preamble.empty()) {
      // "(a) ..." items of a preambular clause stay part of that clause
      doc.preamble.back().text += " " + text.text;
    } else if (role == "operativeParagraph" || role == "subItem") {
      numbering_.add_numbered(text, role == "subItem");
    } else if (role == "sectionHeading") {
      numbering_.add_heading(text);
    } else if (role == "unnumberedParagraph" || role == "formula" || role == "preambularClause") {
      numbering_.add_unnumbered(text);
    } else {  // letterParagraph, paragraph, and roles out of their place
      if (role == "letterParagraph") doc.letter_body = true;
      numbering_.add_plain(text);
    }
  }

  Document finish() {
    numbering_.finish();
    attach_notes(root_);
    return std::move(root_);
  }

 private:
  bool body_empty() const { return current_->body.empty(); }
  static bool only_prose(const Document& d) {
    for (const model::Clause& c : d.body)
      if (c.style != "p" || !c.items.empty()) return false;
    return true;
  }

  // Annexes belong to the part being read, if any.
  Document& host() { return root_.parts.empty() ? root_ : root_.parts.back(); }

  void start_part(const Text& heading) {
    numbering_.finish();
    // Text read before the first part heading (its letter lost in the scan) is a part too.
    if (root_.parts.empty() && (root_.formula || !root_.preamble.empty() || !root_.body.empty())) {
      Document first;
      first.formula = std::move(root_.formula);
      root_.formula.reset();
      first.preamble = std::move(root_.preamble);
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

  // "63/276. Title", "71/405 A and B. Title", "14/5": the number runs to its period, or to
  // the first space where none closes it nearby.
  void add_number(const Text& text) {
    constexpr size_t kLongestNumber = 20;
    size_t period = text.text.find(". ");
    size_t space = period < kLongestNumber ? period + 1 : text.text.find(' ');
    current_->heading.push_back({"docNumber", {text.text.substr(0, space), text.line, {}, text.order}});
    if (space != std::string::npos) {
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
    for (const Text& note : notes_) {
      // the last text before the note (texts are sorted by order), else the first
      auto after = std::lower_bound(texts.begin(), texts.end(), note.order,
                                    [](const Text* t, size_t order) { return t->order < order; });
      size_t last = after == texts.begin() ? 0 : static_cast<size_t>(after - texts.begin()) - 1;
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
      Text* host = marked_host(texts, last, n.marker);
      n.offset = marker_offset(host->text, n.marker);
      host->notes.push_back(n);
    }
  }

  // The text that prints the note's marker: the last text before the note, or, for an
  // asterisk, one of the few before it on its page ("(see annex).*" above the signature; a
  // number further back is too often a number of the text: "COVID-19"); else the last text.
  static Text* marked_host(const std::vector<Text*>& texts, size_t last, const std::string& marker) {
    bool digits = !marker.empty() && std::isdigit(static_cast<unsigned char>(marker[0]));
    size_t reach = digits ? 0 : 30;  // blocks: about a page
    for (size_t i = last + 1; i-- > 0 && last - i <= reach;)
      if (find_marker(texts[i]->text, marker) != std::string::npos) return texts[i];
    return texts[last];
  }

  // Where "Declaration,1" or "missions,1 which" puts marker 1: after the last such glued
  // number in the text; else the end.
  static size_t marker_offset(std::string& text, const std::string& marker) {
    size_t at = find_marker(text, marker);
    if (at == std::string::npos) return text.size();
    text.erase(at, marker.size());
    return at;
  }

  static size_t find_marker(const std::string& text, const std::string& marker) {
    if (marker.empty()) return std::string::npos;
    for (size_t at = text.rfind(marker); at != std::string::npos && at > 0;
         at = at == 0 ? std::string::npos : text.rfind(marker, at - 1)) {
      size_t end = at + marker.size();
      char before = text[at - 1];
      bool glued = before != ' ' && !(before >= '0' && before <= '9') && before != '/' && before != '(';
      bool ends = end == text.size() || text[end] == ' ' || text[end] == ',' || text[end] == ';' ||
                  text[end] == '.' || text[end] == ')' || text[end] == ':';
      if (glued && ends) return at;
      if (at == 0) break;
    }
    return std::string::npos;
  }

  static void collect_clause(Clause& c, std::vector<Text*>& out) {
    out.push_back(&c.text);
    for (Clause& i : c.items) collect_clause(i, out);
    for (Text& t : c.continued) out.push_back(&t);
    for (Text& t : c.wrap_up) out.push_back(&t);
  }

  static void collect_texts(Document& d, std::vector<Text*>& out) {
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
    for (auto& p : d.parts) collect_texts(p, out);
  }

  const Grammar& g_;
  std::vector<Diagnostic>& diags_;
  Document root_;
  Document* current_ = &root_;
  Numbering numbering_{g_, root_.body, diags_};
  std::vector<Text> notes_;
};

const KindRule* find_kind(const Grammar& g, const Document& doc,
                          const std::vector<RoledBlock>& blocks, const std::string& forced) {
  if (!forced.empty()) {
    for (const KindRule& k : g.kinds)
      if (k.name == forced) return &k;
    throw Error(Status::usage, "", "unknown --kind '" + forced + "'");
  }
  // Kinds are tried in grammar order, each by its symbol or by the text before any annex.
  size_t end = 0;
  while (end < blocks.size() && end < 60 && blocks[end].role != "annexHeading") ++end;
  for (const KindRule& k : g.kinds) {
    if (k.symbol && !doc.symbols.empty() && k.symbol->matches(doc.symbols.front())) return &k;
    for (size_t i = 0; k.text && i < end; ++i)
      if (k.text->matches(blocks[i].block.text)) return &k;
  }
  return g.kinds.empty() ? nullptr : &g.kinds.back();
}

std::vector<std::string> symbols_in(const std::string& text, const Grammar& g) {
  std::vector<std::string> out;
  size_t offset = 0;
  while (g.symbol) {
    Match m = g.symbol->search(text, offset);
    if (!m.found || m.end() == m.begin()) break;
    out.emplace_back(text.substr(m.begin(), m.end() - m.begin()));
    offset = m.end();
  }
  return out;
}

std::string actor_of(const Grammar& g, const Document& doc) {
  // The longest symbol prefix that the lexicon knows: "A/HRC/" before "A/".
  if (!doc.symbols.empty()) {
    const std::string& s = doc.symbols.front();
    for (size_t n = s.size(); n > 0; --n) {
      std::string actor = g.lookup("symbol-actors", s.substr(0, n));
      if (!actor.empty()) return actor;
    }
  }
  std::vector<std::string> texts;
  if (doc.formula) texts.push_back(doc.formula->text);
  for (const auto& h : doc.heading) texts.push_back(h.text.text);
  for (const auto& m : doc.masthead) texts.push_back(m.text.text);
  auto bodies = g.lexicons.find("bodies");
  if (bodies != g.lexicons.end())
    for (const std::string& t : texts)
      for (const auto& [name, actor] : bodies->second) {
        std::string lower = t;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower.find(name) != std::string::npos) return actor;
      }
  return "un";
}

// The year of dates printed without one: the document's date, else the year in its symbol
// ("S/PRST/2004/36", "S/RES/350 (1974)"), else the first full date in the text.
int context_year(const Document& doc, const std::vector<RoledBlock>& blocks, const Grammar& g) {
  for (const std::string* d : {&doc.issue_date, &doc.work_date})
    if (d->size() >= 4) return std::stoi(d->substr(0, 4));
  for (const std::string& symbol : doc.symbols)
    for (size_t i = 0; i + 4 <= symbol.size(); ++i) {
      bool digits = true;
      for (size_t k = 0; k < 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(symbol[i + k]));
      bool whole = (i == 0 || !std::isdigit(static_cast<unsigned char>(symbol[i - 1]))) &&
                   (i + 4 == symbol.size() || !std::isdigit(static_cast<unsigned char>(symbol[i + 4])));
      int y = digits && whole ? std::stoi(symbol.substr(i, 4)) : 0;
      if (y >= 1945 && y <= 2100) return y;
    }
  for (const RoledBlock& b : blocks) {
    std::string date = first_date(b.block.text, g);
    if (!date.empty()) return std::stoi(date.substr(0, 4));
  }
  return 0;
}

// Parts and annexes share their host's identity: symbol, dates, body.
void inherit(Document& child, const Document& host, const std::string& kind, const std::string& element) {
  child.kind = kind;
  child.element = element;
  child.subtype = host.subtype;
  child.symbols = host.symbols;
  child.issue_date = host.issue_date;
  child.work_date = host.work_date;
  child.adopted = host.adopted;
  child.actor = host.actor;
  child.year = host.year;
}

// The names a document came under, as a symbol would read: a stream id may be the symbol
// itself; a file is named after it with '/' written '_' ("S_RES_1373_2001.txt").
std::vector<std::string> name_subjects(const std::string& source_name) {
  std::string stem = std::filesystem::path(source_name).stem().string();
  std::replace(stem.begin(), stem.end(), '_', '/');
  return {source_name, stem};
}

std::vector<std::string> number_subjects(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& h : doc.heading) out.push_back(h.text.text);
  for (const auto& t : doc.title) out.push_back(t.text);
  return out;
}

// The first symbol the [derive-symbol] rules of one source give, and the rule that gave it.
std::pair<std::string, std::string> derive_from(const Document& doc, const Grammar& g, DeriveSymbolRule::From from,
                                                const std::vector<std::string>& subjects) {
  for (const DeriveSymbolRule& rule : g.derived_symbols) {
    if (rule.from != from || (!rule.actor.empty() && rule.actor != doc.actor) ||
        (!rule.kind.empty() && rule.kind != doc.kind))
      continue;
    for (const std::string& subject : subjects) {
      std::string symbol = rule.derive(subject);
      if (symbol.empty() || !g.symbol) continue;
      Match m = g.symbol->search(symbol);
      if (m.found && m.begin() == 0 && m.end() == symbol.size()) return {symbol, rule.name};
    }
  }
  return {};
}

// A symbol the text does not print. The name the document came under says which document
// it is; the number printed above the title says so too, unless the text is a page of a
// printed compilation that begins with the end of the previous resolution. So the name
// wins, and a number that disagrees with it is reported.
void derive_symbol(Document& doc, const Grammar& g, const std::string& source_name,
                   std::vector<Diagnostic>& diags) {
  auto [by_number, number_rule] = derive_from(doc, g, DeriveSymbolRule::From::number, number_subjects(doc));
  auto [by_name, name_rule] = derive_from(doc, g, DeriveSymbolRule::From::name, name_subjects(source_name));
  if (!by_name.empty() && !by_number.empty() && by_name != by_number)
    diags.push_back({Diagnostic::Severity::warning, "symbol-mismatch",
                     "the number printed gives " + by_number + ", the name " + by_name + ": the name's is used", 0, 0});
  doc.symbols = {by_name.empty() ? by_number : by_name};
  doc.symbol_derived_by = by_name.empty() ? number_rule : name_rule;
  if (doc.symbols.front().empty()) doc.symbols.clear();
}

// Some kinds print their symbol as their number ("74/403." over a General Assembly
// decision): the kind's own symbol pattern says so.
void take_printed_number(Document& doc, const KindRule& kind) {
  if (!kind.symbol) return;
  for (const auto& h : doc.heading) {
    if (h.role != "docNumber") continue;
    std::string number = h.text.text;
    if (!number.empty() && number.back() == '.') number.pop_back();
    if (kind.symbol->matches(number)) doc.symbols = {number};
    return;
  }
}

void read_facts(Document& doc, const Grammar& g, const std::vector<RoledBlock>& blocks,
                const std::string& forced_kind, const std::string& source_name,
                std::vector<Diagnostic>& diags) {
  for (const auto& line : doc.masthead) {
    if (line.role == "symbol" && doc.symbols.empty()) doc.symbols = symbols_in(line.text.text, g);
    if (line.role == "issueDate" && doc.issue_date.empty())
      doc.issue_date = first_date(line.text.text, g);
  }
  int year = doc.issue_date.empty() ? 0 : std::stoi(doc.issue_date.substr(0, 4));
  for (const auto& h : doc.heading)
    if (h.role == "adoption" && doc.work_date.empty()) doc.work_date = first_date(h.text.text, g, year);
  for (const auto& t : doc.closing)
    if (doc.work_date.empty()) doc.work_date = first_date(t.text, g, year);
  doc.adopted = !doc.work_date.empty();
  if (doc.work_date.empty() && !doc.title.empty()) doc.work_date = first_date(doc.title.front().text, g, year);
  if (doc.issue_date.empty()) doc.issue_date = doc.work_date;
  if (doc.work_date.empty()) doc.work_date = doc.issue_date;
  if (const KindRule* k = find_kind(g, doc, blocks, forced_kind)) {
    doc.kind = k->name;
    doc.element = k->element;
    doc.subtype = k->subtype;
    if (doc.symbols.empty()) take_printed_number(doc, *k);
  }
  doc.actor = actor_of(g, doc);
  if (doc.symbols.empty()) derive_symbol(doc, g, source_name, diags);
  doc.year = context_year(doc, blocks, g);
  if (doc.symbols.empty())
    diags.push_back({Diagnostic::Severity::warning, "missing-symbol",
                     "no document symbol in the text: the FRBR number is derived from the date and title", 0, 0});
  else if (!doc.symbol_derived_by.empty())
    diags.push_back({Diagnostic::Severity::warning, "derived-symbol",
                     "no document symbol in the text: " + doc.symbols.front() + " derived by rule '" +
                         doc.symbol_derived_by + "' (marked status=\"editorial\")", 0, 0});
  if (doc.issue_date.empty())
    diags.push_back({Diagnostic::Severity::warning, "missing-date", "no date found for the document", 0, 0});
  for (Document& part : doc.parts) {
    inherit(part, doc, doc.kind, doc.element);
    for (Document& annex : part.annexes) inherit(annex, doc, "annex", "doc");
  }
  for (Document& annex : doc.annexes) inherit(annex, doc, "annex", "doc");
}

}  // namespace

Document build_document(const std::vector<RoledBlock>& blocks, const Grammar& g,
                        const std::string& forced_kind, const std::string& source_name,
                        std::vector<Diagnostic>& diags) {
  DocumentBuilder builder(g, diags);
  for (size_t i = 0; i < blocks.size(); ++i) builder.add(blocks[i], i);
  Document doc = builder.finish();
  read_facts(doc, g, blocks, forced_kind, source_name, diags);
  return doc;
}

}  // namespace text2akn
