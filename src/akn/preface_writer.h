// The front of one document: its cover page (the masthead as printed; on a compilation's
// page, the texts printed before it) and its preface (session, the heading lines, the
// title with its parts: a letter's type, sender, addressee and date).
#pragma once
#include <string>
#include <vector>

#include "util/xml_tree.h"

#include "akn/inline_writer.h"
#include "grammar/grammar.h"
#include "model/document.h"

namespace text2akn {

class PrefaceWriter {
 public:
  // prefix: the eId prefix of the document ("" for the main one, "att_1__" ...).
  PrefaceWriter(const model::Document& doc, const Grammar& g, InlineWriter& w, const std::string& prefix)
      : doc_(doc), g_(g), w_(w), prefix_(prefix) {}

  void write_cover(xml::Node root);  // a <coverPage>, if the document prints anything for one
  void write_preface(xml::Node root);

 private:
  bool shows_derived_symbol() const;
  void write_masthead(xml::Node box);
  void write_line(xml::Node p, const model::Line& line);
  void write_line_text(xml::Node p, const model::Line& line);
  void write_symbols(xml::Node p, const std::string& t);
  void write_dated(xml::Node p, const char* element, const model::Text& text, const std::string& refers);
  void write_session(xml::Node p, const model::Text& text);
  void write_agenda_items(xml::Node p, const std::string& t);
  void write_sponsors(xml::Node p, const model::Text& line);
  void write_title(xml::Node long_title);
  std::string eid(const std::string& base);
  std::string tlc_concept(const std::string& id, const std::string& path, const std::string& show);

  const model::Document& doc_;
  const Grammar& g_;
  InlineWriter& w_;
  const std::string& prefix_;
};

// Other documents printed on the same pages, before or after this one (a compilation's):
// <container name="NAME"> with a <p> each.
void write_neighbours(xml::Node parent, const char* name, const std::vector<model::Text>& texts, InlineWriter& w);

// The TLCPerson of a signatory, by the name without markdown emphasis ("Tofiq **Musayev**").
std::string person_reference(const model::Signature& s, InlineWriter& w);

}  // namespace text2akn
