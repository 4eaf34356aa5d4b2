#include "util/xml_tree.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace text2akn::xml {

template <typename T>
uint32_t Tree::Chunked<T>::append() {
  if (size_ == UINT32_MAX - 1) throw std::length_error("more than 4 billion XML nodes");
  if ((size_ & kMask) == 0) chunks_.push_back(std::make_unique_for_overwrite<T[]>(kMask + 1));
  (*this)[size_] = T{};
  return size_++;
}

Tree::Tree() { reset(); }

void Tree::reset() {
  nodes_.clear();
  attributes_.clear();
  names_.clear();
  name_ids_.clear();
  text_chunks_.clear();
  text_next_ = nullptr;
  text_free_ = 0;
  elements_ = 0;
  nodes_.append();       // the root
  attributes_.append();  // id 0 stands for "none"
  intern("");
}

Node Tree::document_element() {
  for (Node c = root().first_child(); c; c = c.next_sibling())
    if (c.is_element()) return c;
  return {};
}

uint32_t Tree::intern(std::string_view name) {
  auto found = name_ids_.find(name);
  if (found != name_ids_.end()) return found->second;
  uint32_t id = static_cast<uint32_t>(names_.size());
  names_.emplace_back(name);
  name_ids_.emplace(names_.back(), id);
  return id;
}

int64_t Tree::find_name(std::string_view name) const {
  auto found = name_ids_.find(name);
  return found == name_ids_.end() ? -1 : found->second;
}

const char* Tree::copy(std::string_view text) {
  if (text.size() + 1 > text_free_) {
    static constexpr size_t kChunk = 64 * 1024;
    size_t size = std::max(kChunk, text.size() + 1);  // a long text gets a chunk of its own
    text_chunks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    text_next_ = text_chunks_.back().get();
    text_free_ = size;
  }
  char* out = text_next_;
  std::memcpy(out, text.data(), text.size());
  out[text.size()] = '\0';
  text_next_ += text.size() + 1;
  text_free_ -= text.size() + 1;
  return out;
}

uint32_t Tree::new_node(uint32_t name, uint32_t parent) {
  uint32_t id = nodes_.append();
  NodeData& n = nodes_[id];
  n.name = name;
  n.parent = parent;
  if (name != kText) ++elements_;
  return id;
}

// --- Attribute

const char* Attribute::name() const { return tree_->names_[tree_->attributes_[id_].name].c_str(); }
const char* Attribute::value() const {
  const char* value = tree_->attributes_[id_].value;
  return value ? value : "";
}
size_t Attribute::value_size() const { return tree_->attributes_[id_].size; }

Attribute Attribute::next_attribute() const {
  uint32_t next = tree_->attributes_[id_].next;
  return next == Tree::kNone ? Attribute() : Attribute(tree_, next);
}

Attribute& Attribute::operator=(std::string_view value) {
  Tree::AttributeData& a = tree_->attributes_[id_];
  a.value = tree_->copy(value);
  a.size = static_cast<uint32_t>(value.size());
  return *this;
}

// --- Node

bool Node::is_text() const { return tree_->nodes_[id_].name == Tree::kText; }

const char* Node::name() const {
  uint32_t name = tree_->nodes_[id_].name;
  return name == Tree::kText ? "" : tree_->names_[name].c_str();
}

const char* Node::value() const { return is_text() ? tree_->nodes_[id_].value : ""; }
size_t Node::value_size() const { return is_text() ? tree_->nodes_[id_].size : 0; }

Node Node::parent() const {
  return id_ == Tree::kNone ? Node() : Node(tree_, tree_->nodes_[id_].parent);
}

Node Node::first_child() const {
  uint32_t c = tree_->nodes_[id_].first_child;
  return c == Tree::kNone ? Node() : Node(tree_, c);
}

Node Node::next_sibling() const {
  uint32_t s = tree_->nodes_[id_].next_sibling;
  return s == Tree::kNone ? Node() : Node(tree_, s);
}

Node Node::child(std::string_view name) const {
  int64_t id = tree_->find_name(name);
  if (id < 0) return {};
  for (Node c = first_child(); c; c = c.next_sibling())
    if (tree_->nodes_[c.id_].name == static_cast<uint32_t>(id)) return c;
  return {};
}

Attribute Node::first_attribute() const {
  if (is_text()) return {};
  uint32_t a = tree_->nodes_[id_].attributes.first;
  return a == Tree::kNone ? Attribute() : Attribute(tree_, a);
}

Attribute Node::attribute(std::string_view name) const {
  int64_t id = tree_->find_name(name);
  if (id < 0) return {};
  for (Attribute a = first_attribute(); a; a = a.next_attribute())
    if (tree_->attributes_[a.id_].name == static_cast<uint32_t>(id)) return a;
  return {};
}

bool Node::has_descendant(std::string_view name) const {
  for (Node c = first_child(); c; c = c.next_sibling())
    if (c.is_element() && (c.name() == name || c.has_descendant(name))) return true;
  return false;
}

Node Node::append_child(std::string_view name) { return append(tree_->intern(name)); }

Node Node::append(uint32_t name) {
  uint32_t id = tree_->new_node(name, id_);
  Tree::NodeData& self = tree_->nodes_[id_];
  if (self.last_child == Tree::kNone)
    self.first_child = id;
  else
    tree_->nodes_[self.last_child].next_sibling = id;
  self.last_child = id;
  return Node(tree_, id);
}

Node Node::prepend_child(std::string_view name) {
  uint32_t id = tree_->new_node(tree_->intern(name), id_);
  Tree::NodeData& self = tree_->nodes_[id_];
  tree_->nodes_[id].next_sibling = self.first_child;
  self.first_child = id;
  if (self.last_child == Tree::kNone) self.last_child = id;
  return Node(tree_, id);
}

Node Node::insert_child_after(std::string_view name, Node sibling) {
  if (!sibling || !(sibling.parent() == *this)) return {};
  uint32_t id = tree_->new_node(tree_->intern(name), id_);
  Tree::NodeData& before = tree_->nodes_[sibling.id_];
  tree_->nodes_[id].next_sibling = before.next_sibling;
  before.next_sibling = id;
  Tree::NodeData& self = tree_->nodes_[id_];
  if (self.last_child == sibling.id_) self.last_child = id;
  return Node(tree_, id);
}

Node Node::append_text(std::string_view text) {
  Node n = append(Tree::kText);
  Tree::NodeData& d = tree_->nodes_[n.id_];
  d.value = tree_->copy(text);
  d.size = static_cast<uint32_t>(text.size());
  return n;
}

Attribute Node::append_attribute(std::string_view name) {
  uint32_t id = tree_->attributes_.append();
  Tree::AttributeData& a = tree_->attributes_[id];
  a.name = tree_->intern(name);
  Tree::NodeData& self = tree_->nodes_[id_];
  if (self.attributes.last == Tree::kNone)
    self.attributes.first = id;
  else
    tree_->attributes_[self.attributes.last].next = id;
  self.attributes.last = id;
  return Attribute(tree_, id);
}

}  // namespace text2akn::xml
