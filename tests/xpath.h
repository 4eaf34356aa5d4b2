// XPath over Akoma Ntoso with pugixml, which knows no namespaces: the default namespace of
// AKN is matched with local-name(). ln() rewrites the element steps of a path so that tests
// read like AKN: ln("/akomaNtoso/doc/preface//session/@value") ->
// "/*[local-name()='akomaNtoso']/*[local-name()='doc']/.../@value". Predicates ([...]) are
// copied as written; write local-name() there yourself when they name elements.
#pragma once
#include <cctype>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace test {

inline std::string ln(const std::string& path) {
  std::string out;
  size_t i = 0;
  auto ident = [&](size_t from) {
    size_t j = from;
    while (j < path.size() && (std::isalnum(static_cast<unsigned char>(path[j])) || path[j] == '_' || path[j] == '-')) ++j;
    return j;
  };
  while (i < path.size()) {
    char c = path[i];
    if (c == '[') {  // predicate: copied up to its matching ']', quotes respected
      int depth = 0;
      char quote = 0;
      do {
        char d = path[i];
        if (quote) {
          if (d == quote) quote = 0;
        } else if (d == '\'' || d == '"') {
          quote = d;
        } else if (d == '[') {
          ++depth;
        } else if (d == ']') {
          --depth;
        }
        out += d;
        ++i;
      } while (i < path.size() && depth > 0);
    } else if (c == '@') {  // attribute: as is
      size_t j = ident(i + 1);
      out += path.substr(i, j - i);
      i = j;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t j = ident(i);
      std::string name = path.substr(i, j - i);
      bool function = j < path.size() && path[j] == '(';
      bool axis = path.compare(j, 2, "::") == 0;
      out += function || axis ? name : "*[local-name()='" + name + "']";
      i = j;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

// Runs of white space as one space, trimmed.
inline std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The text of a node as a reader sees it, with runs of white space made one space.
inline std::string text_of(const pugi::xml_node& node) {
  std::string raw;
  struct Walker : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) *out += n.value();
      return true;
    }
  } walker;
  walker.out = &raw;
  if (node.type() == pugi::node_pcdata) raw = node.value();
  const_cast<pugi::xml_node&>(node).traverse(walker);
  return squeeze(raw);
}

inline pugi::xpath_node_set select(const pugi::xml_node& context, const std::string& path) {
  return context.select_nodes(ln(path).c_str());
}

// Texts of the selected elements, or values of the selected attributes, in document order.
inline std::vector<std::string> values(const pugi::xml_node& context, const std::string& path) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& n : select(context, path))
    out.push_back(n.attribute() ? std::string(n.attribute().value()) : text_of(n.node()));
  return out;
}

inline size_t count(const pugi::xml_node& context, const std::string& path) { return select(context, path).size(); }

// The one selected element or attribute's text; "" when nothing is selected.
inline std::string value(const pugi::xml_node& context, const std::string& path) {
  auto v = values(context, path);
  return v.empty() ? std::string() : v.front();
}

inline pugi::xml_node node(const pugi::xml_node& context, const std::string& path) {
  return context.select_node(ln(path).c_str()).node();
}

inline bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace test
