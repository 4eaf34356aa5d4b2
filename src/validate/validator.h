// Stage 6: XSD validation with libxml2. The schema is compiled once per Validator (about
// 0.3 s for Akoma Ntoso); validate() may then be called from several threads.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace text2akn::xml {
class Tree;
}

namespace text2akn {

class Validator {
 public:
  // Throws Error(schema_missing) when the schema cannot be read or compiled.
  explicit Validator(const std::string& schema_path);
  ~Validator();
  Validator(const Validator&) = delete;
  Validator& operator=(const Validator&) = delete;

  // The problems found ("line N: message"); empty when the document is valid.
  std::vector<std::string> validate(std::string_view xml) const;

  // Whether a document still in memory is valid, without writing it out and parsing it
  // again: its elements are fed to libxml2's schema validator as SAX events. False
  // also when the tree holds what the XML text could not say as is (a control character,
  // a prefixed name): the caller then validates the text, which gives the problems with
  // their line numbers.
  bool valid(const xml::Tree& tree) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace text2akn
