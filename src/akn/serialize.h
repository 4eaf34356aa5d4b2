// XML text of an AKN tree, indented for people where that cannot change the text:
// elements that hold only other blocks are indented; anything holding text or inline
// elements is written exactly as it is (an indenting printer would add spaces there).
#pragma once
#include <string>

#include "text2akn.h"
#include "util/xml_tree.h"

namespace text2akn {

// capacity: bytes to reserve for the text, so that a large document's XML is not copied
// again and again as it grows (pages reserved but not written cost nothing).
std::string serialize(const xml::Tree& xml, size_t capacity = 0);

// The same text passed to sink in pieces of about 64 KB, cut between elements: a large
// document's XML never has to be held whole.
void serialize(const xml::Tree& xml, const XmlSink& sink);

// The capacity to ask for a document converted from input_bytes of text: its XML is about
// twice the input (1.9x on the corpus, 2.3x for long resolutions), plus the metadata.
inline size_t xml_capacity_for(size_t input_bytes) { return 3 * input_bytes + 16384; }

}  // namespace text2akn
