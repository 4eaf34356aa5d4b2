// The schema's <xsd:unique> constraints, checked by us rather than by libxml2.
//
// Akoma Ntoso declares 24 of them, all of one shape: on each document element (doc,
// statement, act ...), selector ".//*" and one field "@eId" or "@GUID" — no two descendants
// share a value. libxml2 2.9 checks identity constraints in time that grows faster than the
// document (xmllint on a 100 MB output: 11.1 s; on the same schema without them: 2.2 s), so
// the validator takes the constraints of this shape out of the schema it compiles and checks
// them here with one hash table per constraint and scope, which is linear. Constraints of any
// other shape stay in the schema for libxml2.
#pragma once
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/string_table.h"

namespace text2akn {

struct UniqueConstraint {
  std::string name;       // eId-doc
  std::string element;    // the element declaring it: doc
  std::string attribute;  // the field: eId
};

// Takes every <xsd:unique> of the shape above out of a schema document (as parsed, before
// it is compiled) and returns them.
std::vector<UniqueConstraint> take_unique_constraints(xmlDocPtr schema);

// Checks one XML document, element by element in document order.
class UniqueCheck {
 public:
  explicit UniqueCheck(const std::vector<UniqueConstraint>& constraints);
  // An element begins; `value_of(attribute)` gives its value of an attribute or null. The
  // values must stay valid until the check ends (they point into the document checked).
  // A template: it is called for every element of every document validated.
  template <typename ValueOf>
  void open(std::string_view element, const ValueOf& value_of, long line) {
    // Every scope open above this element is one of its ancestors: .//* selects it.
    for (Scope& scope : scopes_)
      for (size_t i = 0; i < scope.constraints->size(); ++i)
        see(scope, i, value_of((*scope.constraints)[i]->attribute.c_str()), element, line);
    enter(element);
  }
  void close();
  // "line N: Element 'p': Duplicate key-sequence ['x'] in unique identity-constraint 'eId-doc'."
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  struct Scope {  // one declaring element: the values seen per constraint below it
    const std::vector<const UniqueConstraint*>* constraints;
    std::vector<StringTable<bool>> seen;
  };
  // Records the value of constraint i of a scope; a value seen before is a problem.
  void see(Scope& scope, size_t i, const char* value, std::string_view element, long line);
  // Opens a scope when the element declares constraints.
  void enter(std::string_view element);

  std::unordered_map<std::string_view, std::vector<const UniqueConstraint*>> by_element_;
  std::vector<Scope> scopes_;
  std::vector<bool> opened_scope_;  // per open element: whether it began a scope
  std::vector<std::string> problems_;
};

// The problems of a whole libxml2 document (the text path of validation).
std::vector<std::string> check_unique(xmlDocPtr doc, const std::vector<UniqueConstraint>& constraints);

}  // namespace text2akn
