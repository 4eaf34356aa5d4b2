#include "inline/trie.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace text2akn {
namespace {

struct TrieNode {
  std::vector<std::pair<std::string, std::unique_ptr<TrieNode>>> children;  // one UTF-8 character each
  bool terminal = false;
};

std::string regex_char(const std::string& ch) {
  if (ch.size() == 1 && std::string("\\^$.|?*+()[]{}-/#&~ ").find(ch[0]) != std::string::npos) return "\\" + ch;
  return ch;
}

std::string emit(const TrieNode& n) {
  std::string body;
  for (const auto& [ch, child] : n.children) body += (body.empty() ? "" : "|") + regex_char(ch) + emit(*child);
  if (body.empty()) return "";
  if (n.children.size() > 1) body = "(?:" + body + ")";
  return n.terminal ? "(?:" + body + ")?" : body;
}

}  // namespace

std::string trie_alternation(const std::vector<std::string>& names) {
  TrieNode root;
  for (const std::string& name : names) {
    TrieNode* n = &root;
    for (size_t i = 0; i < name.size();) {
      size_t len = 1;
      while (i + len < name.size() && (static_cast<unsigned char>(name[i + len]) & 0xC0) == 0x80) ++len;
      std::string ch = name.substr(i, len);
      i += len;
      auto it = std::find_if(n->children.begin(), n->children.end(), [&](const auto& c) { return c.first == ch; });
      if (it == n->children.end()) {
        n->children.emplace_back(ch, std::make_unique<TrieNode>());
        it = std::prev(n->children.end());
      }
      n = it->second.get();
    }
    n->terminal = true;
  }
  return "(?:" + emit(root) + ")";
}


}  // namespace text2akn
