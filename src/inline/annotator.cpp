#include "inline/annotator.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <utility>

#include "akn/frbr.h"
#include "inline/dates.h"
#include "inline/numbers.h"
#include "inline/trie.h"

namespace text2akn {
namespace {

// Light markdown emphasis as extraction prints it: "**bold**", "*italic*". A run opens
// where a word follows it and closes where a word precedes it, as in CommonMark ("*The
// Council*,"); a run that can do neither, or one of three asterisks or more, is text: the
// marker of a footnote ("(Russian Federation),* Mr. ...", "(Japan),***"). Pairs that would
// cross one another are text too. A run left open at the text's start or closing at its
// end goes on from or to another block ("**General Assembly" / "Seventy-ninth session**"):
// its asterisks go, with no span.
struct EmphasisRun {
  size_t open, close, length;  // where each run begins in the text; its asterisks
  bool span = true;            // false: a run alone, from or to another block
};

std::vector<EmphasisRun> emphasis_pairs(std::string_view text) {
  auto space = [&](size_t k) { return k >= text.size() || text[k] == ' ' || text[k] == '\t' || text[k] == '\n'; };
  std::vector<EmphasisRun> pairs;
  long open[3] = {-1, -1, -1};  // by run length: the open run's start, or -1
  auto alone = [&](size_t at, size_t n) { pairs.push_back({at, at, n, false}); };
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '*') {
      ++i;
      continue;
    }
    size_t n = 1;
    while (i + n < text.size() && text[i + n] == '*') ++n;
    if (n <= 2) {
      bool can_close = i > 0 && !space(i - 1), can_open = !space(i + n);
      long& o = open[n];
      if (o >= 0 && can_close) {
        EmphasisRun run{static_cast<size_t>(o), i, n};
        bool crosses = std::any_of(pairs.begin(), pairs.end(), [&](const EmphasisRun& p) {
          return (p.open < run.open && run.open < p.close && p.close < run.close) ||
                 (run.open < p.open && p.open < run.close && run.close < p.close);
        });
        if (!crosses) pairs.push_back(run);
        o = -1;
      } else if (can_open) {
        o = static_cast<long>(i);
      } else if (can_close && i + n == text.size()) {
        alone(i, n);
      }
    }
    i += n;
  }
  for (size_t n : {1, 2})
    if (open[n] == 0) alone(0, n);
  return pairs;
}

// Removes the asterisks of emphasis; records the emphasis spans and the offset map.
Annotated strip_emphasis(std::string_view text) {
  Annotated a;
  std::vector<EmphasisRun> pairs = text.find('*') == std::string_view::npos ? std::vector<EmphasisRun>{}
                                                                           : emphasis_pairs(text);
  if (pairs.empty()) {
    a.text = text;
    a.unchanged = true;
    return a;
  }
  std::vector<bool> dropped(text.size(), false);
  for (const EmphasisRun& p : pairs)
    for (size_t k = 0; k < p.length; ++k) dropped[p.open + k] = dropped[p.close + k] = true;
  a.offset_map.resize(text.size() + 1);
  a.text.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    a.offset_map[i] = a.text.size();
    if (!dropped[i]) a.text += text[i];
  }
  a.offset_map[text.size()] = a.text.size();
  for (const EmphasisRun& p : pairs) {
    size_t begin = a.offset_map[p.open + p.length], end = a.offset_map[p.close];
    if (p.span && begin < end) a.spans.push_back({begin, end, p.length == 2 ? "b" : "i", {}, nullptr});
  }
  return a;
}

// The spans kept so far, indexed by where they begin and where they end, so that a
// candidate is checked against the few spans with an end inside it, not against all: kept
// spans never cross, and an entity-dense text has tens of thousands of them.
class KeptSpans {
 public:
  explicit KeptSpans(const std::vector<Span>& spans) {
    for (const Span& s : spans) add(s);
  }
  void add(const Span& s) {
    by_begin_.emplace(s.begin, s.end);
    by_end_.emplace(s.end, s.begin);
  }
  // Whether c (not empty) would cut a kept span or repeat one. A kept span k cuts c when
  // it begins inside c and ends after it, or ends inside c and begins before it.
  bool conflicts(const Span& c) const {
    for (auto it = by_begin_.lower_bound(c.begin); it != by_begin_.end() && it->first < c.end; ++it) {
      bool same = it->first == c.begin && it->second == c.end;
      bool cuts = it->first > c.begin && it->second > c.end;
      if (same || cuts) return true;
    }
    for (auto it = by_end_.upper_bound(c.begin); it != by_end_.end() && it->first < c.end; ++it)
      if (it->second < c.begin) return true;
    return false;
  }

 private:
  std::multimap<size_t, size_t> by_begin_, by_end_;
};

// Adds candidates in order of strength; a candidate that cuts one already kept is left out.
void merge(std::vector<Span>& kept, KeptSpans& index, const std::vector<Span>& candidates) {
  for (const Span& c : candidates) {
    if (c.end <= c.begin || index.conflicts(c)) continue;
    kept.push_back(c);
    index.add(c);
  }
}

}  // namespace

Annotator::Annotator(const Grammar& g) : grammar_(g) {
  // The names view the grammar's strings, which live as long as the grammar does.
  std::vector<std::string> names;
  for (const Entity& e : g.entities) {
    entity_by_name_.emplace(e.name, &e);
    names.push_back(e.name);
    for (const std::string& a : e.aliases) {
      entity_by_name_.emplace(a, &e);
      names.push_back(a);
    }
  }
  if (names.empty()) return;
  entities_ = std::make_unique<Pattern>("(?<![\\w])" + trie_alternation(names) + "(?![\\w])");
}

Annotator::~Annotator() = default;

std::string Annotator::symbol_href(const std::string& symbol) const {
  std::string type = "doc", subtype = "paper", actor = "un";
  for (const KindRule& k : grammar_.kinds)
    if (k.symbol && k.symbol->matches(symbol)) {
      type = k.element;
      subtype = k.subtype;
      break;
    }
  for (size_t n = symbol.size(); n > 0; --n) {
    const std::string& a = grammar_.lookup("symbol-actors", std::string_view(symbol).substr(0, n));
    if (!a.empty()) {
      actor = a;
      break;
    }
  }
  return frbr::work(type, subtype, actor, "", frbr::number_of(symbol));
}

void Annotator::find_symbols(const std::string& text, std::vector<Span>& out) const {
  if (!grammar_.symbol) return;
  size_t offset = 0;
  while (offset < text.size()) {
    Match m = grammar_.symbol->search(text, offset);
    if (!m.found || m.end() == m.begin()) break;
    std::string symbol = text.substr(m.begin(), m.end() - m.begin());
    out.push_back({m.begin(), m.end(), "ref", {{"href", symbol_href(symbol)}}, nullptr});
    offset = m.end();
  }
}

// "resolution 1325 (2000)", "its resolution 77/45", "Human Rights Council resolution 52/3",
// and each number of "resolutions 47/19 of 8 November 1992, 48/16 and 72/4".
void Annotator::find_citations(const std::string& text, const InlineContext& ctx,
                               std::vector<Span>& out) const {
  for (const InlineRule& rule : grammar_.inlines) {
    if (rule.markup != "resolution" && rule.markup != "decision") continue;
    int gb = rule.pattern.group_number("body");
    size_t offset = 0;
    while (offset < text.size()) {
      Match m = rule.pattern.search(text, offset);
      if (!m.found || m.end() == m.begin()) break;
      std::string actor = gb >= 0 && m.has(gb) ? grammar_.lookup("bodies", m.group(text, gb)) : "";
      if (auto c = citation(rule, text, m, rule.pattern, m.begin(), actor, ctx)) out.push_back(*c);
      offset = m.end();
      while (rule.list) {  // the rest of a list shares the first citation's body
        Match more = rule.list->search(std::string_view(text).substr(offset));
        if (!more.found || more.end() == 0) break;
        for (auto& g : more.groups)
          if (g.first != std::string_view::npos) g.first += offset, g.second += offset;
        int gn = rule.list->group_number("number");
        if (auto c = citation(rule, text, more, *rule.list, more.groups[gn].first, actor, ctx)) out.push_back(*c);
        offset = more.end();
      }
    }
  }
}

// `[lexicon numbered-by-year]`: the bodies whose resolutions are numbered with their year.
static bool numbered_by_year(const Grammar& grammar, const std::string& actor) {
  return !actor.empty() && !grammar.lookup("numbered-by-year", actor).empty();
}

static std::string year_numbering_body(const Grammar& grammar) {
  auto table = grammar.lexicons.find(std::string_view("numbered-by-year"));
  return table == grammar.lexicons.end() || table->second.empty() ? "" : table->second.begin()->first;
}

// A session's number before the slash: "75/1", "ES-10/15" (a year has four digits: "2021/4").
static bool session_shaped(std::string_view number) {
  size_t slash = number.find('/'), digits = 0;
  if (slash == std::string_view::npos) return false;
  while (digits < slash && number[slash - 1 - digits] >= '0' && number[slash - 1 - digits] <= '9') ++digits;
  return digits >= 1 && digits <= 3;
}

// The bodies that number their resolutions by session (`[lexicon numbered-from-session]`)
// did so from a session on: "resolution 8/4" is then not its own but another body's, a
// conference's or a commission's, which the text did not name.
static bool before_numbering_by_session(const Grammar& grammar, const std::string& actor, const std::string& number) {
  const std::string& from = grammar.lookup("numbered-from-session", actor);
  int first = 0, session = 0;
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), session);
  if (from.empty() || error != std::errc() || end == number.data() + number.size() || *end != '/') return false;
  if (std::from_chars(from.data(), from.data() + from.size(), first).ec != std::errc()) return false;
  return session < first;
}

// Whose a cited number is: the body the text names (`named`, "" if none), else the rule's
// own ("UNSCR 1325"), else the document's; but a body numbers its resolutions one way, with
// their year ("1325 (2000)") or by session ("75/1"), and a number of another shape is not
// the named body's nor the document's ("General Assembly and Security Council resolutions
// 60/180 and 1645 (2005)", "GA resolution 46/182" in a Council resolution, "resolutions
// ES-10/13 ..." in one of the Economic and Social Council, which numbers by year). The
// Assembly's when no other is.
static std::string citing_body(const Grammar& grammar, const InlineRule& rule, std::string named,
                               const std::string& number, const std::string& year, const std::string& document_body) {
  std::string actor = std::move(named);
  if (actor.empty() && !rule.body.empty()) return rule.body;
  if (actor.empty()) actor = document_body;
  if (numbered_by_year(grammar, actor) != !year.empty()) actor = year.empty() ? "" : year_numbering_body(grammar);
  if (session_shaped(number) && grammar.lookup("numbered-from-session", actor).empty()) actor.clear();
  return actor.empty() || actor == "un" ? "un-ga" : actor;
}

std::optional<Span> Annotator::citation(const InlineRule& rule, const std::string& text, const Match& m,
                                        const Pattern& pattern, size_t begin, std::string actor,
                                        const InlineContext& ctx) const {
  int gn = pattern.group_number("number"), gy = pattern.group_number("year");
  std::string number = symbol_number(m.group(text, gn), grammar_), year(gy >= 0 ? m.group(text, gy) : "");
  // A session the text numbers in digits where the symbol has Roman numerals ("2602 (د-24)")
  int gs = pattern.group_number("session"), session = 0;
  std::string_view digits = gs >= 0 ? m.group(text, gs) : std::string_view();
  if (std::from_chars(digits.data(), digits.data() + digits.size(), session).ec == std::errc() && session > 0)
    number += " (" + roman_numeral(session) + ")";
  actor = citing_body(grammar_, rule, std::move(actor), number, year, ctx.actor);
  if (before_numbering_by_session(grammar_, actor, number)) return std::nullopt;
  std::string prefix = grammar_.lookup(rule.markup + "-prefix", actor);
  if (prefix.empty()) prefix = actor;
  std::string id = frbr::number_of(prefix + "/" + number + (year.empty() ? "" : " (" + year + ")"));
  return Span{begin, m.end(), "ref", {{"href", frbr::work("statement", "deliberation", actor, "", id)}}, nullptr};
}

void Annotator::find_entities(const std::string& text, std::vector<Span>& out) const {
  if (!entities_) return;
  size_t offset = 0;
  while (offset < text.size()) {
    Match m = entities_->search(text, offset);
    if (!m.found || m.end() == m.begin()) break;
    auto named = entity_by_name_.find(std::string_view(text.data() + m.begin(), m.end() - m.begin()));
    if (named != entity_by_name_.end()) {
      const Entity* entity = named->second;
      out.push_back({m.begin(), m.end(), entity->type == "location" ? "location" : "organization", {}, entity});
    }
    offset = m.end();
  }
}

Annotated Annotator::annotate(std::string_view text, const InlineContext& ctx) const {
  Annotated a = strip_emphasis(text);
  if (!ctx.semantics) return a;
  std::vector<Span> citations, symbols, dates, entities;
  find_citations(a.text, ctx, citations);
  find_symbols(a.text, symbols);
  for (const DateMatch& d : find_dates(a.text, grammar_, ctx.year))
    dates.push_back({d.begin, d.end, "date", {{"date", d.iso}}, nullptr});
  find_entities(a.text, entities);
  KeptSpans index(a.spans);
  for (const auto* group : {&citations, &symbols, &dates, &entities}) merge(a.spans, index, *group);
  std::stable_sort(a.spans.begin(), a.spans.end(), [](const Span& x, const Span& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  return a;
}

std::vector<Span> Annotator::parts(std::string_view text, const std::string& markup) const {
  std::vector<Span> out;
  for (const InlineRule& rule : grammar_.inlines) {
    if (rule.markup != markup) continue;
    Match m = rule.pattern.search(text);
    if (!m.found) continue;
    for (const char* name : {"type", "date", "from", "to"}) {
      int g = rule.pattern.group_number(name);
      if (g >= 0 && m.has(g) && m.groups[g].second > m.groups[g].first)
        out.push_back({m.groups[g].first, m.groups[g].second, name, {}, nullptr});
    }
    break;
  }
  return out;
}

}  // namespace text2akn
