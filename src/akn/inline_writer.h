// Renders annotated text into an XML element: nested spans become AKN inline elements,
// footnotes become <authorialNote>s at their markers, and every entity referenced is
// recorded so that <references> gets exactly one TLC entry for it.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/xml_tree.h"

#include "inline/annotator.h"
#include "model/document.h"
#include "util/string_table.h"

namespace text2akn {

// The TLC entries of one <references> block, in first-use order within each kind.
class References {
 public:
  explicit References(std::string prefix) : prefix_(std::move(prefix)) {}
  // kind: TLCOrganization, TLCPerson, TLCRole, TLCLocation, TLCConcept. The eId gets the
  // document's prefix (eIds are unique across the file); returns the "#eId" to refer to it.
  std::string add(const std::string& kind, const std::string& id, const std::string& href,
                  const std::string& show_as);
  void write(xml::Node references) const;

 private:
  struct Entry {
    std::string kind, id, href, show_as;
  };
  std::string prefix_;
  std::vector<Entry> entries_;
  std::unordered_set<std::string> ids_;
};

// Hands out eIds unique in the whole file; the same base twice gets "_2", "_3".
class Eids {
 public:
  std::string unique(const std::string& base);

 private:
  StringArena bases_;
  StringTable<int> used_{&bases_};  // uses per base
};

struct InlineWriter {
  const Annotator& annotator;
  References& references;
  Eids& eids;
  std::string prefix;  // eId prefix of the document being written ("att_1__")
  InlineContext context;

  // Writes text (with its notes) into parent; extra spans (already in stripped-text
  // offsets) are merged with those the annotator finds.
  void write(xml::Node parent, const model::Text& text, std::vector<Span> extra = {},
             bool semantics = true);
  void write_plain(xml::Node parent, std::string_view text);
  // The notes of a text written plain (a masthead line): at the end of parent.
  void write_notes(xml::Node parent, const model::Text& text);
  // Registers an entity's TLC entry and returns its refersTo value.
  std::string refer(const Entity& entity);
};

}  // namespace text2akn
