#include "akn/serialize.h"

#include <cstring>
#include <unordered_set>
#include <string_view>

namespace text2akn {
namespace {

bool is_inline(const char* name) {
  static const std::unordered_set<std::string_view> names = {
      "a", "abbr", "b", "date", "docAuthority", "docDate", "docNumber", "docProponent", "docStatus",
      "docTitle", "docType", "i", "inline", "location", "organization", "person", "ref", "role",
      "session", "signature", "span", "sub", "sup", "u", "authorialNote", "noteRef", "term",
      "quantity", "concept", "entity", "event", "object", "process", "eol", "br", "mref", "rref"};
  return names.count(name) > 0;
}

// Copies text, escaping markup characters; the runs between them go in one append each.
void escape(std::string& out, const char* text, bool attribute) {
  const char* special = attribute ? "&<>\"" : "&<>";
  for (const char* p = text;;) {
    size_t run = std::strcspn(p, special);
    out.append(p, run);
    p += run;
    switch (*p) {
      case '\0': return;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
    }
    ++p;
  }
}

void new_line(std::string& out, int depth) {
  out += '\n';
  out.append(2 * static_cast<size_t>(depth), ' ');
}

bool indents_children(const xml::Node& node) {
  if (!node.first_child()) return false;
  for (xml::Node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.is_text() || is_inline(c.name())) return false;
  }
  return true;
}

void write(std::string& out, const xml::Node& node, int depth, bool pretty) {
  if (node.is_text()) {
    escape(out, node.value(), false);
    return;
  }
  out += '<';
  out += node.name();
  for (xml::Attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    out += ' ';
    out += a.name();
    out += "=\"";
    escape(out, a.value(), true);
    out += '"';
  }
  if (!node.first_child()) {
    out += "/>";
    return;
  }
  out += '>';
  bool indent = pretty && indents_children(node);
  for (xml::Node c = node.first_child(); c; c = c.next_sibling()) {
    if (indent) new_line(out, depth + 1);
    write(out, c, depth + 1, indent);
  }
  if (indent) new_line(out, depth);
  out += "</";
  out += node.name();
  out += '>';
}

}  // namespace

std::string serialize(const xml::Tree& xml, size_t capacity) {
  std::string out;
  out.reserve(capacity);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  for (xml::Node c = xml.root().first_child(); c; c = c.next_sibling())
    if (c.is_element()) write(out, c, 0, true);
  out += "\n";
  return out;
}

}  // namespace text2akn
