#include "akn/inline_writer.h"

#include <algorithm>

#include "akn/frbr.h"
#include "read/utf8.h"

namespace text2akn {

std::string References::add(const std::string& kind, const std::string& id, const std::string& href,
                            const std::string& show_as) {
  std::string full = prefix_ + id;
  if (ids_.insert(full).second) entries_.push_back({kind, full, href, show_as});
  return "#" + full;
}

void References::write(xml::Node references) const {
  // The schema wants TLC entries grouped by kind in this order.
  static const char* order[] = {"TLCOrganization", "TLCPerson", "TLCRole", "TLCLocation", "TLCConcept",
                                "TLCEvent"};
  for (const char* kind : order)
    for (const Entry& e : entries_) {
      if (e.kind != kind) continue;
      xml::Node n = references.append_child(kind);
      n.append_attribute("eId") = e.id.c_str();
      n.append_attribute("href") = e.href.c_str();
      n.append_attribute("showAs") = e.show_as.c_str();
    }
}

std::string Eids::unique(const std::string& base) {
  int& n = *used_.emplace(base).first;
  ++n;
  return n == 1 ? base : base + "_" + std::to_string(n);
}

std::string InlineWriter::refer(const Entity& e) {
  std::string kind = e.type == "location" ? "TLCLocation" : "TLCOrganization";
  std::string href = !e.href.empty() ? e.href
                     : "/akn/ontology/" + std::string(e.type == "location" ? "location" : "organization") +
                           "/un/" + e.id;
  return references.add(kind, e.id, href, e.name);
}

void InlineWriter::write_plain(xml::Node parent, std::string_view text) {
  if (!text.empty()) parent.append_text(text);
}

namespace {

struct Emitter {
  InlineWriter& w;
  const std::string& text;
  const std::vector<Span>& spans;

  // inner: node is a span's element, not the text's own. A note whose marker ends the span
  // ("12 August 19493") is written after the span's element, not in it: a date's or a
  // reference's text holds no note.
  size_t emit(xml::Node node, size_t begin, size_t end, size_t i, bool inner = false) {
    size_t pos = begin;
    while (i < spans.size()) {
      const Span& s = spans[i];
      bool zero = s.begin == s.end;
      if (s.begin > end || (s.begin == end && (!zero || inner))) break;
      w.write_plain(node, std::string_view(text).substr(pos, s.begin - pos));
      pos = s.begin;
      if (zero) {
        note(node, s);
        ++i;
        continue;
      }
      // (a span that would reach past the one it begins in is cut at its end: text is
      // never written twice)
      size_t stop = std::min(s.end, end);
      xml::Node child = open(node, s);
      i = emit(child, s.begin, stop, i + 1, true);
      pos = stop;
    }
    w.write_plain(node, std::string_view(text).substr(pos, end - pos));
    return i;
  }

  xml::Node open(xml::Node node, const Span& s) {
    xml::Node child = node.append_child(s.element.c_str());
    for (const auto& [k, v] : s.attributes) child.append_attribute(k.c_str()) = v.c_str();
    if (s.entity) child.append_attribute("refersTo") = w.refer(*s.entity).c_str();
    return child;
  }

  void note(xml::Node node, const Span& s) {
    xml::Node n = node.append_child("authorialNote");
    std::string marker;  // as a number, however printed ("¹²" in OCR of the printed volumes)
    for (const auto& [k, v] : s.attributes)
      if (k == "marker") marker = plain_digits(v);
    n.append_attribute("marker") = (marker.empty() ? "*" : marker).c_str();
    n.append_attribute("placement") = "bottom";
    // eIds are names: "*" and "**" notes are "authorialNote_x", "authorialNote_x_2" ...;
    // "1/" is note 1
    std::string name = marker.size() > 1 && marker.back() == '/' ? marker.substr(0, marker.size() - 1) : marker;
    bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c));
    });
    n.append_attribute("eId") = w.eids.unique(w.prefix + "authorialNote_" + (plain ? name : "x")).c_str();
    xml::Node p = n.append_child("p");
    for (const auto& [k, v] : s.attributes)
      if (k == "text") w.write(p, model::Text{v, 0, {}, 0});
  }
};

}  // namespace

void InlineWriter::write(xml::Node parent, const model::Text& text, std::vector<Span> extra,
                         bool semantics) {
  InlineContext ctx = context;
  ctx.semantics = semantics;
  Annotated a = annotator.annotate(text.text, ctx);
  // Extra spans (title parts) are outermost: drop any found span that would cut one.
  std::vector<Span> spans = std::move(extra);
  size_t extras = spans.size();
  for (Span& s : a.spans) {
    bool ok = true;
    for (size_t x = 0; x < extras; ++x) {
      const Span& e = spans[x];
      bool disjoint = s.end <= e.begin || e.end <= s.begin;
      bool inside = e.begin <= s.begin && s.end <= e.end && !e.atomic;
      bool around = s.begin <= e.begin && e.end <= s.end && !(s.begin == e.begin && s.end == e.end);
      ok = ok && (disjoint || inside) && !around;
    }
    if (ok) spans.push_back(std::move(s));
  }
  for (const model::Note& n : text.notes) {
    size_t at = a.map(std::min(n.offset, text.text.size()));
    spans.push_back({at, at, "note", {{"marker", n.marker}, {"text", n.text}}, nullptr});
  }
  std::stable_sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  Emitter{*this, a.text, spans}.emit(parent, 0, a.text.size(), 0);
}

void InlineWriter::write_notes(xml::Node parent, const model::Text& text) {
  if (text.notes.empty()) return;
  model::Text notes_only{"", text.line, text.notes, text.order};
  for (model::Note& n : notes_only.notes) n.offset = 0;
  write(parent, notes_only, {}, false);
}

}  // namespace text2akn
