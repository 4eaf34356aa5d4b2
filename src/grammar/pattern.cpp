#define PCRE2_CODE_UNIT_WIDTH 8
#include "grammar/pattern.h"

#include <pcre2.h>

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

namespace text2akn {
namespace {

// Generous for real text, small enough that a backtracking pattern fails in milliseconds.
constexpr uint32_t kMatchLimit = 10'000'000;
constexpr uint32_t kDepthLimit = 100'000;
constexpr uint32_t kMaxGroups = 64;  // the loader rejects patterns with more groups

struct MatchContext {
  pcre2_match_context* ctx;
  pcre2_jit_stack* stack;
  pcre2_match_data* data;
  MatchContext() {
    ctx = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(ctx, kMatchLimit);
    pcre2_set_depth_limit(ctx, kDepthLimit);
    stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr);
    pcre2_jit_stack_assign(ctx, nullptr, stack);
    data = pcre2_match_data_create(kMaxGroups, nullptr);
  }
  ~MatchContext() {
    pcre2_match_data_free(data);
    pcre2_jit_stack_free(stack);
    pcre2_match_context_free(ctx);
  }
};

// Match data and contexts are per thread: the compiled code is shared, these are not.
MatchContext& thread_context() {
  thread_local MatchContext context;
  return context;
}

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof buffer);
  return reinterpret_cast<const char*>(buffer);
}

}  // namespace

struct Pattern::Impl {
  pcre2_code* code = nullptr;
  uint32_t groups = 0;
  bool jit = false;  // pcre2_jit_match skips pcre2_match's checks: a tenth of a role rule's cost
  // The named groups, read once from PCRE2's name table: the inline rules ask for their
  // groups' numbers on every text.
  std::vector<std::pair<std::string, std::vector<int>>> names;
  bool duplicate_names = false;  // of names: kept so that search() looks at them only where there are some
  ~Impl() { pcre2_code_free(code); }
};

namespace {

// The named groups, each with its numbers: a name may stand in several places (a body named
// before a number or after it), and the first of them that took part in a match gives it.
std::vector<std::pair<std::string, std::vector<int>>> group_names(const pcre2_code* code) {
  uint32_t count = 0, entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  std::vector<std::pair<std::string, std::vector<int>>> names;
  for (uint32_t i = 0; i < count; ++i) {  // in the order of the names, then of the numbers
    PCRE2_SPTR entry = table + i * entry_size;  // two bytes of group number, then the name
    std::string name(reinterpret_cast<const char*>(entry + 2));
    int number = (entry[0] << 8) | entry[1];
    if (names.empty() || names.back().first != name) names.emplace_back(std::move(name), std::vector<int>{});
    names.back().second.push_back(number);
  }
  return names;
}

}  // namespace

Pattern::Pattern(const std::string& source) : impl_(std::make_unique<Impl>()), source_(source) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  impl_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                              PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_DUPNAMES, &error, &offset,
                              nullptr);
  if (!impl_->code)
    throw std::invalid_argument("bad pattern at offset " + std::to_string(offset) + ": " +
                                pcre2_message(error));
  uint32_t& groups = impl_->groups;
  pcre2_pattern_info(impl_->code, PCRE2_INFO_CAPTURECOUNT, &groups);
  if (groups + 1 > kMaxGroups)
    throw std::invalid_argument("too many capture groups (at most " +
                                std::to_string(kMaxGroups - 1) + ")");
  impl_->jit = pcre2_jit_compile(impl_->code, PCRE2_JIT_COMPLETE) == 0;  // else the interpreter
  impl_->names = group_names(impl_->code);
  impl_->duplicate_names = std::any_of(impl_->names.begin(), impl_->names.end(),
                                       [](const auto& n) { return n.second.size() > 1; });
}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

int Pattern::run(std::string_view subject, size_t offset) const {
  // The JIT does not check UTF-8 (the text was checked when read); a window cut out of a
  // text through a character would be undefined behaviour, so it is refused here, cheaply.
  auto inside_character = [&](size_t at) {
    return at < subject.size() && (static_cast<unsigned char>(subject[at]) & 0xC0) == 0x80;
  };
  if (inside_character(0) || inside_character(offset))
    throw std::logic_error((origin_.empty() ? "" : origin_ + ": ") +
                           "pattern searched from inside a UTF-8 character (a bug of the caller)");
  MatchContext& context = thread_context();
  auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
  int rc = impl_->jit ? pcre2_jit_match(impl_->code, text, subject.size(), offset, 0, context.data, context.ctx)
                      : pcre2_match(impl_->code, text, subject.size(), offset, PCRE2_NO_UTF_CHECK, context.data,
                                    context.ctx);
  if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
    throw std::runtime_error((origin_.empty() ? "" : origin_ + ": ") + "pattern failed on this input (" +
                             pcre2_message(rc) + "): the rule backtracks too much; make it stricter");
  return rc;
}

bool Pattern::matches(std::string_view subject) const { return run(subject, 0) > 0; }

Match Pattern::search(std::string_view subject, size_t offset) const {
  Match result;
  if (offset > subject.size()) return result;
  int rc = run(subject, offset);
  if (rc <= 0) return result;
  result.found = true;
  PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(thread_context().data);
  uint32_t pairs = impl_->groups + 1;
  result.groups.reserve(pairs);
  for (uint32_t i = 0; i < pairs; ++i) {
    size_t b = ovector[2 * i], e = ovector[2 * i + 1];
    if (i >= static_cast<uint32_t>(rc) || b == PCRE2_UNSET)
      result.groups.emplace_back(std::string_view::npos, std::string_view::npos);
    else
      result.groups.emplace_back(b, e);
  }
  if (impl_->duplicate_names) share_names(result);
  return result;
}

// A name's first group holds what the first of its groups that matched did.
void Pattern::share_names(Match& m) const {
  for (const auto& [name, numbers] : impl_->names) {
    if (numbers.size() < 2 || m.has(numbers[0])) continue;
    auto set = std::find_if(numbers.begin() + 1, numbers.end(), [&](int g) { return m.has(g); });
    if (set != numbers.end()) m.groups[numbers[0]] = m.groups[*set];
  }
}

int Pattern::group_number(std::string_view name) const {
  for (const auto& [n, numbers] : impl_->names)
    if (n == name) return numbers.front();
  return -1;
}

}  // namespace text2akn
