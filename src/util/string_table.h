// Hash tables of strings for the per-document identifier checks (eIds made unique while
// writing, eIds checked unique while validating), where a document of 100 MB has millions of
// keys.
//
// Node-based tables (std::unordered_map/set) allocate a node per key and visit a bucket and
// a node per lookup; once the table outgrows the caches every one of those visits is a miss,
// and freeing millions of nodes at the end is a cost of its own: the 100 MB synthetic document
// spent a quarter of its conversion in them, ten times more than the 10 MB one would
// suggest. This table keeps each key's hash, view and value in one flat array probed in
// sequence (one miss per lookup, two allocations per doubling) and is freed in one go.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace text2akn {

// Copies of strings at addresses that do not move: keys for a StringTable that must outlive
// the string they were made from.
class StringArena {
 public:
  std::string_view store(std::string_view s) {
    if (s.size() > free_ || !next_) {
      size_t size = std::max(kChunk, s.size());  // a long string gets a chunk of its own
      chunks_.push_back(std::make_unique<char[]>(size));
      next_ = chunks_.back().get();
      free_ = size;
    }
    std::memcpy(next_, s.data(), s.size());
    std::string_view stored(next_, s.size());
    next_ += s.size();
    free_ -= s.size();
    return stored;
  }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t free_ = 0;
};

// Open addressing with linear probing over a power-of-two array, at most half full. Keys
// are views: the caller keeps what they point to alive (in the document), or gives the
// table an arena that keeps a copy of each key inserted.
template <typename Value>
class StringTable {
 public:
  explicit StringTable(StringArena* copies = nullptr) : copies_(copies) {}

  // The value stored for key, value-initialised and inserted if the key was absent; second
  // tells whether it was inserted.
  std::pair<Value*, bool> emplace(std::string_view key) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    if (!key.data()) key = std::string_view("", 0);  // a null view marks an empty slot
    uint64_t hash = std::hash<std::string_view>{}(key);
    Slot* slot = find(key, hash);
    if (slot->key.data()) return {&slot->value, false};
    *slot = {hash, copies_ ? copies_->store(key) : key, Value{}};
    ++used_;
    return {&slot->value, true};
  }
  size_t size() const { return used_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;  // data() null: empty slot
    Value value{};
  };

  // The slot holding key, or the empty slot where it belongs.
  Slot* find(std::string_view key, uint64_t hash) {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!s.key.data() || (s.hash == hash && s.key == key)) return &s;
    }
  }

  void grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : 2 * slots_.size());
    old.swap(slots_);
    for (Slot& s : old)
      if (s.key.data()) *find(s.key, s.hash) = std::move(s);
  }

  StringArena* copies_;
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace text2akn
