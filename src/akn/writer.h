// Stage 5: the document model -> Akoma Ntoso 3.0 (the profile in docs/ and AKN4UN).
#pragma once
#include <string>

#include "util/xml_tree.h"

#include "inline/annotator.h"
#include "model/document.h"

namespace text2akn {

// Fills xml with the akomaNtoso tree of doc. Deterministic: same model, same bytes.
void write_akn(const model::Document& doc, const Annotator& annotator, xml::Tree& xml);

}  // namespace text2akn
