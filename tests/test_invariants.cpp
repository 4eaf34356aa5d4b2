// What must hold for every document of the corpus (../shared/corpus: seed, letters,
// pdf-resolutions, real, unxml in its six languages) and every sample, whatever its kind:
//   - it converts and the output validates;
//   - every word of the input that is not page furniture is in the output, once and in
//     order: the text outside footnotes in place, the footnotes in their own order;
//   - whatever the order, no such word is missing from the output (no exceptions);
//   - eIds are unique; `explain`'s listing is UTF-8;
//   - no footnote stands inside what names a date, a document, an organization or a person
//     (its text would read "12 August 1949United Nations, Treaty Series ...");
//   - converting again gives the same bytes;
//   - converting the output's own text again gives the same structure (kind, symbol,
//     preambular clauses, operative paragraphs, annexes).
// Each failure names the file and the first difference.
#define BOOST_TEST_MODULE invariants
#include <boost/test/unit_test.hpp>

#include <map>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "read/utf8.h"
#include "test_support.h"
#include "text2akn.h"
#include "words.h"
#include "xpath.h"

using namespace text2akn;
namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- the input's own words
// Which input lines the converter dropped as furniture and which it read as footnotes, from
// `explain` ("L12\tdropped (job-number)\t...", "L40-42\tfootnote").
struct LineUse {
  std::map<int, std::string> dropped;  // line -> the text dropped from it (a counter glued to a line: its end)
  std::set<int> footnote;
};

// "L12\tdropped (job-number)\t..." -> 12; "L40-42\tfootnote" -> 40 and 42 ("L40" -> 40 and 40).
// Parsed by hand: std::regex draws false -Wmaybe-uninitialized warnings from GCC 12 in the
// sanitizer build.
bool line_range(const std::string& line, const std::string& what, int& first, int& last) {
  if (line.size() < 2 || line[0] != 'L' || !std::isdigit(static_cast<unsigned char>(line[1]))) return false;
  size_t pos = 1;
  first = last = std::stoi(line.substr(pos), &pos);
  pos += 1;
  if (pos < line.size() && line[pos] == '-') {
    size_t more = 0;
    last = std::stoi(line.substr(pos + 1), &more);
    pos += 1 + more;
  }
  return line.compare(pos, what.size() + 1, "\t" + what) == 0 &&
         (what != "footnote" || pos + 1 + what.size() == line.size());
}

LineUse line_use(const std::string& input, const std::string& name) {
  LineUse use;
  std::string listing = test::converter().explain(input, name);
  // the listing shortens long blocks, never inside a character
  BOOST_TEST(!first_invalid_utf8(listing), name << ": explain's listing is not UTF-8");
  std::istringstream explained(listing);
  std::string line;
  int first = 0, last = 0;
  while (std::getline(explained, line) && line.rfind("# blocks", 0) != 0) {
    if (line_range(line, "dropped", first, last)) {
      size_t text = line.find('\t', line.find('\t') + 1);
      use.dropped[first] = text == std::string::npos ? "" : line.substr(text + 1);
    } else if (line_range(line, "footnote", first, last)) {
      for (int l = first; l <= last; ++l) use.footnote.insert(l);
    }
  }
  return use;
}

// The input's text without its dropped lines, split into body text and footnotes.
std::pair<std::string, std::string> kept_text(const std::string& input, const LineUse& use) {
  std::string body, notes, line;
  std::istringstream in(input);
  for (int number = 1; std::getline(in, line); ++number) {
    if (auto dropped = use.dropped.find(number); dropped != use.dropped.end()) {
      // a page counter glued to the line ("... and capacity 8/9") leaves the rest of it
      std::string kept = line.substr(0, line.find_last_not_of(" \r") + 1);
      const std::string& gone = dropped->second;
      if (gone.empty() || kept.size() <= gone.size() || kept.compare(kept.size() - gone.size(), gone.size(), gone) != 0 ||
          kept[kept.size() - gone.size() - 1] != ' ')
        continue;
      line = kept.substr(0, kept.size() - gone.size());
    }
    (use.footnote.count(number) ? notes : body) += line + "\n";
  }
  return {body, notes};
}

// ---------------------------------------------------------------- the output as text again
// One block per paragraph of the output, blocks apart by a blank line, numbers before their
// text: the shape of a clean paragraph record (corpus/unxml).
void render(const pugi::xml_node& node, std::string& out, std::string& pending_num) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string name = test::local_name(c);
    if (name == "meta" || name == "authorialNote" || std::string(c.attribute("status").value()) == "editorial") continue;
    if (name == "num" && test::local_name(node) == "hcontainer") {  // a section's number, printed alone
      out += test::squeeze(test::text_of(c)) + "\n\n";
    } else if (name == "num") {
      // a heading that is only its number ("Part I") is a block of its own
      if (!pending_num.empty()) out += pending_num.substr(0, pending_num.size() - 1) + "\n\n";
      pending_num = test::squeeze(test::text_of(c)) + " ";
    } else if (name == "tr") {  // a table row is one line of its cells
      std::string row;
      for (pugi::xml_node cell : c.children()) row += (row.empty() ? "" : " ") + test::squeeze(test::text_of(cell));
      out += row + "\n\n";
    } else if (name == "p" || name == "heading" || name == "crossHeading" || name == "subheading" ||
               name == "listIntroduction" || name == "listWrapUp") {
      std::string text;
      test::collect_text(c, text, test::Notes::left_out);
      out += pending_num + test::squeeze(text) + "\n\n";
      pending_num.clear();
    } else {
      render(c, out, pending_num);
    }
  }
}

std::string as_text(const std::string& xml) {
  pugi::xml_document doc = test::parse_output(xml);
  std::string out, pending;
  render(doc, out, pending);
  return out;
}

std::string structure(const Summary& s) {
  return "kind " + s.kind + ", symbol '" + s.symbol + "', " + std::to_string(s.preamble_clauses) + " preambular, " +
         std::to_string(s.operative_paragraphs) + " operative, " + std::to_string(s.annexes) + " annexes";
}

std::string duplicate_eid(const std::string& xml) {
  pugi::xml_document doc = test::parse_output(xml);
  std::set<std::string> seen;
  for (pugi::xpath_node n : doc.select_nodes("//@eId"))
    if (!seen.insert(n.attribute().value()).second) return n.attribute().value();
  return "";
}

// ---------------------------------------------------------------- known exceptions
// tests/invariant-exceptions.txt lists "SET/FILE CHECK" pairs that fail today, each under a
// comment saying why. A listed pair that fails is reported, not counted; one that passes is
// an error, so that the list only shrinks; an unlisted failure is an error.
const std::set<std::string>& exceptions() {
  static const std::set<std::string> listed = [] {
    std::set<std::string> out;
    std::istringstream in(test::read_file(test::repo_dir() / "tests" / "invariant-exceptions.txt"));
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') out.insert(line);
    return out;
  }();
  return listed;
}

void expect(bool ok, const std::string& set, const std::string& file, const std::string& check,
            const std::string& why) {
  std::string key = set + "/" + file + " " + check;
  bool known = exceptions().count(key) > 0;
  if (!ok && known) BOOST_TEST_MESSAGE("known exception " << key << ": " << why);
  BOOST_TEST((ok || known), set << "/" << file << " (" << check << "): " << why);
  BOOST_TEST((!ok || !known), key << " passes now: remove it from tests/invariant-exceptions.txt");
}

// ---------------------------------------------------------------- one document
void check_document(const fs::path& path, const std::string& set) {
  const std::string name = path.filename().string();
  std::string input = test::read_file(path);
  Result first;
  try {
    first = test::converter().convert(input, path.string());  // throws if the output does not validate
  } catch (const Error& e) {
    BOOST_ERROR(name << " does not convert: " << e.describe());
    return;
  }
  auto [body, notes] = kept_text(input, line_use(input, path.string()));
  bool notes_apart = !test::notes_text(first.xml).empty();
  std::string diff = test::first_difference(body + notes, test::output_text(first.xml));
  if (notes_apart) {
    diff = test::first_difference(body, test::output_text(first.xml, test::Notes::marker_only));
    if (!diff.empty() && test::first_difference(body, test::output_text(first.xml, test::Notes::left_out)).empty())
      diff.clear();
    if (!diff.empty() && test::first_difference(body, test::output_text(first.xml, test::Notes::marker_apart)).empty())
      diff.clear();
  }
  expect(diff.empty(), set, name, "words", diff);
  // Whatever the order, no word is lost: this one has no exceptions. A note's @marker
  // stands for its number twice in the input: in the text and at the start of the note.
  std::string markers;
  pugi::xml_document output = test::parse_output(first.xml);
  for (pugi::xpath_node n : output.select_nodes("//*[local-name()='authorialNote']/@marker"))
    markers += std::string(" ") + n.attribute().value() + " " + n.attribute().value();
  std::string lost = test::first_missing(body + notes, test::output_text(first.xml) + markers);
  BOOST_TEST(lost.empty(), set << "/" << name << " (lost): " << lost);
  std::string note_diff = notes_apart ? test::first_difference(notes, test::notes_text(first.xml)) : "";
  expect(note_diff.empty(), set, name, "footnotes", note_diff);
  pugi::xpath_node inside = output.select_node(
      "//*[local-name()='authorialNote'][ancestor::*[local-name()='date' or local-name()='ref' or "
      "local-name()='organization' or local-name()='person' or local-name()='docDate' or local-name()='docNumber']]");
  BOOST_TEST(!inside, name << ": a note inside <" << (inside ? inside.node().parent().name() : "") << ">");
  std::string dup = duplicate_eid(first.xml);
  BOOST_TEST(dup.empty(), name << ": eId '" << dup << "' twice");
  BOOST_TEST(test::converter().convert(input, path.string()).xml == first.xml, name << ": a second run gives other bytes");

  Result again = test::converter().convert(as_text(first.xml), path.string());
  expect(structure(again.summary) == structure(first.summary), set, name, "structure",
         "its own text reads as " + structure(again.summary) + " instead of " + structure(first.summary));
}

std::vector<fs::path> texts_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().extension() == ".txt" && e.path().parent_path().filename() != "gold") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void check_set(const std::string& set, size_t at_least) {
  auto files = texts_under(test::shared_dir() / "corpus" / set);
  BOOST_TEST_REQUIRE(files.size() >= at_least, set << ": " << files.size() << " documents");
  for (const fs::path& f : files) check_document(f, set);
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed) { check_set("seed", 1); }
BOOST_AUTO_TEST_CASE(letters) { check_set("letters", 39); }
BOOST_AUTO_TEST_CASE(pdf_resolutions) { check_set("pdf-resolutions", 150); }
BOOST_AUTO_TEST_CASE(real) { check_set("real", 117); }
BOOST_AUTO_TEST_CASE(unxml_en) { check_set("unxml/en", 1200); }
// the other languages, each read in the language it is detected to be in
BOOST_AUTO_TEST_CASE(unxml_fr) { check_set("unxml/fr", 40); }
BOOST_AUTO_TEST_CASE(unxml_es) { check_set("unxml/es", 40); }
BOOST_AUTO_TEST_CASE(unxml_ru) { check_set("unxml/ru", 40); }
BOOST_AUTO_TEST_CASE(unxml_ar) { check_set("unxml/ar", 40); }
BOOST_AUTO_TEST_CASE(unxml_zh) { check_set("unxml/zh", 40); }

BOOST_AUTO_TEST_CASE(samples) {
  for (const fs::path& f : test::samples()) check_document(f, "samples");
}
