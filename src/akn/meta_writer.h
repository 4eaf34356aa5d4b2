// The <meta> of one document: its FRBR identification (Work, Expression, Manifestation),
// its publication, the adoption the text states (lifecycle) and the references (TLCs) its
// text gathered. Written last, once the text has named every person, body and place.
#pragma once
#include <string>

#include "util/xml_tree.h"

#include "akn/inline_writer.h"
#include "grammar/grammar.h"
#include "model/document.h"

namespace text2akn {

std::string first_symbol(const model::Document& d);
std::string title_text(const model::Document& d);  // the title's lines as one text

class MetaWriter {
 public:
  // prefix: the eId prefix of the document ("" for the main one, "att_1__" ...); component:
  // its name in the FRBR IRIs ("main", "annex_1" ...).
  MetaWriter(const model::Document& doc, const Grammar& g, InlineWriter& w, const std::string& prefix,
             const std::string& component)
      : doc_(doc), g_(g), w_(w), refs_(w.references), prefix_(prefix), component_(component) {}

  void write(xml::Node meta);

 private:
  std::string number() const;
  void write_components(xml::Node work);
  void write_lifecycle(xml::Node meta, const std::string& source);
  std::string actor_reference();

  const model::Document& doc_;
  const Grammar& g_;
  InlineWriter& w_;
  References& refs_;
  const std::string& prefix_;
  const std::string& component_;
};

}  // namespace text2akn
