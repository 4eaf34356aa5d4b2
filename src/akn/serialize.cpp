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

// The XML text, held in one string or passed on to a sink in pieces of about kPiece bytes.
class Output {
 public:
  static constexpr size_t kPiece = 1 << 16;
  std::string text;
  explicit Output(const XmlSink* sink) : sink_(sink) {
    if (sink_) text.reserve(2 * kPiece);
  }
  // Called between elements: a sink never sees a piece larger than a piece plus one text.
  void pass_on(bool last = false) {
    if (!sink_ || text.empty() || (!last && text.size() < kPiece)) return;
    (*sink_)(text);
    text.clear();
  }

 private:
  const XmlSink* sink_;
};

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

void write(Output& output, const xml::Node& node, int depth, bool pretty) {
  std::string& out = output.text;
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
    write(output, c, depth + 1, indent);
    if (indent) output.pass_on();
  }
  if (indent) new_line(out, depth);
  out += "</";
  out += node.name();
  out += '>';
}

void write_document(Output& output, const xml::Tree& xml) {
  output.text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  for (xml::Node c = xml.root().first_child(); c; c = c.next_sibling())
    if (c.is_element()) write(output, c, 0, true);
  output.text += "\n";
  output.pass_on(true);
}

}  // namespace

std::string serialize(const xml::Tree& xml, size_t capacity) {
  Output output(nullptr);
  output.text.reserve(capacity);
  write_document(output, xml);
  return std::move(output.text);
}

void serialize(const xml::Tree& xml, const XmlSink& sink) {
  Output output(&sink);
  write_document(output, xml);
}

}  // namespace text2akn
