// The XML tree the writer builds, the validator walks and the serializer prints: elements,
// attributes and text, appended in document order (with two insertions the meta writer
// needs), never removed.
//
// Why not pugixml's tree: a 100 MB document makes millions of elements, and pugixml spends
// 64 bytes on each node and 40 on each attribute, and copies every element and attribute
// name (7.6 bytes per input byte in all, the largest single share of a conversion's memory).
// Here a node takes 32 bytes and an attribute 24, in chunks that never move, names are
// interned once per tree, and values are copied, NUL-terminated, into a chunked arena. The
// handles mirror pugixml's names so that the writer reads the same.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace text2akn::xml {

class Tree;

class Attribute {
 public:
  Attribute() = default;
  explicit operator bool() const { return tree_ != nullptr; }
  const char* name() const;
  const char* value() const;
  size_t value_size() const;
  Attribute next_attribute() const;
  // Sets the value (a copy is kept).
  Attribute& operator=(std::string_view value);

 private:
  friend class Tree;
  friend class Node;
  Attribute(Tree* tree, uint32_t id) : tree_(tree), id_(id) {}
  Tree* tree_ = nullptr;
  uint32_t id_ = 0;
};

class Node {
 public:
  Node() = default;
  explicit operator bool() const { return tree_ != nullptr; }
  bool is_text() const;
  bool is_element() const { return *this && !is_text(); }
  const char* name() const;   // "" for text and for the tree's root
  const char* value() const;  // the text of a text node, "" otherwise
  size_t value_size() const;

  Node parent() const;
  Node first_child() const;
  Node next_sibling() const;
  Node child(std::string_view name) const;  // the first child element so named
  Attribute first_attribute() const;
  Attribute attribute(std::string_view name) const;
  // Whether an element so named is below this node.
  bool has_descendant(std::string_view name) const;

  Node append_child(std::string_view name);
  Node prepend_child(std::string_view name);
  Node insert_child_after(std::string_view name, Node sibling);
  Node append_text(std::string_view text);
  Attribute append_attribute(std::string_view name);

  bool operator==(const Node& o) const { return tree_ == o.tree_ && id_ == o.id_; }

 private:
  friend class Tree;
  friend class Attribute;
  Node(Tree* tree, uint32_t id) : tree_(tree), id_(id) {}
  Node append(uint32_t name);
  Tree* tree_ = nullptr;
  uint32_t id_ = 0;
};

class Tree {
 public:
  Tree();
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  // The node above the document element (pugixml's xml_document).
  Node root() { return Node(this, 0); }
  // For readers (the serializer, the validator): handles do not carry constness, so the
  // caller promises not to append through this one.
  Node root() const { return Node(const_cast<Tree*>(this), 0); }
  Node document_element();
  size_t element_count() const { return elements_; }
  // Frees everything; the tree is empty again.
  void reset();

 private:
  friend class Node;
  friend class Attribute;
  static constexpr uint32_t kNone = 0;  // node 0 is the root: never a child, sibling or attribute
  static constexpr uint32_t kText = UINT32_MAX;  // the name of a text node

  // Plain aggregates: a chunk is allocated uninitialised and each record zeroed as it is
  // appended (kNone is 0), so that a small document does not pay for a whole chunk.
  struct NodeData {
    uint32_t name;
    uint32_t parent, first_child, last_child, next_sibling;
    uint32_t size;  // of a text node's value
    union {
      struct {
        uint32_t first, last;
      } attributes;
      const char* value;
    };
  };
  struct AttributeData {
    uint32_t name, next, size;
    const char* value;
  };

  // Chunks of a fixed size, so that what was appended never moves.
  template <typename T>
  class Chunked {
   public:
    T& operator[](uint32_t i) { return chunks_[i >> kShift][i & kMask]; }
    const T& operator[](uint32_t i) const { return chunks_[i >> kShift][i & kMask]; }
    uint32_t append();
    void clear() { chunks_.clear(), size_ = 0; }

   private:
    static constexpr uint32_t kShift = 12, kMask = (1u << kShift) - 1;
    std::vector<std::unique_ptr<T[]>> chunks_;
    uint32_t size_ = 0;
  };

  uint32_t intern(std::string_view name);
  int64_t find_name(std::string_view name) const;  // -1: not interned
  const char* copy(std::string_view text);
  uint32_t new_node(uint32_t name, uint32_t parent);

  Chunked<NodeData> nodes_;
  Chunked<AttributeData> attributes_;
  std::deque<std::string> names_;  // a deque: views of its strings stay valid
  std::unordered_map<std::string_view, uint32_t> name_ids_;
  std::vector<std::unique_ptr<char[]>> text_chunks_;
  char* text_next_ = nullptr;
  size_t text_free_ = 0;
  size_t elements_ = 0;
};

}  // namespace text2akn::xml
