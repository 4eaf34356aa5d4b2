// Stage 4b: inline semantics of one piece of text. Light markdown emphasis (**b**, *i*)
// is taken out of the text and becomes spans; then dates, document symbols, cited
// resolutions and decisions, organisations and places are found by the grammar's patterns
// and lists. Spans never cross: a later, weaker span that would cut an earlier one is left out.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grammar/grammar.h"

namespace text2akn {

struct Span {
  size_t begin = 0, end = 0;  // byte range in Annotated::text
  std::string element;        // b, i, date, ref, organization, location, docType ...
  std::vector<std::pair<std::string, std::string>> attributes;
  const Entity* entity = nullptr;  // organization/location: the TLC to reference
  bool atomic = false;             // holds no other span (a docDate already dated)
};

struct Annotated {
  std::string text;          // the text with emphasis markers removed
  std::vector<Span> spans;   // sorted by begin, outer spans first
  // Maps a byte offset of the original text to one in `text`. Most texts have no emphasis:
  // their offsets stay as they are and the map (8 bytes per byte of text) is not made.
  std::vector<size_t> offset_map;
  bool unchanged = false;
  size_t map(size_t original) const {
    if (unchanged) return original < text.size() ? original : text.size();
    return original < offset_map.size() ? offset_map[original] : text.size();
  }
};

struct InlineContext {
  int year = 0;            // for dates printed without a year
  std::string actor;       // the document's body: un-ga, un-sc ...
  bool semantics = true;   // false: emphasis only (masthead lines, names)
};

class Annotator {
 public:
  explicit Annotator(const Grammar& grammar);
  ~Annotator();
  Annotated annotate(std::string_view text, const InlineContext& context) const;
  // The spans of one [inline] rule with markup `markup` (e.g. a letter's title parts):
  // each named group becomes a span named after the group.
  std::vector<Span> parts(std::string_view text, const std::string& markup) const;
  const Grammar& grammar() const { return grammar_; }
  // The IRI of a cited symbol: type and subtype from the [kind] it matches.
  std::string symbol_href(const std::string& symbol) const;

 private:
  void find_symbols(const std::string& text, std::vector<Span>& out) const;
  void find_citations(const std::string& text, const InlineContext& ctx, std::vector<Span>& out) const;
  void find_entities(const std::string& text, std::vector<Span>& out) const;
  std::optional<Span> citation(const InlineRule& rule, const std::string& text, const Match& m,
                               const Pattern& pattern, size_t begin, std::string actor,
                               const InlineContext& ctx) const;

  const Grammar& grammar_;
  std::unique_ptr<Pattern> entities_;  // every entity name and alias, as one trie
  // Which entity a found name is; a name given twice belongs to the first entity to give it.
  std::unordered_map<std::string_view, const Entity*> entity_by_name_;
};

}  // namespace text2akn
