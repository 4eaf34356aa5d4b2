#include "akn/writer.h"

#include <cctype>
#include <sstream>
#include <string_view>

#include "akn/frbr.h"
#include "akn/inline_writer.h"
#include "akn/meta_writer.h"
#include "inline/dates.h"
#include "model/numbering.h"

namespace text2akn {
namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

using model::Clause;
using model::Document;
using model::Text;

std::string num_id(const std::string& num) {
  std::string out;
  for (char c : num)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

int year_of(const std::string& iso) { return iso.size() >= 4 ? std::stoi(iso.substr(0, 4)) : 0; }

class DocWriter {
 public:
  DocWriter(const Annotator& annotator, const Document& doc, const std::string& prefix,
            Eids& eids, const std::string& component)
      : doc_(doc), g_(annotator.grammar()), prefix_(prefix), component_(component), refs_(prefix),
        w_{annotator, refs_, eids, prefix, {doc.year, doc.actor, true}} {}

  void write(xml::Node parent) {
    bool collection = !doc_.parts.empty();
    xml::Node root = parent.append_child(collection ? "documentCollection" : doc_.element.c_str());
    root.append_attribute("name") = doc_.kind.c_str();
    xml::Node meta = root.append_child("meta");
    if (!doc_.masthead.empty() || shows_derived_symbol() || !doc_.preceding.empty())
      write_cover(root.append_child("coverPage"));
    write_preface(root);
    if (collection) {
      write_parts(root.append_child("collectionBody"));
    } else {
      write_preamble(root);
      write_body(root.append_child("mainBody"));
    }
    write_conclusions(root);
    write_attachments(root);
    write_components(root);
    MetaWriter(doc_, g_, w_, prefix_, component_).write(meta);
  }

 private:
  std::string eid(const std::string& base) { return w_.eids.unique(prefix_ + base); }

  std::string tlc_concept(const std::string& id, const std::string& path, const std::string& show) {
    return refs_.add("TLCConcept", id, "/akn/ontology/concept/un/" + path, show);
  }

  // ---------------------------------------------------------------- cover page and preface
  // A symbol the text does not print is shown once, on the top document's cover, marked as
  // the editor's (status="editorial") so that the printed words stay apart from ours.
  bool shows_derived_symbol() const { return !doc_.symbol_derived_by.empty() && prefix_.empty(); }

  void write_cover(xml::Node cover) {
    if (!doc_.masthead.empty() || shows_derived_symbol()) write_masthead(cover.append_child("container"));
    write_neighbours(cover, "precedingText", doc_.preceding);
  }

  void write_masthead(xml::Node box) {
    box.append_attribute("name") = "masthead";
    if (shows_derived_symbol()) {
      xml::Node p = box.append_child("p");
      p.append_attribute("status") = "editorial";
      xml::Node n = p.append_child("docNumber");
      n.append_attribute("refersTo") = tlc_concept("symbol", "symbol", "Document symbol").c_str();
      n.append_attribute("status") = "editorial";
      w_.write_plain(n, first_symbol(doc_));
    }
    for (const model::Line& line : doc_.masthead) write_line(box.append_child("p"), line);
  }

  // Other documents printed on the same pages, before or after this one (a compilation's).
  void write_neighbours(xml::Node parent, const char* name, const std::vector<Text>& texts) {
    if (texts.empty()) return;
    xml::Node box = parent.append_child("container");
    box.append_attribute("name") = name;
    for (const Text& t : texts) w_.write(box.append_child("p"), t);
  }

  void write_line(xml::Node p, const model::Line& line) {
    write_line_text(p, line);
    // Lines written piece by piece (symbol, agenda items ...) leave their footnotes ("...
    // preliminary list*") to the end.
    bool notes_written = p.has_descendant("authorialNote");
    if (!notes_written) w_.write_notes(p, line.text);
  }

  void write_line_text(xml::Node p, const model::Line& line) {
    const std::string& t = line.text.text;
    const std::string& role = line.role;
    if (role == "authority" || role == "sessionBody") {
      xml::Node a = p.append_child("docAuthority");
      w_.write(a, line.text, {}, true);
    } else if (role == "symbol") {
      write_symbols(p, t);
    } else if (role == "distribution") {
      xml::Node s = p.append_child("docStatus");
      s.append_attribute("refersTo") = tlc_concept("distribution", "distribution", "Distribution").c_str();
      w_.write_plain(s, t);
    } else if (role == "issueDate") {
      write_dated(p, "docDate", line.text, tlc_concept("publicationDate", "publicationDate", "Publication date"));
    } else if (role == "originalLanguage") {
      size_t colon = t.find(':');
      size_t start = colon == std::string::npos ? 0 : t.find_first_not_of(' ', colon + 1);
      if (start == std::string::npos) start = t.size();
      w_.write_plain(p, t.substr(0, start));
      xml::Node l = p.append_child("inline");
      l.append_attribute("name") = "originalLanguage";
      w_.write_plain(l, t.substr(start));
    } else if (role == "session") {
      write_session(p, line.text);
    } else if (role == "agendaItems") {
      write_agenda_items(p, t);
    } else if (role == "agendaTitle") {
      p.append_attribute("class") = "agendaItemTitle";
      w_.write(p, line.text);
    } else {
      w_.write(p, line.text);
    }
  }

  void write_symbols(xml::Node p, const std::string& t) {
    size_t pos = 0, offset = 0;
    while (g_.symbol) {
      Match m = g_.symbol->search(t, offset);
      if (!m.found || m.end() == m.begin()) break;
      w_.write_plain(p, t.substr(pos, m.begin() - pos));
      xml::Node n = p.append_child("docNumber");
      n.append_attribute("refersTo") = tlc_concept("symbol", "symbol", "Document symbol").c_str();
      w_.write_plain(n, t.substr(m.begin(), m.end() - m.begin()));
      pos = offset = m.end();
    }
    w_.write_plain(p, t.substr(pos));
  }

  void write_dated(xml::Node p, const char* element, const Text& text, const std::string& refers) {
    std::string iso = first_date(text.text, g_, year_of(doc_.issue_date));
    if (iso.empty()) return w_.write(p, text);
    xml::Node d = p.append_child(element);
    d.append_attribute("date") = iso.c_str();
    if (!refers.empty()) d.append_attribute("refersTo") = refers.c_str();
    w_.write_plain(d, text.text);
  }

  // "Seventy-ninth session", "General Assembly Eightieth year": the first word that is an
  // ordinal gives the session's number.
  void write_session(xml::Node p, const Text& text) {
    int value = 0;
    std::istringstream words(w_.annotator.annotate(text.text, {0, "", false}).text);
    for (std::string word; value <= 0 && words >> word;) value = ordinal(word);
    if (value <= 0) return w_.write(p, text);
    xml::Node s = p.append_child("session");
    s.append_attribute("value") = std::to_string(value).c_str();
    w_.write(s, text, {}, false);
  }

  // "Seventy-ninth" from [lexicon ordinals] and [lexicon tens]; "79th" as digits.
  int ordinal(std::string word) const {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string direct = g_.lookup("ordinals", word);
    if (!direct.empty()) return std::stoi(direct);
    size_t dash = word.find('-');
    if (dash != std::string::npos) {
      std::string tens = g_.lookup("tens", word.substr(0, dash)), unit = g_.lookup("ordinals", word.substr(dash + 1));
      if (!tens.empty() && !unit.empty()) return std::stoi(tens) + std::stoi(unit);
    }
    int digits = 0;
    size_t i = 0;
    for (; i < word.size() && std::isdigit(static_cast<unsigned char>(word[i])); ++i) digits = digits * 10 + (word[i] - '0');
    return i > 0 && i < 5 ? digits : 0;
  }

  void write_agenda_items(xml::Node p, const std::string& t) {
    size_t pos = 0, i = t.find_first_of("0123456789");
    while (i != std::string::npos) {
      size_t end = t.find_first_not_of("0123456789", i);
      if (end == std::string::npos) end = t.size();
      if (end + 3 <= t.size() && t[end] == ' ' && t[end + 1] == '(' && std::islower(static_cast<unsigned char>(t[end + 2])) && t.find(')', end) == end + 3)
        end += 4;  // "72 (b)"
      w_.write_plain(p, t.substr(pos, i - pos));
      std::string item = t.substr(i, end - i);
      xml::Node n = p.append_child("inline");
      n.append_attribute("name") = "agendaItem";
      std::string ref = refs_.add("TLCConcept", "agendaItem_" + num_id(item),
                                  "/akn/ontology/concept/un/agendaItem/" + num_id(item), "Agenda item " + item);
      n.append_attribute("refersTo") = ref.c_str();
      w_.write_plain(n, item);
      pos = end;
      i = t.find_first_of("0123456789", end);
    }
    w_.write_plain(p, t.substr(pos));
  }

  void write_preface(xml::Node root) {
    if (doc_.session.empty() && doc_.heading.empty() && doc_.title.empty() && doc_.annex_heading.empty()) return;
    xml::Node preface = root.append_child("preface");
    if (!doc_.annex_heading.empty()) {
      xml::Node c = preface.append_child("container");
      c.append_attribute("name") = "annexHeading";
      c.append_attribute("eId") = eid("container_annexHeading").c_str();
      for (const model::Text& line : doc_.annex_heading) w_.write(c.append_child("p"), line);
    }
    if (!doc_.session.empty()) {
      xml::Node c = preface.append_child("container");
      c.append_attribute("name") = "sessionInfo";
      c.append_attribute("eId") = eid("container_sessionInfo").c_str();
      for (const model::Line& line : doc_.session) write_line(c.append_child("p"), line);
    }
    // Heading lines and the title as printed: "Resolution 1294 (2000)" before "Adopted by ...".
    bool title_written = doc_.title.empty();
    for (const model::Line& line : doc_.heading) {
      if (!title_written && doc_.title.front().order < line.text.order) {
        write_title(preface.append_child("longTitle"));
        title_written = true;
      }
      xml::Node p = preface.append_child("p");
      p.append_attribute("class") = line.role.c_str();
      if (line.role == "docNumber") {
        // The number as printed ("75/100."): the document's own number, not a cited one.
        std::string number = line.text.text;
        bool dot = !number.empty() && number.back() == '.';
        if (dot) number.pop_back();
        w_.write_plain(p.append_child("docNumber"), number);
        if (dot) w_.write_plain(p, ".");
        w_.write_notes(p, line.text);
      } else if (line.role == "sponsors") {
        write_sponsors(p, line.text);
      } else if (line.role == "docType") {
        w_.write(p.append_child("docType"), line.text);
      } else {
        w_.write(p, line.text);
      }
    }
    if (!title_written) write_title(preface.append_child("longTitle"));
  }

  // "Austria, Belgium ... and Ukraine: draft resolution": the States before the colon are
  // the draft's proponents.
  void write_sponsors(xml::Node p, const Text& line) {
    std::string plain = w_.annotator.annotate(line.text, {0, "", false}).text;
    size_t colon = plain.rfind(':');
    std::vector<Span> parts;
    if (colon != std::string::npos && colon > 0) parts.push_back({0, colon, "docProponent", {}, nullptr, false});
    w_.write(p, line, parts);
  }

  void write_title(xml::Node long_title) {
    long_title.append_attribute("eId") = eid("longTitle").c_str();
    xml::Node title = long_title.append_child("p").append_child("docTitle");
    Text whole{title_text(doc_), doc_.title.front().line, {}, doc_.title.front().order};
    for (const Text& t : doc_.title) whole.notes.insert(whole.notes.end(), t.notes.begin(), t.notes.end());
    std::vector<Span> parts;
    if (doc_.title_role == "letterTitle") {
      // Parts are found on the text as written out, emphasis markers removed.
      std::string plain = w_.annotator.annotate(whole.text, {0, "", false}).text;
      for (Span s : w_.annotator.parts(plain, "letterTitle")) {
        if (s.element == "type") s.element = "docType";
        if (s.element == "from") {
          s.element = "docProponent";
          // The sender is the one who signs: "from the Permanent Representative of ..." is
          // the person of the letter's only signature.
          if (doc_.signatures.size() == 1) s.attributes = {{"refersTo", person_ref(doc_.signatures.front())}};
        }
        if (s.element == "to") {
          s.element = "inline";
          s.attributes = {{"name", "to"}};
        }
        if (s.element == "date") {
          s.element = "docDate";
          s.attributes = {{"date", first_date(plain.substr(s.begin, s.end - s.begin), g_)}};
          if (s.attributes[0].second.empty()) continue;
          s.atomic = true;
        }
        parts.push_back(s);
      }
    }
    w_.write(title, whole, parts);
  }

  // ---------------------------------------------------------------- preamble and body
  void write_preamble(xml::Node root) {
    if (!doc_.formula && doc_.preamble.empty()) return;
    xml::Node pre = root.append_child("preamble");
    if (doc_.formula) {
      xml::Node f = pre.append_child("formula");
      f.append_attribute("name") = "enactingFormula";
      f.append_attribute("eId") = eid("preamble__formula_1").c_str();
      w_.write(f.append_child("p"), *doc_.formula);
    }
    int n = 0;
    auto heading = doc_.preamble_headings.begin();
    for (size_t i = 0; i < doc_.preamble.size(); ++i) {
      bool is_heading = heading != doc_.preamble_headings.end() && *heading == i;
      if (is_heading) ++heading;
      write_container(pre, is_heading ? "preambleHeading" : "preambularClause", "preamble__container_" + std::to_string(++n),
                      doc_.preamble[i]);
    }
  }

  // <container name="NAME" eId="..."><p>text</p></container>: a preambular clause or a
  // heading among them
  void write_container(xml::Node parent, const char* name, const std::string& id, const Text& text) {
    xml::Node c = parent.append_child("container");
    c.append_attribute("name") = name;
    c.append_attribute("eId") = eid(id).c_str();
    w_.write(c.append_child("p"), text);
  }

  void write_body(xml::Node body) {
    int unnumbered = 0, headings = 0, plain = 0, preambular = 0;
    for (const Clause& c : doc_.body) {
      if (c.heading) {
        xml::Node h = body.append_child("hcontainer");
        h.append_attribute("name") = "heading";
        h.append_attribute("eId") = eid("hcontainer_" + std::to_string(++headings)).c_str();
        if (!c.num.empty()) w_.write_plain(h.append_child("num"), c.num);
        if (c.num.empty() || !c.text.text.empty() || !c.text.notes.empty()) w_.write(h.append_child("heading"), c.text);
      } else if (c.style == "preambular") {  // a section's own, as in the preamble
        write_container(body, "preambularClause", "container_" + std::to_string(++preambular), c.text);
      } else if (c.style == "p") {
        xml::Node p = body.append_child("p");
        p.append_attribute("eId") = eid("p_" + std::to_string(++plain)).c_str();
        w_.write(p, c.text);
      } else {
        std::string id = c.num.empty() ? "para_u" + std::to_string(++unnumbered) : "para_" + num_id(c.num);
        write_clause(body, c, "paragraph", prefix_ + id);
      }
    }
    if (doc_.body.empty()) body.append_child("p").append_attribute("eId") = eid("p_1").c_str();
  }

  // The rows set under a clause's words, a cell each for what the grammar's `table-cells`
  // found (the number, the words, the amount).
  void write_table(xml::Node parent, const Clause& c, const std::string& clause_id) {
    if (c.table.empty()) return;
    xml::Node table = parent.append_child("table");
    table.append_attribute("eId") = w_.eids.unique(clause_id + "__table").c_str();
    for (const auto& row : c.table) {
      xml::Node tr = table.append_child("tr");
      for (const std::string& cell : row) w_.write_plain(tr.append_child("td").append_child("p"), cell);
    }
  }

  void write_clause(xml::Node parent, const Clause& c, const char* element, const std::string& base) {
    xml::Node node = parent.append_child(element);
    std::string id = w_.eids.unique(base);
    node.append_attribute("eId") = id.c_str();
    if (!c.num.empty()) w_.write_plain(node.append_child("num"), c.num);
    if (c.items.empty()) {
      xml::Node content = node.append_child("content");
      w_.write(content.append_child("p"), c.text);
      for (const Text& t : c.continued) w_.write(content.append_child("p"), t);
      write_table(content, c, id);
      return;
    }
    if (!c.text.text.empty() || !c.text.notes.empty() || !c.continued.empty() || !c.table.empty()) {
      xml::Node intro = node.append_child("intro");
      w_.write(intro.append_child("p"), c.text);
      for (const Text& t : c.continued) w_.write(intro.append_child("p"), t);
      write_table(intro, c, id);
    }
    int unnumbered = 0;
    for (const Clause& item : c.items) {
      if (item.heading) {
        xml::Node h = node.append_child("crossHeading");
        h.append_attribute("eId") = w_.eids.unique(id + "__crossHeading").c_str();
        w_.write(h, item.text);
        continue;
      }
      std::string sub = item.num.empty() ? "u" + std::to_string(++unnumbered) : num_id(item.num);
      write_clause(node, item, "point", id + "__point_" + sub);
    }
    if (!c.wrap_up.empty()) {
      xml::Node wrap = node.append_child("wrapUp");
      for (const Text& t : c.wrap_up) w_.write(wrap.append_child("p"), t);
    }
  }

  // ---------------------------------------------------------------- conclusions, annexes
  void write_conclusions(xml::Node root) {
    if (doc_.closing.empty() && doc_.signatures.empty() && doc_.signatories.empty() && doc_.following.empty())
      return;
    xml::Node con = root.append_child("conclusions");
    for (const Text& t : doc_.closing) w_.write(con.append_child("p"), t);
    for (const model::Signature& s : doc_.signatures) write_signature(con, s);
    for (const Text& t : doc_.signatories) w_.write(con.append_child("p"), t);
    write_neighbours(con, "followingText", doc_.following);
  }

  // The TLCPerson of a signatory, by the name without markdown emphasis ("Tofiq **Musayev**").
  std::string person_ref(const model::Signature& s) {
    std::string name = w_.annotator.annotate(s.name.text, {0, "", false}).text;
    return refs_.add("TLCPerson", "person_" + frbr::camel_id(name), "/akn/ontology/person/un/" + frbr::camel_id(name),
                     name);
  }

  void write_signature(xml::Node con, const model::Signature& s) {
    xml::Node box = con.append_child("blockContainer");
    box.append_attribute("class") = "signature";
    box.append_attribute("eId") = eid("blockContainer_signature").c_str();
    xml::Node sig = box.append_child("p").append_child("signature");
    // The name without markdown emphasis: "Tofiq **Musayev**" is "Tofiq Musayev".
    std::string name = w_.annotator.annotate(s.name.text, {0, "", false}).text;
    std::vector<std::string> role_refs;
    for (const Text& r : s.roles)
      role_refs.push_back(refs_.add("TLCRole", "role_" + frbr::camel_id(r.text),
                                    "/akn/ontology/role/un/" + frbr::camel_id(r.text),
                                    w_.annotator.annotate(r.text, {0, "", false}).text));
    if (!s.signed_marker.empty()) {  // "(Signed)" as (<i>Signed</i>), in the text's language
      const std::string& m = s.signed_marker;
      bool brackets = m.size() > 2 && m.front() == '(' && m.back() == ')';
      if (brackets) w_.write_plain(sig, "(");
      w_.write_plain(sig.append_child("i"), brackets ? m.substr(1, m.size() - 2) : m);
      w_.write_plain(sig, brackets ? ") " : " ");
    }
    xml::Node person = sig.append_child("person");
    person.append_attribute("refersTo") = person_ref(s).c_str();
    if (!role_refs.empty()) person.append_attribute("as") = role_refs.back().c_str();
    w_.write(person, s.name, {}, false);
    for (size_t i = 0; i < s.roles.size(); ++i) {
      w_.write_plain(sig, " ");
      xml::Node role = sig.append_child("role");
      role.append_attribute("refersTo") = role_refs[i].c_str();
      w_.write(role, s.roles[i], {}, false);
    }
  }

  // Resolutions A, B ... : one component each, a whole statement with its own identity.
  void write_parts(xml::Node body) { write_documents(body, "component", doc_.parts, "cmp_", "cmp_"); }

  void write_attachments(xml::Node root) {
    if (doc_.annexes.empty()) return;
    write_documents(root.append_child("attachments"), "attachment", doc_.annexes, "att_", "annex_");
  }

  // Drafts recommended for adoption: one component each.
  void write_components(xml::Node root) {
    if (doc_.drafts.empty()) return;
    xml::Node components = root.append_child("components");
    components.append_attribute("eId") = eid("components").c_str();
    write_documents(components, "component", doc_.drafts, "draft_", "draft_");
  }

  // Documents held by this one, each in its own holder element with the eIds of its content
  // prefixed by the holder's ("att_1__...", "cmp_2__...").
  void write_documents(xml::Node parent, const char* holder, const std::vector<Document>& docs,
                       const std::string& id_stem, const std::string& component_stem) {
    int n = 0;
    for (const Document& d : docs) {
      std::string id = prefix_ + id_stem + std::to_string(++n);
      xml::Node h = parent.append_child(holder);
      h.append_attribute("eId") = w_.eids.unique(id).c_str();
      DocWriter(w_.annotator, d, id + "__", w_.eids, component_stem + std::to_string(n)).write(h);
    }
  }

  const Document& doc_;
  const Grammar& g_;
  std::string prefix_;
  std::string component_;
  References refs_;
  InlineWriter w_;
};

}  // namespace

void write_akn(const model::Document& doc, const Annotator& annotator, xml::Tree& xml) {
  xml::Node akn = xml.root().append_child("akomaNtoso");
  akn.append_attribute("xmlns") = kNamespace;
  Eids eids;
  DocWriter(annotator, doc, "", eids, "main").write(akn);
}

}  // namespace text2akn
