// Words of a text and of an AKN output, compared in order: the helpers of the tests that
// check that no word is lost or moved (test_text_preserved, test_invariants).
#pragma once
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace test {

// ---------------------------------------------------------------- words
// A word is a run of letters and digits. ASCII is classified exactly; other code points count
// as letters unless they are punctuation, symbols or spaces of the blocks the UN texts use
// (Latin-1 signs, General Punctuation up to the arrows and dingbats, CJK punctuation,
// full-width signs). Markdown markers and quotes are thus not words, "Côte" is one.
inline bool word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

struct Word {
  std::string text;
  size_t offset;  // in the text it came from
  bool optional = false;  // a note's marker that may or may not be printed there
};

// Around a note's marker in an output text (Notes::marker_apart): it is a word of its own
// that the input may glue to the word before ("Women4") or not print there at all.
constexpr char kMarkerMark = '\x1e';

inline std::vector<Word> words(std::string_view s) {
  std::vector<Word> out;
  std::string current;
  size_t start = 0, i = 0;
  bool in_marker = false;
  while (i < s.size()) {
    size_t at = i;
    unsigned char b = s[i];
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
    char32_t c = len == 1 ? b : b & (0x3F >> (len - 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) c = (c << 6) | (s[i + k] & 0x3F);
    i += len;
    if (c == static_cast<char32_t>(kMarkerMark)) {
      if (!current.empty()) out.push_back({current, start, in_marker});
      current.clear();
      in_marker = !in_marker;
    } else if (word_char(c)) {
      if (current.empty()) start = at;
      current.append(s.substr(at, i - at));
    } else if (!current.empty()) {
      out.push_back({current, start, in_marker});
      current.clear();
    }
  }
  if (!current.empty()) out.push_back({current, start, in_marker});
  return out;
}

// ---------------------------------------------------------------- output text
// Elements that sit inside a line of text; every other element is a block and its text is
// set apart by spaces (so "</p><p>" never glues two words). As the scorer reads AKN.
inline const std::set<std::string>& inline_elements() {
  static const std::set<std::string> names = {
      "a", "abbr", "b", "date", "def", "docAuthority", "docCommittee", "docDate", "docIntroducer",
      "docNumber", "docProponent", "docPurpose", "docStage", "docStatus", "docTitle", "docType",
      "entity", "i", "inline", "location", "mref", "noteRef", "organization", "person", "quantity",
      "ref", "role", "session", "shortTitle", "signature", "span", "sub", "sup", "term", "u",
      "marker", "eol", "br"};
  return names;
}

inline std::string local_name(const pugi::xml_node& n) {
  std::string name = n.name();
  size_t colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

// Footnotes (<authorialNote>) stand at their markers in the output but at the page foot in
// the input: they are compared in place, or left out and compared on their own, with or
// without their marker (printed in the text, or not: then the note hangs at the end of the
// text before it and its marker is only the footnote's number).
// marker_apart: each note is its marker, marked optional (see kMarkerMark), for outputs where
// some notes stand at their markers and others, whose markers were not found, hang at the
// end of a text while their markers stay printed where they were.
enum class Notes { in_place, left_out, marker_only, marker_apart };

inline void collect_text(const pugi::xml_node& node, std::string& out, Notes notes = Notes::in_place) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element) {
      std::string name = local_name(child);
      // meta, and words the converter adds that the input does not print (a derived symbol)
      if (name == "meta" || std::string(child.attribute("status").value()) == "editorial") continue;
      if (name == "authorialNote" && notes == Notes::left_out) continue;
      if (name == "authorialNote" && notes == Notes::marker_only) {
        out += child.attribute("marker").value();
        continue;
      }
      if (name == "authorialNote" && notes == Notes::marker_apart) {
        out += kMarkerMark + std::string(child.attribute("marker").value()) + kMarkerMark;
        continue;
      }
      bool block = !inline_elements().count(name);
      if (block) out += ' ';
      collect_text(child, out, notes);
      if (block) out += ' ';
    }
  }
}

inline pugi::xml_document parse_output(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) throw std::runtime_error(std::string("output is not well-formed: ") + r.description());
  return doc;
}

inline std::string output_text(const std::string& xml, Notes notes = Notes::in_place) {
  pugi::xml_document doc = parse_output(xml);
  std::string out;
  collect_text(doc, out, notes);
  return out;
}

// The text of every <authorialNote>, in document order, each after its @marker (the
// footnote's number, printed at the start of the footnote).
inline std::string notes_text(const std::string& xml) {
  pugi::xml_document doc = parse_output(xml);
  std::string out;
  for (pugi::xpath_node n : doc.select_nodes("//*[local-name()='authorialNote']")) {
    out += std::string(n.node().attribute("marker").value()) + " ";
    collect_text(n.node(), out);
    out += ' ';
  }
  return out;
}

// ---------------------------------------------------------------- comparison
inline std::string context(const std::vector<Word>& w, size_t at) {
  std::string out;
  size_t from = at > 6 ? at - 6 : 0;
  for (size_t k = from; k < w.size() && k < at + 7; ++k) out += (k == at ? "[" + w[k].text + "]" : w[k].text) + " ";
  return out;
}

inline int line_of(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Every input word in the output, in order. The output may hold words the input has not
// (added by the writer) but no more than a few in a row: a dropped word must not pass by
// matching the same word further on. Two input words may be one output word, the halves of
// a word printed with a space inside it that the converter joined ("coun tries"), and one
// input word two output words, a compound given back its hyphen ("SecretaryGeneral").
// Returns "" or a description of the first difference.
inline std::string first_difference(std::string_view input, const std::string& output) {
  constexpr size_t kMaxExtraInARow = 3;
  auto in = words(input), out = words(output);
  size_t j = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    // The next output word that is this input word, or is it with an optional marker glued
    // on; optional markers in between are passed over freely, other words a few at most.
    size_t k = j, extra = 0, matched = 0;
    bool joined = false;
    for (; k < out.size(); ++k) {
      if (out[k].text == in[i].text) {
        matched = 1;
        break;
      }
      if (i + 1 < in.size() && out[k].text == in[i].text + in[i + 1].text) {
        matched = 1;
        joined = true;
        break;
      }
      if (k + 1 < out.size() && out[k].text + out[k + 1].text == in[i].text) {
        matched = 2;
        break;
      }
      // (the marker glued on may be any of the markers standing together there: a note whose
      // marker was not read goes right before the next note's)
      for (size_t m = k + 1; !matched && m < out.size() && out[m].optional; ++m)
        if (out[k].text + out[m].text == in[i].text) matched = m - k + 1;
      if (matched) break;
      if (!out[k].optional && ++extra > kMaxExtraInARow) break;
    }
    if (matched) {
      j = k + matched;
      i += joined;
      continue;
    }
    std::ostringstream d;
    d << "input word " << i + 1 << " of " << in.size() << " '" << in[i].text << "' (line "
      << line_of(input, in[i].offset) << ") is not next in the output\n  input:  " << context(in, i)
      << "\n  output: " << (j < out.size() ? context(out, j) : "<end of output>");
    return d.str();
  }
  return "";
}

// Every input word somewhere in the output, whatever the order (a weaker check than
// first_difference, which must hold for every document without exception). Two changes the
// converter makes on purpose are allowed: a footnote number glued to a word ("first2") or to a
// number ("20117", "3008") is the word and the note's @marker, a word split at a line end
// ("bene-" / "fit") or by a space ("coun tries") is joined, and a compound is given back its
// hyphen ("SecretaryGeneral").
// Returns "" or the first input word the output lacks.
inline std::string first_missing(std::string_view input, const std::string& output) {
  auto in = words(input);
  std::map<std::string, long> spare;  // output words minus input words
  for (const Word& w : words(output)) ++spare[w.text];
  for (const Word& w : in) --spare[w.text];
  auto take = [&](const std::string& w) { return spare.count(w) && spare[w] > 0 ? (--spare[w], true) : false; };
  std::map<std::string, long> missing;
  for (auto& [w, n] : spare)
    if (n < 0) missing[w] = -n;
  if (missing.empty()) return "";
  auto lacks = [&](const std::string& w) { return missing.count(w) && missing[w] > 0; };
  // Words the output split or joined ("Women4"; "in-" / "ternational" at a line end) are
  // paired first, all through the text, so that a pair met late is not reported at an
  // earlier occurrence of its word.
  for (size_t i = 0; i < in.size(); ++i) {
    const std::string& w = in[i].text;
    if (!lacks(w)) continue;
    // (a note's number glued to a word, "Women4", or to a number, "20117" the year 2011 and
    // note 7, "3008" resolution 59/300 and note 8: the word and the marker, up to 3 digits)
    // the first place from `from` on where the word is two spare output words, or its size
    auto spare_halves = [&](size_t from) {
      for (size_t split = from; split < w.size(); ++split)
        if (spare[w.substr(0, split)] > 0 && spare[w.substr(split)] > 0) return split;
      return w.size();
    };
    auto take_halves = [&](size_t split) { take(w.substr(0, split)), take(w.substr(split)), --missing[w]; };
    size_t letters = w.find_last_not_of("0123456789");
    size_t first_split = letters == std::string::npos ? 1 : letters + 1;
    size_t split = spare_halves(w.size() > 3 ? std::max(first_split, w.size() - 3) : first_split);
    if (split < w.size()) {
      take_halves(split);
      continue;
    }
    if (i + 1 < in.size() && lacks(in[i + 1].text) && take(w + in[i + 1].text)) {
      --missing[w], --missing[in[i + 1].text];
      ++i;
      continue;
    }
    // (a compound given back its hyphen: "SecretaryGeneral", two words)
    if ((split = spare_halves(1)) < w.size()) take_halves(split);
  }
  for (size_t i = 0; i < in.size(); ++i) {
    const std::string& w = in[i].text;
    if (!lacks(w)) continue;
    std::ostringstream d;
    d << "input word " << i + 1 << " of " << in.size() << " '" << w << "' (line " << line_of(input, in[i].offset)
      << ") is nowhere in the output\n  input:  " << context(in, i);
    return d.str();
  }
  return "";
}

}  // namespace test
