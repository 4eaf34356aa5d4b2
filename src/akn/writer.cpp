#include "akn/writer.h"

#include "akn/frbr.h"
#include "akn/inline_writer.h"
#include "akn/meta_writer.h"
#include "akn/preface_writer.h"

namespace text2akn {
namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

using model::Clause;
using model::Document;
using model::Text;

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
    PrefaceWriter front(doc_, g_, w_, prefix_);
    front.write_cover(root);
    front.write_preface(root);
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
  // heading among them; a clause with items holds them in a <blockList>, as the UN marks
  // them up, its words the list's introduction.
  void write_container(xml::Node parent, const char* name, const std::string& id, const Clause& clause) {
    xml::Node c = parent.append_child("container");
    c.append_attribute("name") = name;
    std::string container_id = eid(id);
    c.append_attribute("eId") = container_id.c_str();
    if (clause.items.empty()) return w_.write(c.append_child("p"), clause.text);
    write_block_list(c, clause.items, container_id, &clause.text);
  }

  // Items nest as printed: an item's own items in a list of their own after its words.
  void write_block_list(xml::Node parent, const std::vector<Clause>& items, const std::string& owner_id,
                        const Text* introduction) {
    xml::Node list = parent.append_child("blockList");
    std::string list_id = w_.eids.unique(owner_id + "__list_1");
    list.append_attribute("eId") = list_id.c_str();
    if (introduction) w_.write(list.append_child("listIntroduction"), *introduction);
    for (const Clause& item : items) {
      xml::Node node = list.append_child("item");
      std::string item_id = w_.eids.unique(list_id + "__item_" + frbr::num_id(item.num));
      node.append_attribute("eId") = item_id.c_str();
      w_.write_plain(node.append_child("num"), item.num);
      w_.write(node.append_child("p"), item.text);
      if (!item.items.empty()) write_block_list(node, item.items, item_id, nullptr);
    }
  }

  void write_body(xml::Node body) {
    int unnumbered = 0, headings = 0, plain = 0, preambular = 0, tables = 0;
    for (const Clause& c : doc_.body) {
      if (c.heading) {
        xml::Node h = body.append_child("hcontainer");
        h.append_attribute("name") = "heading";
        h.append_attribute("eId") = eid("hcontainer_" + std::to_string(++headings)).c_str();
        if (!c.num.empty()) w_.write_plain(h.append_child("num"), c.num);
        if (c.num.empty() || !c.text.text.empty() || !c.text.notes.empty()) w_.write(h.append_child("heading"), c.text);
      } else if (c.style == "preambular") {  // a section's own, as in the preamble
        write_container(body, "preambularClause", "container_" + std::to_string(++preambular), c);
      } else if (c.style == "table") {  // as the UN sets a table apart: in a container
        xml::Node box = body.append_child("container");
        box.append_attribute("name") = "table";
        std::string id = eid("container_table_" + std::to_string(++tables));
        box.append_attribute("eId") = id.c_str();
        write_table(box, c, id);
      } else if (c.style == "p") {
        xml::Node p = body.append_child("p");
        p.append_attribute("eId") = eid("p_" + std::to_string(++plain)).c_str();
        w_.write(p, c.text);
      } else {
        std::string id = c.num.empty() ? "para_u" + std::to_string(++unnumbered) : "para_" + frbr::num_id(c.num);
        write_clause(body, c, "paragraph", prefix_ + id);
      }
    }
    if (doc_.body.empty()) body.append_child("p").append_attribute("eId") = eid("p_1").c_str();
  }

  // The rows set under a clause's words, a cell each for what the grammar's `table-cells`
  // found (the number, the words, the figures).
  void write_table(xml::Node parent, const Clause& c, const std::string& clause_id) {
    if (c.table.empty()) return;
    xml::Node table = parent.append_child("table");
    table.append_attribute("eId") = w_.eids.unique(clause_id + "__table").c_str();
    for (const auto& row : c.table) {
      xml::Node tr = table.append_child("tr");
      for (const Text& cell : row) w_.write(tr.append_child("td").append_child("p"), cell);
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
    int unnumbered = 0, position = 0;
    for (const Clause& item : c.items) {
      if (item.heading) {
        xml::Node h = node.append_child("crossHeading");
        h.append_attribute("eId") = w_.eids.unique(id + "__crossHeading").c_str();
        w_.write(h, item.text);
        continue;
      }
      ++position;
      // a label with no Latin letter or figure ("(أ)", "б)") is counted, as none would be
      std::string sub = item.num.empty() ? "u" + std::to_string(++unnumbered) : frbr::num_id(item.num);
      if (sub.empty()) sub = std::to_string(position);
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
    write_neighbours(con, "followingText", doc_.following, w_);
  }

  void write_signature(xml::Node con, const model::Signature& s) {
    xml::Node box = con.append_child("blockContainer");
    box.append_attribute("class") = "signature";
    box.append_attribute("eId") = eid("blockContainer_signature").c_str();
    xml::Node sig = box.append_child("p").append_child("signature");
    std::vector<std::string> role_refs;
    for (const Text& r : s.roles)
      role_refs.push_back(refs_.add("TLCRole", "role_" + frbr::camel_id(r.text),
                                    "/akn/ontology/role/un/" + frbr::camel_id(r.text),
                                    w_.annotator.annotate(r.text, {0, "", false}).text));
    if (!s.signed_marker.empty() && !s.marker_after) {
      write_signed_marker(sig, s.signed_marker);
      w_.write_plain(sig, " ");
    }
    xml::Node person = sig.append_child("person");
    person.append_attribute("refersTo") = person_reference(s, w_).c_str();
    if (!role_refs.empty()) person.append_attribute("as") = role_refs.back().c_str();
    w_.write(person, s.name, {}, false);
    if (s.marker_after) write_signed_marker(sig, s.signed_marker);
    for (size_t i = 0; i < s.roles.size(); ++i) {
      w_.write_plain(sig, " ");
      xml::Node role = sig.append_child("role");
      role.append_attribute("refersTo") = role_refs[i].c_str();
      w_.write(role, s.roles[i], {}, false);
    }
  }

  // "(Signed)" as (<i>Signed</i>), "（签名）" as （<i>签名</i>）: the word in italics, its
  // brackets, plain or full-width, as printed
  void write_signed_marker(xml::Node sig, std::string_view m) {
    static constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {{"(", ")"}, {"\uFF08", "\uFF09"}};
    for (const auto& [open, close] : kBrackets) {
      if (m.size() > open.size() + close.size() && m.substr(0, open.size()) == open &&
          m.substr(m.size() - close.size()) == close) {
        w_.write_plain(sig, open);
        w_.write_plain(sig.append_child("i"), m.substr(open.size(), m.size() - open.size() - close.size()));
        w_.write_plain(sig, close);
        return;
      }
    }
    w_.write_plain(sig.append_child("i"), m);
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
