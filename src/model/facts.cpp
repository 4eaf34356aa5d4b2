// The facts of a built document, read with the grammar: kind, symbol (printed, or derived by
// the [derive-symbol] rules), dates, body and the year of dates printed without one.
#include "model/facts.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

#include "inline/dates.h"

namespace text2akn {
namespace {

using model::Document;

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

// `record`: the paragraph that records the document's adoption, if that dated it.
std::string actor_of(const Grammar& g, const Document& doc, const std::string& record) {
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
  if (!record.empty()) texts.push_back(record);
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

// The annexes and drafts a document holds, and theirs, share the top document's identity;
// a draft keeps the kind the builder gave it (draftResolution, draftDecision).
void inherit_held(Document& holder, const Document& top) {
  for (Document& annex : holder.annexes) inherit(annex, top, "annex", "doc");
  for (Document& draft : holder.drafts) {
    std::string kind = draft.kind;
    inherit(draft, top, kind, "statement");
    inherit_held(draft, top);
  }
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
      if (is_whole_symbol(g, symbol)) return {symbol, rule.name};
    }
  }
  return {};
}

// A symbol the text does not print. The name the document came under says which document
// it is; the number printed above the title says so too, unless the text is a page of a
// printed compilation that begins with the end of the previous resolution. So the name
// wins, and a number that disagrees with it is reported; a name without the year the number
// gives ("S_RES_1325" and "Resolution 1325 (2000)") names the same document, in short.
void derive_symbol(Document& doc, const Grammar& g, const std::string& source_name,
                   std::vector<Diagnostic>& diags) {
  auto [by_number, number_rule] = derive_from(doc, g, DeriveSymbolRule::From::number, number_subjects(doc));
  auto [by_name, name_rule] = derive_from(doc, g, DeriveSymbolRule::From::name, name_subjects(source_name));
  if (!by_name.empty() && by_number.rfind(by_name + " (", 0) == 0) by_name.clear();
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

// The line of a document's first clause, or 0 when it has none.
int first_clause_line(const Document& doc) {
  if (!doc.preamble.empty()) return doc.preamble.front().text.line;
  return doc.body.empty() ? 0 : doc.body.front().text.line;
}

// A kind whose clauses follow an enacting formula: each part (resolutions A, B ...) that has
// clauses and no formula is reported where its first clause stands.
void check_formula(const Document& doc, const KindRule& kind, std::vector<Diagnostic>& diags) {
  if (!kind.expects_formula) return;
  if (!doc.parts.empty()) {
    for (const Document& part : doc.parts) check_formula(part, kind, diags);
    return;
  }
  if (int line = first_clause_line(doc); line && !doc.formula)
    diags.push_back({Diagnostic::Severity::warning, "missing-formula",
                     "no enacting formula before the clauses of this " + kind.name, line, 1});
}

// A decision as the Official Records print it is dated only by the record of its adoption
// that is its text ("At its 95th plenary meeting, on 5 September 2025, ..."): the first
// such paragraph of the body (of part A, when the decision has parts) gives the date.
struct AdoptionRecord {
  const model::Text* text = nullptr;
  std::string date;
};

AdoptionRecord adoption_record(const Document& doc, const Pattern& record, const Grammar& g, int year) {
  for (const model::Clause& c : doc.body) {
    if (c.heading || !record.search(c.text.text).found) continue;
    if (std::string date = first_date(c.text.text, g, year); !date.empty()) return {&c.text, date};
  }
  return doc.parts.empty() ? AdoptionRecord{} : adoption_record(doc.parts.front(), record, g, year);
}

// Returns the record's text, which also names the body that adopted the document.
std::string date_by_record(Document& doc, const KindRule& kind, const Grammar& g, int year) {
  AdoptionRecord record = kind.adopted ? adoption_record(doc, *kind.adopted, g, year) : AdoptionRecord{};
  if (!record.text) return "";
  doc.work_date = record.date;
  doc.adopted = true;
  if (doc.issue_date.empty()) doc.issue_date = doc.work_date;
  return record.text->text;
}

}  // namespace

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
  // a letter's date is in its title; a resolution of the compilations is dated under its
  // number ("Resolution 425 (1978)" / "of 19 March 1978")
  for (const auto& t : doc.title)
    if (doc.work_date.empty()) doc.work_date = first_date(t.text, g, year);
  if (doc.issue_date.empty()) doc.issue_date = doc.work_date;
  if (doc.work_date.empty()) doc.work_date = doc.issue_date;
  std::string record;  // the paragraph recording the adoption, if that dated the document
  if (const KindRule* k = find_kind(g, doc, blocks, forced_kind)) {
    doc.kind = k->name;
    doc.element = k->element;
    doc.subtype = k->subtype;
    if (doc.symbols.empty()) take_printed_number(doc, *k);
    check_formula(doc, *k, diags);
    if (!doc.adopted) record = date_by_record(doc, *k, g, year);
  }
  doc.actor = actor_of(g, doc, record);
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
    inherit_held(part, doc);
  }
  inherit_held(doc, doc);
}

}  // namespace text2akn
