#include "validate/validator.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <filesystem>
#include <vector>
#include <mutex>

#include "text2akn.h"
#include "util/xml_tree.h"
#include "validate/unique.h"

namespace text2akn {
namespace {

void collect(void* user, xmlErrorPtr error) {
  auto* out = static_cast<std::vector<std::string>*>(user);
  if (!error || out->size() >= 20) return;
  std::string message = error->message ? error->message : "unknown error";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  out->push_back("line " + std::to_string(error->line) + ": " + message);
}

void ignore(void*, xmlErrorPtr) {}

const xmlChar* xml_chars(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Whether text reaches the validator as it would from the XML text serialize() writes: the
// parser turns CR into LF, refuses other control characters and U+FFFE/U+FFFF, in an
// attribute value turns tab and LF into spaces, and libxml2's schema SAX handler reads
// "&#38;" in an attribute value as "&". Such rare text is left to the text path.
bool reads_back(const char* text, bool attribute) {
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(text); *p; ++p) {
    if (*p < 0x20 && (attribute || (*p != '\n' && *p != '\t'))) return false;
    if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) return false;
    if (attribute && *p == '&' && std::strncmp(reinterpret_cast<const char*>(p), "&#38;", 5) == 0) return false;
  }
  return true;
}

// Feeds the writer's tree to libxml2's schema validator as the SAX events parsing its XML text
// would give (less the indentation between elements, which the validator skips anyway):
// no XML text is parsed and no libxml2 tree is built. The same walk feeds the check of the
// <xsd:unique> constraints taken out of the schema.
class SaxFeed {
 public:
  SaxFeed(xmlSAXHandlerPtr sax, void* user, UniqueCheck& unique) : sax_(sax), user_(user), unique_(unique) {}

  // False when some name or text could not be fed faithfully.
  bool feed(const xml::Tree& from) {
    for (xml::Node c = from.root().first_child(); c; c = c.next_sibling())
      if (c.is_element()) return element(c, nullptr) && faithful_;
    return false;
  }

 private:
  bool element(const xml::Node& from, const xmlChar* uri) {
    const xmlChar* name = xml_chars(from.name());
    const xmlChar* namespaces[2] = {nullptr, nullptr};
    std::vector<const xmlChar*> attributes;  // localname, prefix, URI, value, value end
    for (xml::Attribute a = from.first_attribute(); a; a = a.next_attribute()) {
      faithful_ = faithful_ && !std::strchr(a.name(), ':') && reads_back(a.value(), true);
      if (std::strcmp(a.name(), "xmlns") == 0) {
        uri = namespaces[1] = xml_chars(a.value());
        continue;
      }
      const xmlChar* value = xml_chars(a.value());
      attributes.insert(attributes.end(), {xml_chars(a.name()), nullptr, nullptr, value, value + a.value_size()});
    }
    faithful_ = faithful_ && !std::strchr(from.name(), ':');
    if (!faithful_) return false;
    sax_->startElementNs(user_, name, nullptr, uri, namespaces[1] ? 1 : 0, namespaces, static_cast<int>(attributes.size() / 5),
                         0, attributes.data());
    unique_.open(from.name(), [&from](const char* attribute) {
      xml::Attribute a = from.attribute(attribute);
      return a ? a.value() : nullptr;
    }, 0);
    for (xml::Node c = from.first_child(); c && faithful_; c = c.next_sibling()) {
      if (c.is_element()) {
        element(c, uri);
      } else {
        faithful_ = faithful_ && reads_back(c.value(), false);
        sax_->characters(user_, xml_chars(c.value()), static_cast<int>(c.value_size()));
      }
    }
    unique_.close();
    sax_->endElementNs(user_, name, nullptr, uri);
    return faithful_;
  }

  xmlSAXHandlerPtr sax_;
  void* user_;
  UniqueCheck& unique_;
  bool faithful_ = true;
};

}  // namespace

struct Validator::Impl {
  xmlDocPtr schema_doc = nullptr;  // kept while the compiled schema lives: it may point into it
  xmlSchemaPtr schema = nullptr;
  std::vector<UniqueConstraint> unique;  // checked by us (validate/unique.h)
  ~Impl() {
    xmlSchemaFree(schema);
    xmlFreeDoc(schema_doc);
  }
};

Validator::Validator(const std::string& path) : impl_(std::make_unique<Impl>()) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec))
    throw Error(Status::schema_missing, path.empty() ? "schema" : path,
                "the Akoma Ntoso schema akomantoso30.xsd was not found; give it with --schema PATH or "
                "TEXT2AKN_SCHEMA (it is published at https://docs.oasis-open.org/legaldocml/"
                "akn-core/v1.0/os/part2-specs/schemas/akomantoso30.xsd), or use --no-validate");
  std::vector<std::string> problems;
  impl_->schema_doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!impl_->schema_doc) throw Error(Status::schema_missing, path, "the schema is not well-formed XML");
  impl_->unique = take_unique_constraints(impl_->schema_doc);
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(impl_->schema_doc);
  xmlSchemaSetParserStructuredErrors(parser, collect, &problems);
  impl_->schema = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (!impl_->schema)
    throw Error(Status::schema_missing, path,
                "the schema does not compile: " + (problems.empty() ? std::string("?") : problems.front()));
}

Validator::~Validator() = default;

std::vector<std::string> Validator::validate(std::string_view xml) const {
  std::vector<std::string> problems;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "output.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    xmlErrorPtr e = xmlGetLastError();
    problems.push_back("not well-formed XML" + std::string(e && e->message ? ": " + std::string(e->message) : ""));
    return problems;
  }
  xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(impl_->schema);
  xmlSchemaSetValidStructuredErrors(ctxt, collect, &problems);
  int rc = xmlSchemaValidateDoc(ctxt, doc);
  xmlSchemaSetValidStructuredErrors(ctxt, ignore, nullptr);
  xmlSchemaFreeValidCtxt(ctxt);
  for (std::string& p : check_unique(doc, impl_->unique))
    if (problems.size() < 20) problems.push_back(std::move(p));
  xmlFreeDoc(doc);
  if (rc != 0 && problems.empty()) problems.push_back("invalid (libxml2 code " + std::to_string(rc) + ")");
  return problems;
}

bool Validator::valid(const xml::Tree& tree) const {
  xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(impl_->schema);
  xmlSchemaSetValidStructuredErrors(ctxt, ignore, nullptr);
  xmlSAXHandlerPtr sax = nullptr;  // no handler of ours: the plug calls the validator alone
  void* user = nullptr;
  xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(ctxt, &sax, &user);
  UniqueCheck unique(impl_->unique);
  bool ok = plug && SaxFeed(sax, user, unique).feed(tree);
  if (plug) xmlSchemaSAXUnplug(plug);
  ok = ok && xmlSchemaIsValid(ctxt) == 1 && unique.problems().empty();
  xmlSchemaFreeValidCtxt(ctxt);
  return ok;
}

}  // namespace text2akn
