#include "akn/preface_writer.h"

#include <cctype>

#include "akn/frbr.h"
#include "akn/meta_writer.h"
#include "inline/dates.h"
#include "inline/numbers.h"

namespace text2akn {

using model::Text;

namespace {

int year_of(const std::string& iso) { return iso.size() >= 4 ? std::stoi(iso.substr(0, 4)) : 0; }

// The sub-item letter after an agenda item's number at `at`: " (b)" in English, " b)" in
// French, Spanish and Russian, "(b)" in Chinese, " (ب)" in Arabic (a letter of the grammar's
// list letters). Its size, and the letter a-z that names it in an identifier ("71b").
struct SubItem {
  size_t size = 0;
  char letter = 0;
};

SubItem sub_item(const std::string& t, size_t at, const std::vector<std::string>& list_letters) {
  auto is = [&](size_t i, char c) { return i < t.size() && t[i] == c; };
  size_t i = at + is(at, ' ');
  bool open = is(i, '(');
  if (!open && i == at) return {};  // "b)" needs the space before it
  size_t letter = i + open;
  if (letter < t.size() && t[letter] >= 'a' && t[letter] <= 'z' && is(letter + 1, ')'))
    return {letter + 2 - at, t[letter]};
  for (size_t k = 0; open && k < list_letters.size() && k < 26; ++k)
    if (t.compare(letter, list_letters[k].size(), list_letters[k]) == 0 && is(letter + list_letters[k].size(), ')'))
      return {letter + list_letters[k].size() + 1 - at, static_cast<char>('a' + k)};
  return {};
}

}  // namespace

void write_neighbours(xml::Node parent, const char* name, const std::vector<Text>& texts, InlineWriter& w) {
  if (texts.empty()) return;
  xml::Node box = parent.append_child("container");
  box.append_attribute("name") = name;
  for (const Text& t : texts) w.write(box.append_child("p"), t);
}

std::string person_reference(const model::Signature& s, InlineWriter& w) {
  std::string name = w.annotator.annotate(s.name.text, {0, "", false}).text;
  return w.references.add("TLCPerson", "person_" + frbr::camel_id(name),
                          "/akn/ontology/person/un/" + frbr::camel_id(name), name);
}

// A symbol the text does not print is shown once, on the top document's cover, marked as
// the editor's (status="editorial") so that the printed words stay apart from ours.
bool PrefaceWriter::shows_derived_symbol() const {
  return !doc_.symbol_derived_by.empty() && prefix_.empty();
}

void PrefaceWriter::write_cover(xml::Node root) {
  if (doc_.masthead.empty() && !shows_derived_symbol() && doc_.preceding.empty()) return;
  xml::Node cover = root.append_child("coverPage");
  if (!doc_.masthead.empty() || shows_derived_symbol()) write_masthead(cover.append_child("container"));
  write_neighbours(cover, "precedingText", doc_.preceding, w_);
}

void PrefaceWriter::write_masthead(xml::Node box) {
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

void PrefaceWriter::write_line(xml::Node p, const model::Line& line) {
  write_line_text(p, line);
  // Lines written piece by piece (symbol, agenda items ...) leave their footnotes ("...
  // preliminary list*") to the end.
  bool notes_written = p.has_descendant("authorialNote");
  if (!notes_written) w_.write_notes(p, line.text);
}

void PrefaceWriter::write_line_text(xml::Node p, const model::Line& line) {
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

void PrefaceWriter::write_symbols(xml::Node p, const std::string& t) {
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

void PrefaceWriter::write_dated(xml::Node p, const char* element, const Text& text, const std::string& refers) {
  std::string iso = first_date(text.text, g_, year_of(doc_.issue_date));
  if (iso.empty()) return w_.write(p, text);
  xml::Node d = p.append_child(element);
  d.append_attribute("date") = iso.c_str();
  if (!refers.empty()) d.append_attribute("refersTo") = refers.c_str();
  w_.write_plain(d, text.text);
}

// "Seventy-ninth session", "General Assembly Eightieth year", "第七十五届会议": the number its
// words spell is the session's.
void PrefaceWriter::write_session(xml::Node p, const Text& text) {
  int value = spelled_number(w_.annotator.annotate(text.text, {0, "", false}).text, g_);
  if (value <= 0) return w_.write(p, text);
  xml::Node s = p.append_child("session");
  s.append_attribute("value") = std::to_string(value).c_str();
  w_.write(s, text, {}, false);
}

void PrefaceWriter::write_agenda_items(xml::Node p, const std::string& t) {
  size_t pos = 0, i = t.find_first_of("0123456789");
  while (i != std::string::npos) {
    size_t end = t.find_first_not_of("0123456789", i);
    if (end == std::string::npos) end = t.size();
    std::string id = t.substr(i, end - i);
    SubItem sub = sub_item(t, end, g_.blocks.list_letters);
    if (sub.size > 0) id += sub.letter;
    end += sub.size;
    w_.write_plain(p, t.substr(pos, i - pos));
    std::string item = t.substr(i, end - i);
    xml::Node n = p.append_child("inline");
    n.append_attribute("name") = "agendaItem";
    std::string ref = w_.references.add("TLCConcept", "agendaItem_" + id, "/akn/ontology/concept/un/agendaItem/" + id,
                                        "Agenda item " + item);
    n.append_attribute("refersTo") = ref.c_str();
    w_.write_plain(n, item);
    pos = end;
    i = t.find_first_of("0123456789", end);
  }
  w_.write_plain(p, t.substr(pos));
}

void PrefaceWriter::write_preface(xml::Node root) {
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
    // (a part's letter printed after the title on the number's line comes after it too)
    if (!title_written && (doc_.title.front().order < line.text.order ||
                           (doc_.title.front().order == line.text.order && line.role == "partHeading"))) {
      write_title(preface.append_child("longTitle"));
      title_written = true;
    }
    xml::Node p = preface.append_child("p");
    p.append_attribute("class") = line.role.c_str();
    if (line.role == "docNumber") {
      // The number as printed ("75/100."): the document's own number, not a cited one.
      std::string number = line.text.text;
      // (not the dots of a number still to come: "58/...")
      bool dot = number.size() > 1 && number.back() == '.' && number[number.size() - 2] != '.';
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
void PrefaceWriter::write_sponsors(xml::Node p, const Text& line) {
  std::string plain = w_.annotator.annotate(line.text, {0, "", false}).text;
  size_t colon = plain.rfind(':');
  std::vector<Span> parts;
  if (colon != std::string::npos && colon > 0) parts.push_back({0, colon, "docProponent", {}, nullptr, false});
  w_.write(p, line, parts);
}

void PrefaceWriter::write_title(xml::Node long_title) {
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
        if (doc_.signatures.size() == 1) s.attributes = {{"refersTo", person_reference(doc_.signatures.front(), w_)}};
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

std::string PrefaceWriter::eid(const std::string& base) { return w_.eids.unique(prefix_ + base); }

std::string PrefaceWriter::tlc_concept(const std::string& id, const std::string& path, const std::string& show) {
  return w_.references.add("TLCConcept", id, "/akn/ontology/concept/un/" + path, show);
}

}  // namespace text2akn
