#include "validate/validator.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <filesystem>
#include <mutex>

#include "text2akn.h"

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

}  // namespace

struct Validator::Impl {
  xmlSchemaPtr schema = nullptr;
  ~Impl() { xmlSchemaFree(schema); }
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
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
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
  xmlFreeDoc(doc);
  if (rc != 0 && problems.empty()) problems.push_back("invalid (libxml2 code " + std::to_string(rc) + ")");
  return problems;
}

}  // namespace text2akn
