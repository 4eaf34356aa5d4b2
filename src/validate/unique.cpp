#include "validate/unique.h"

#include <cstring>

namespace text2akn {
namespace {

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

bool is_xsd(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && std::strcmp(chars(node->name), name) == 0 && node->ns &&
         std::strcmp(chars(node->ns->href), "http://www.w3.org/2001/XMLSchema") == 0;
}

std::string attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? chars(value) : "";
  xmlFree(value);
  return out;
}

std::vector<xmlNodePtr> element_children(xmlNodePtr node) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) out.push_back(c);
  return out;
}

// The constraint a <xsd:unique> states, if it has the one shape we check: on a named
// <xsd:element>, selector ".//*" and a single field "@name".
bool read_unique(xmlNodePtr unique, UniqueConstraint& out) {
  std::vector<xmlNodePtr> parts = element_children(unique);
  while (!parts.empty() && is_xsd(parts.front(), "annotation")) parts.erase(parts.begin());
  if (parts.size() != 2 || !is_xsd(parts[0], "selector") || !is_xsd(parts[1], "field")) return false;
  std::string field = attribute(parts[1], "xpath");
  if (attribute(parts[0], "xpath") != ".//*" || field.size() < 2 || field[0] != '@' ||
      field.find_first_of(":/|*@[", 1) != std::string::npos)
    return false;
  out = {attribute(unique, "name"), attribute(unique->parent, "name"), field.substr(1)};
  return is_xsd(unique->parent, "element") && !out.name.empty() && !out.element.empty();
}

void take_all(xmlNodePtr node, std::vector<UniqueConstraint>& out) {
  for (xmlNodePtr c = node->children, next; c; c = next) {
    next = c->next;
    UniqueConstraint constraint;
    if (is_xsd(c, "unique") && read_unique(c, constraint)) {
      out.push_back(std::move(constraint));
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      take_all(c, out);
    }
  }
}

// An attribute's value as libxml2 holds it in a tree: one text node (entities are
// substituted when the document is read).
const char* value_in_tree(xmlNodePtr element, const char* name) {
  for (xmlAttrPtr a = element->properties; a; a = a->next)
    if (!a->ns && std::strcmp(chars(a->name), name) == 0)
      return a->children && a->children->type == XML_TEXT_NODE && !a->children->next ? chars(a->children->content)
                                                                                         : nullptr;
  return nullptr;
}

void check_tree(xmlNodePtr element, UniqueCheck& check) {
  check.open(chars(element->name), [element](const char* name) { return value_in_tree(element, name); },
             static_cast<long>(xmlGetLineNo(element)));
  for (xmlNodePtr c = element->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) check_tree(c, check);
  check.close();
}

}  // namespace

std::vector<UniqueConstraint> take_unique_constraints(xmlDocPtr schema) {
  std::vector<UniqueConstraint> out;
  if (xmlNodePtr root = xmlDocGetRootElement(schema)) take_all(root, out);
  return out;
}

UniqueCheck::UniqueCheck(const std::vector<UniqueConstraint>& constraints) {
  for (const UniqueConstraint& c : constraints) by_element_[c.element].push_back(&c);
}

void UniqueCheck::see(Scope& scope, size_t i, const char* value, std::string_view element, long line) {
  if (!value || scope.seen[i].emplace(value).second) return;
  problems_.push_back("line " + std::to_string(line) + ": Element '" + std::string(element) +
                      "': Duplicate key-sequence ['" + value + "'] in unique identity-constraint '" +
                      (*scope.constraints)[i]->name + "'.");
}

void UniqueCheck::enter(std::string_view element) {
  auto declared = by_element_.find(element);
  opened_scope_.push_back(declared != by_element_.end());
  if (opened_scope_.back())
    scopes_.push_back({&declared->second, std::vector<StringTable<bool>>(declared->second.size())});
}

void UniqueCheck::close() {
  if (opened_scope_.empty()) return;
  if (opened_scope_.back()) scopes_.pop_back();
  opened_scope_.pop_back();
}

std::vector<std::string> check_unique(xmlDocPtr doc, const std::vector<UniqueConstraint>& constraints) {
  UniqueCheck check(constraints);
  if (xmlNodePtr root = xmlDocGetRootElement(doc)) check_tree(root, check);
  return check.problems();
}

}  // namespace text2akn
