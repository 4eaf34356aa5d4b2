#include "akn/meta_writer.h"

#include "akn/frbr.h"

namespace text2akn {
namespace {

std::string date_or_default(const std::string& d) { return d.empty() ? "1000-01-01" : d; }

xml::Node value(xml::Node parent, const char* name, const std::string& v) {
  xml::Node n = parent.append_child(name);
  n.append_attribute("value") = v.c_str();
  return n;
}

void dated(xml::Node parent, const char* name, const std::string& date, const char* what) {
  xml::Node n = parent.append_child(name);
  n.append_attribute("date") = date.c_str();
  n.append_attribute("name") = what;
}

void authored(xml::Node parent, const std::string& href, const std::string& as) {
  xml::Node n = parent.append_child("FRBRauthor");
  n.append_attribute("href") = href.c_str();
  n.append_attribute("as") = as.c_str();
}

}  // namespace

std::string first_symbol(const model::Document& d) { return d.symbols.empty() ? "" : d.symbols.front(); }

std::string title_text(const model::Document& d) {
  std::string t;
  for (const model::Text& x : d.title) t += (t.empty() ? "" : " ") + x.text;
  return t;
}

std::string MetaWriter::number() const {
  std::string s = first_symbol(doc_);
  return s.empty() ? frbr::derived_number(doc_.work_date, title_text(doc_)) : frbr::number_of(s);
}

void MetaWriter::write(xml::Node meta) {
  std::string work = frbr::work(doc_.element, doc_.subtype, doc_.actor, date_or_default(doc_.work_date), number());
  std::string pub = date_or_default(doc_.issue_date);
  std::string expr = frbr::expression(work, g_.lang, pub);
  std::string dgacm = refs_.add("TLCOrganization", "dgacm", "/akn/ontology/organization/un/un-dgacm",
                                "Department for General Assembly and Conference Management");
  std::string author = actor_reference();
  std::string author_role = refs_.add("TLCRole", "author", "/akn/ontology/role/un/author", "Author of Document");
  std::string editor_role = refs_.add("TLCRole", "editor", "/akn/ontology/role/un/editor", "Editor of Document");
  xml::Node id = meta.prepend_child("identification");
  id.append_attribute("source") = dgacm.c_str();
  xml::Node fw = id.append_child("FRBRWork");
  value(fw, "FRBRthis", work + "/!" + component_);
  value(fw, "FRBRuri", work);
  for (size_t i = 1; i < doc_.symbols.size() && prefix_.empty(); ++i) {
    xml::Node alias = fw.append_child("FRBRalias");
    alias.append_attribute("value") = frbr::number_of(doc_.symbols[i]).c_str();
    alias.append_attribute("name") = doc_.symbols[i].c_str();
  }
  dated(fw, "FRBRdate", date_or_default(doc_.work_date), doc_.kind == "officialLetter" ? "letter" : "adoption");
  authored(fw, author, author_role);
  write_components(fw);
  value(fw, "FRBRcountry", "un");
  value(fw, "FRBRsubtype", doc_.subtype);
  xml::Node num = value(fw, "FRBRnumber", number());
  num.append_attribute("showAs") = (first_symbol(doc_).empty() ? number() : first_symbol(doc_)).c_str();
  value(fw, "FRBRname", doc_.kind);
  xml::Node fe = id.append_child("FRBRExpression");
  value(fe, "FRBRthis", expr + "/!" + component_);
  value(fe, "FRBRuri", expr);
  dated(fe, "FRBRdate", pub, "publication");
  authored(fe, dgacm, editor_role);
  fe.append_child("FRBRlanguage").append_attribute("language") = frbr::language_code(g_.lang).c_str();
  xml::Node fm = id.append_child("FRBRManifestation");
  value(fm, "FRBRthis", frbr::manifestation(expr, component_));
  value(fm, "FRBRuri", expr + "/.xml");
  dated(fm, "FRBRdate", pub, "markup");
  authored(fm, dgacm, editor_role);
  if (prefix_.empty()) {
    xml::Node p = id.parent().insert_child_after("publication", id);
    p.append_attribute("date") = pub.c_str();
    p.append_attribute("name") = "un-documents";
    std::string symbols;
    for (const auto& s : doc_.symbols) symbols += (symbols.empty() ? "" : "\xE2\x80\x93") + s;
    p.append_attribute("showAs") = ("United Nations document " + (symbols.empty() ? number() : symbols)).c_str();
    if (!symbols.empty()) p.append_attribute("number") = symbols.c_str();
  }
  if (doc_.adopted && doc_.element == "statement") write_lifecycle(meta, dgacm);
  refs_.write(meta.append_child("references"));
  meta.child("references").append_attribute("source") = dgacm.c_str();
}

// The annexes as components of the Work, each pointing at its attachment.
void MetaWriter::write_components(xml::Node work) {
  if (doc_.annexes.empty()) return;
  xml::Node info = work.append_child("componentInfo");
  for (size_t i = 1; i <= doc_.annexes.size(); ++i) {
    std::string n = std::to_string(i);
    xml::Node c = info.append_child("componentData");
    c.append_attribute("eId") = (prefix_ + "cmpnts__annex_" + n).c_str();
    c.append_attribute("href") = ("#" + prefix_ + "att_" + n).c_str();
    c.append_attribute("name") = ("annex_" + n).c_str();
    const model::Document& annex = doc_.annexes[i - 1];
    std::string show = !annex.annex_heading.empty() ? w_.annotator.annotate(annex.annex_heading.front().text, {0, "", false}).text
                                           : "Annex " + n;
    c.append_attribute("showAs") = show.c_str();
  }
}

// The adoption the text states ("Resolution adopted by ... on 10 December 2020").
void MetaWriter::write_lifecycle(xml::Node meta, const std::string& source) {
  xml::Node life = meta.append_child("lifecycle");
  life.append_attribute("source") = source.c_str();
  xml::Node event = life.append_child("eventRef");
  event.append_attribute("eId") = (prefix_ + "evt_adoption").c_str();
  event.append_attribute("date") = doc_.work_date.c_str();
  event.append_attribute("source") = source.c_str();
  event.append_attribute("refersTo") =
      refs_.add("TLCEvent", "adoption", "/akn/ontology/event/un/adoption", "Adoption").c_str();
  event.append_attribute("type") = "generation";
}

std::string MetaWriter::actor_reference() {
  for (const Entity& e : g_.entities)
    if (e.href.size() > doc_.actor.size() &&
        e.href.compare(e.href.size() - doc_.actor.size(), doc_.actor.size(), doc_.actor) == 0 &&
        e.href[e.href.size() - doc_.actor.size() - 1] == '/')
      return w_.refer(e);
  return refs_.add("TLCOrganization", "un", "/akn/ontology/organization/un/un", "United Nations");
}

}  // namespace text2akn
