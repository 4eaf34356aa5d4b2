// XML text of an AKN tree, indented for people where that cannot change the text:
// elements that hold only other blocks are indented; anything holding text or inline
// elements is written exactly as it is (pugixml's own indentation would add spaces there).
#pragma once
#include <string>

#include <pugixml.hpp>

namespace text2akn {

std::string serialize(const pugi::xml_document& xml);

}  // namespace text2akn
