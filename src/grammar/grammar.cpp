#include "grammar/grammar.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "grammar/fragments.h"
#include "grammar/layers.h"
#include "grammar/rule_file.h"
#include "read/utf8.h"

namespace text2akn {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(s);
  while (std::getline(in, item, sep)) out.push_back(item);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

// fr: the [pattern] records the pattern may call.
Pattern compile(const Fragments& fr, const Record& r, const Field& f) {
  std::string source = fr.expand(r, f);
  try {
    Pattern p(source);
    p.set_origin(f.file + ":" + std::to_string(f.line));
    return p;
  } catch (const std::exception& e) {
    r.fail(f, e.what());
  }
}

// Several lines of one key are alternatives of one pattern.
std::optional<Pattern> compile_all(const Fragments& fr, const Record& r, const std::string& key) {
  auto fields = r.all(key);
  if (fields.empty()) return std::nullopt;
  Field joined = *fields.front();
  joined.value.clear();
  for (const Field* f : fields) {
    compile(fr, r, *f);  // reports the bad line itself, not the joined pattern
    joined.value += (joined.value.empty() ? "" : "|") + std::string("(?:") + f->value + ")";
  }
  try {
    Pattern p(fr.expand(r, joined));
    p.set_origin(r.file + ":" + std::to_string(fields.front()->line));
    return p;
  } catch (const std::exception& e) {  // each line compiles, the alternation does not
    r.fail(*fields.back(), "the '" + key + ":' lines cannot be joined as alternatives: " + e.what() +
                               " (a group name used twice?)");
  }
}

Origin origin(const Record& r) { return {r.file, r.line}; }

void check_role(const Record& r, const Field& f) {
  if (!Grammar::known_roles().count(f.value))
    r.fail(f, "unknown role '" + f.value + "'");
}

// "before: agendaTitle agendaTitle -> docTitle": the roles of the blocks before the rule's
// block, and what the last of them becomes.
void load_before(const Record& r, const Field& f, RoleRule& rule) {
  std::istringstream words(f.value);
  bool arrow = false;
  for (std::string word; words >> word;) {
    if (word == "->" && !arrow) {
      arrow = true;
    } else if (!arrow) {
      rule.before.push_back(word);
    } else if (rule.before_becomes.empty()) {
      rule.before_becomes = word;
    } else {
      rule.before_becomes.clear();
      break;
    }
  }
  if (rule.before.empty() || rule.before_becomes.empty())
    r.fail(f, "'before:' is the roles of the blocks before, '->' and the role the last one takes");
  auto check = [&](const std::string& role) {
    if (!Grammar::known_roles().count(role)) r.fail(f, "'before:' names an unknown role '" + role + "'");
  };
  for (const std::string& role : rule.before) check(role);
  check(rule.before_becomes);
}

void load_derive_symbol(Grammar& g, const Fragments& fr, const Record& r) {
  r.only({"from", "actor", "kind", "match", "symbol"});
  const Field* from = r.one("from", true);
  if (from->value != "number" && from->value != "name")
    r.fail(*from, "'from:' is 'number' or 'name', not '" + from->value + "'");
  const Field* actor = r.one("actor", false);
  const Field* kind = r.one("kind", false);
  const Field* symbol = r.one("symbol", true);
  Field whole = *r.one("match", true);  // the rule matches its whole subject
  whole.value = "^(?:" + whole.value + ")$";
  DeriveSymbolRule rule{r.name, from->value == "name" ? DeriveSymbolRule::From::name : DeriveSymbolRule::From::number,
                        actor ? actor->value : "", kind ? kind->value : "", compile(fr, r, whole), symbol->value,
                        origin(r)};
  // Every {group} of the template must be a named group of the pattern.
  for (size_t open = symbol->value.find('{'); open != std::string::npos; open = symbol->value.find('{', open + 1)) {
    size_t close = symbol->value.find('}', open);
    if (close == std::string::npos) r.fail(*symbol, "unclosed '{' in the template");
    std::string group = symbol->value.substr(open + 1, close - open - 1);
    if (rule.pattern.group_number(group) < 0) r.fail(*symbol, "the pattern has no group named '" + group + "'");
  }
  g.derived_symbols.push_back(std::move(rule));
}

// Each key of [blocks] and the pattern it gives.
void load_blocks(BlockRules& b, const Fragments& fr, const Record& r) {
  const std::pair<const char*, std::optional<Pattern> BlockRules::*> keys[] = {
      {"label-only", &BlockRules::label_only},     {"verb-alone", &BlockRules::verb_alone},
      {"starts-unit", &BlockRules::starts_unit},   {"opens-clause", &BlockRules::opens_clause},
      {"standalone", &BlockRules::standalone},     {"continues", &BlockRules::continues},
      {"goes-on", &BlockRules::goes_on},           {"ends-item", &BlockRules::ends_item},
      {"goes-on-after-comma", &BlockRules::goes_on_after_comma},
      {"ends-unit", &BlockRules::ends_unit},       {"footnote-rule", &BlockRules::footnote_rule},
      {"footnote", &BlockRules::footnote},         {"footnote-unruled", &BlockRules::footnote_unruled},
      {"footnote-at-foot", &BlockRules::footnote_at_foot},
      {"label", &BlockRules::label},               {"heading-number", &BlockRules::heading_number},
      {"signed-marker", &BlockRules::signed_marker}, {"signature-role", &BlockRules::signature_role},
      {"preambular-clause", &BlockRules::preambular_clause}, {"spaced-marker", &BlockRules::spaced_marker},
      {"in-number", &BlockRules::in_number},         {"heading-marker", &BlockRules::heading_marker},
      {"marker-after-number", &BlockRules::marker_after_number}, {"lone-marker", &BlockRules::lone_marker},
      {"number-after-abbreviation", &BlockRules::number_after_abbreviation},
      {"table-cells", &BlockRules::table_cells},     {"table-figure", &BlockRules::table_figure},
      {"table-row", &BlockRules::table_row},         {"table-heading-row", &BlockRules::table_heading_row}};
  std::vector<const char*> allowed = {"list-letters", "marker-brackets"};
  for (const auto& [key, member] : keys) allowed.push_back(key);
  r.only(allowed);
  for (const auto& [key, member] : keys) b.*member = compile_all(fr, r, key);
  b.list_letters.clear();
  if (const Field* letters = r.one("list-letters", false)) {
    std::istringstream words(letters->value);
    for (std::string letter; words >> letter;) b.list_letters.push_back(letter);
  }
  b.marker_open.clear();
  b.marker_close.clear();
  if (const Field* brackets = r.one("marker-brackets", false)) {
    std::istringstream words(brackets->value);
    std::string extra;
    if (!(words >> b.marker_open >> b.marker_close) || words >> extra)
      r.fail(*brackets, "'marker-brackets:' is the opening and the closing bracket, apart: ( )");
  }
}

void load_record(Grammar& g, const Fragments& fr, const Record& r) {
  if (r.kind == "furniture") {
    r.only({"match", "after", "ends-page", "printed", "follows"});
    auto yes = [&](const char* key) {
      const Field* field = r.one(key, false);
      if (field && field->value != "yes") r.fail(*field, "'" + std::string(key) + ":' is yes or absent");
      return field != nullptr;
    };
    g.furniture.push_back({r.name, compile(fr, r, *r.one("match", true)), origin(r), 0, yes("ends-page"), yes("printed"), {}});
    if (const Field* after = r.one("after", false)) {
      if (after->value.empty() || after->value.size() > 6 ||
          after->value.find_first_not_of("0123456789") != std::string::npos)
        r.fail(*after, "'after:' is a number of lines");
      g.furniture.back().after = std::stoul(after->value);
    }
    if (const Field* follows = r.one("follows", false)) {
      std::istringstream names(follows->value);
      for (std::string name; names >> name;) {
        bool known = std::any_of(g.furniture.begin(), g.furniture.end() - 1,
                                 [&](const FurnitureRule& f) { return f.name == name; });
        if (!known) r.fail(*follows, "'follows:' names [furniture] rules above this one");
        g.furniture.back().follows.push_back(name);
      }
    }
  } else if (r.kind == "blocks") {
    load_blocks(g.blocks, fr, r);
  } else if (r.kind == "rule") {
    r.only({"in", "match", "role", "next", "before", "adjacent"});
    RoleRule rule{r.name, {}, Pattern("x"), r.one("role", true)->value, "", origin(r), "", {}, ""};
    check_role(r, *r.one("role", true));
    if (auto f = r.one("in", false))
      for (auto& s : split(f->value, ' '))
        if (!s.empty() && s != "*") rule.states.insert(s);
    if (auto f = r.one("next", false)) rule.next = f->value;
    if (auto f = r.one("before", false)) load_before(r, *f, rule);
    if (auto f = r.one("adjacent", false)) {
      if (f->value != "yes" && f->value != "no") r.fail(*f, "'adjacent:' is 'yes' or 'no'");
      rule.adjacent = f->value == "yes";
    }
    if (r.all("match").empty()) r.fail("[rule " + r.name + "] needs a 'match:' line");
    rule.pattern = std::move(*compile_all(fr, r, "match"));
    g.roles.push_back(std::move(rule));
  } else if (r.kind == "state") {
    r.only({"default", "next", "initial", "report", "like"});
    const Field* role = r.one("default", true);
    check_role(r, *role);
    const Field* next = r.one("next", false);
    const Field* report = r.one("report", false);
    const Field* like = r.one("like", false);
    g.defaults[r.name] = {role->value, next ? next->value : "", like ? like->value : "", origin(r),
                          report && report->value == "yes", ""};
    if (auto f = r.one("initial", false); f && f->value == "yes") g.initial_state = r.name;
  } else if (r.kind == "kind") {
    r.only({"element", "subtype", "symbol", "text", "formula", "adopted"});
    const Field* formula = r.one("formula", false);
    if (formula && formula->value != "expected") r.fail(*formula, "formula: the only value is 'expected'");
    KindRule k{r.name, r.one("element", true)->value, r.one("subtype", true)->value,
               compile_all(fr, r, "symbol"), compile_all(fr, r, "text"), formula != nullptr, origin(r),
               compile_all(fr, r, "adopted")};
    g.kinds.push_back(std::move(k));
  } else if (r.kind == "inline") {
    r.only({"markup", "match", "body", "list"});
    const Field* body = r.one("body", false);
    g.inlines.push_back({r.name, r.one("markup", true)->value, compile(fr, r, *r.one("match", true)),
                         body ? body->value : "", origin(r), compile_all(fr, r, "list")});
  } else if (r.kind == "symbol") {
    r.only({"match"});
    if (r.all("match").empty()) r.fail("[symbol] needs a 'match:' line");
    g.symbol = compile_all(fr, r, "match");
  } else if (r.kind == "derive-symbol") {
    load_derive_symbol(g, fr, r);
  } else if (r.kind == "entities") {
    r.only({"type", "of", "id", "name", "alias"});
    EntityFamily f{r.name, r.one("type", true)->value, r.one("of", true)->value, r.one("id", true)->value,
                   r.one("name", true)->value, {}, origin(r)};
    if (f.type != "organization" && f.type != "location") r.fail(*r.one("type", true), "type is organization or location");
    for (const Field* a : r.all("alias")) f.aliases.push_back(a->value);
    g.entity_families.push_back(std::move(f));
  } else if (r.kind == "lexicon") {
    auto& table = g.lexicons[r.name];
    for (const Field& f : r.fields) table[lower(f.key)] = f.value;
  } else {
    r.fail("unknown record kind [" + r.kind + "]");
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void load_entities(Grammar& g, const fs::path& path, const std::string& type) {
  std::string text = read_file(path);
  if (auto bad = first_invalid_utf8(text))
    throw RuleError(path.string(), bad->line, "not UTF-8");
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() < 2 || cols[0].empty() || cols[1].empty())
      throw RuleError(path.string(), number, "expected 'id<TAB>name<TAB>aliases[<TAB>href]'");
    Entity e{cols[0], cols[1], {}, cols.size() > 3 ? cols[3] : "", type};
    if (cols.size() > 2)
      for (auto& a : split(cols[2], '|'))
        if (!a.empty()) e.aliases.push_back(a);
    g.entities.push_back(std::move(e));
  }
}

std::string fill(std::string tmpl, const std::string& key, const std::string& value) {
  for (size_t at = tmpl.find(key); at != std::string::npos; at = tmpl.find(key, at + value.size()))
    tmpl.replace(at, key.size(), value);
  return tmpl;
}

// Each family adds one entity per entity of its base type, with every alias template filled
// with the base's name and each of its aliases.
void expand_families(Grammar& g) {
  std::vector<Entity> added;
  for (const EntityFamily& f : g.entity_families)
    for (const Entity& base : g.entities) {
      if (base.type != f.of) continue;
      std::string capital = base.id;
      if (!capital.empty()) capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      Entity e{fill(f.id, "{Id}", capital), fill(f.show, "{name}", base.name), {}, "", f.type};
      std::vector<std::string> names = base.aliases;
      names.insert(names.begin(), base.name);
      for (const std::string& tmpl : f.aliases)
        for (const std::string& n : names) e.aliases.push_back(fill(tmpl, "{name}", n));
      added.push_back(std::move(e));
    }
  g.entities.insert(g.entities.end(), added.begin(), added.end());
}

}  // namespace

const std::string& Grammar::lookup(std::string_view lexicon, std::string_view key) const {
  static const std::string none;
  auto t = lexicons.find(lexicon);
  if (t == lexicons.end()) return none;
  auto v = t->second.find(lower(std::string(key)));
  return v == t->second.end() ? none : v->second;
}

std::string DeriveSymbolRule::derive(const std::string& subject) const {
  Match m = pattern.search(subject);
  if (!m.found || m.begin() != 0 || m.end() != subject.size()) return "";
  std::string out;
  for (size_t i = 0; i < symbol.size(); ++i) {
    size_t close = symbol[i] == '{' ? symbol.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += symbol[i];
      continue;
    }
    int group = pattern.group_number(symbol.substr(i + 1, close - i - 1));
    out += m.group(subject, static_cast<size_t>(group));
    i = close;
  }
  return out;
}

std::vector<std::string> symbols_in(const std::string& text, const Grammar& g) {
  std::vector<std::string> out;
  size_t offset = 0;
  while (g.symbol) {
    Match m = g.symbol->search(text, offset);
    if (!m.found || m.end() == m.begin()) break;
    out.emplace_back(text.substr(m.begin(), m.end() - m.begin()));
    offset = m.end();
  }
  return out;
}

bool is_whole_symbol(const Grammar& g, const std::string& s) {
  Match m = g.symbol && !s.empty() ? g.symbol->search(s) : Match{};
  return m.found && m.begin() == 0 && m.end() == s.size();
}

NoteMarker note_marker(const BlockRules& rules, const std::string& note) {
  if (!rules.footnote) return {};
  Match m = rules.footnote->search(note);
  int g = rules.footnote->group_number("marker");
  if (!m.found || g < 0 || !m.has(static_cast<size_t>(g))) return {};
  return {std::string(m.group(note, static_cast<size_t>(g))), m.end()};
}

std::vector<std::string> name_subjects(const std::string& source_name) {
  std::string stem = std::filesystem::path(source_name).stem().string();
  std::replace(stem.begin(), stem.end(), '_', '/');
  return {source_name, stem};
}

const std::set<std::string>& Grammar::known_roles() {
  static const std::set<std::string> roles = {
      "authority", "symbol", "distribution", "issueDate", "originalLanguage", "mastheadOther",
      "sessionBody", "session", "sessionPeriod", "agendaItems", "agendaTitle",
      "adoption", "committeeReport", "sponsors", "docType", "docNumber", "docTitle", "letterTitle",
      "letterParagraph", "signature", "signatureRole", "signatory",
      "annexHeading", "annexTitle", "partHeading", "formula", "preambularClause",
      "draftResolutionFormula", "draftDecisionFormula",
      "operativeParagraph", "subItem", "sectionHeading", "unnumberedParagraph",
      "closing", "closingDate", "continuation", "footnote", "paragraph", "tableRow",
      "precedingText", "followingText"};
  return roles;
}

namespace {

// Gives every rule and default its description and every state its list of rules. The
// pointers point into g.roles and g.defaults, which are not changed after loading (a moved
// Grammar keeps them: vectors and maps move their elements' storage along).
void index_states(Grammar& g) {
  std::set<std::string> names;
  for (auto& [name, d] : g.defaults) {
    d.description = "default of state " + name + " (" + d.origin.where() + ")";
    names.insert(name);
  }
  for (RoleRule& r : g.roles) {
    r.description = "rule " + r.name + " (" + r.origin.where() + ")";
    names.insert(r.states.begin(), r.states.end());
    if (!r.next.empty()) names.insert(r.next);
  }
  names.insert(g.initial_state);
  auto applies = [](const RoleRule& r, const std::string& state) { return r.states.empty() || r.states.count(state); };
  for (const std::string& name : names) {
    StateRules& state = g.states[name];
    auto d = g.defaults.find(name);
    if (d != g.defaults.end()) state.fallback = &d->second;
    for (const RoleRule& r : g.roles)
      if (applies(r, name)) state.rules.push_back(&r);
    // `like: other`: the other state's rules after this state's own
    const std::string like = d != g.defaults.end() ? d->second.like : "";
    if (like.empty()) continue;
    if (!g.defaults.count(like))
      throw RuleError(d->second.origin.file, d->second.origin.line, "'like:' names no [state] '" + like + "'");
    for (const RoleRule& r : g.roles)
      if (applies(r, like) && !applies(r, name)) state.rules.push_back(&r);
  }
  for (const RoleRule& r : g.roles)
    if (r.states.empty()) g.any_state.rules.push_back(&r);
}

}  // namespace

std::vector<std::string> grammar_languages(const std::string& dir) {
  std::vector<std::string> languages;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory(ec)) languages.push_back(entry.path().filename().string());
  std::sort(languages.begin(), languages.end());
  return languages;
}

Grammar load_grammar(const std::string& dir, const std::string& lang) {
  GrammarFiles files = read_grammar_files(dir, lang);
  Grammar g;
  g.lang = lang;
  g.dir = (fs::path(dir) / lang).string();
  // [pattern] records first: any pattern of any file may call them.
  std::vector<const Record*> records;
  Fragments fragments;
  for (const Record& r : files.records) {
    if (r.kind == "pattern")
      fragments.add(r);
    else
      records.push_back(&r);
  }
  for (const auto& [stem, path] : files.tables) load_entities(g, path, stem == "countries" ? "location" : "organization");
  fragments.check();
  for (const Record* r : records) load_record(g, fragments, *r);
  if (!files.language.kind.empty()) {
    g.detect = compile_all(fragments, files.language, "detect");
    g.declared = compile_all(fragments, files.language, "declared");
  }
  if (g.initial_state.empty())
    throw RuleError(g.dir, 0, "no [state] is marked 'initial: yes'");
  for (const RoleRule& r : g.roles)
    if (!r.next.empty() && !g.defaults.count(r.next))
      throw RuleError(r.origin.file, r.origin.line, "next state '" + r.next + "' has no [state] record");
  if (!g.symbol) throw RuleError(g.dir, 0, "no [symbol] record");
  expand_families(g);
  index_states(g);
  return g;
}

}  // namespace text2akn
