#include "cli/commands.h"

#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <iterator>

#include "cli/batch.h"
#include "cli/output.h"
#include "cli/stream.h"
#include "text2akn.h"

namespace text2akn::cli {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsage = R"(usage: text2akn COMMAND [options]

commands:
  convert IN [-o OUT]            convert one text file ('-' = stdin/stdout)
  batch --out-dir DIR IN...      convert files and folders (searched for *.txt)
  validate FILE.xml...           validate Akoma Ntoso files against the schema
  explain IN                     show each block, its role and the rule that gave it
  stream                         JSON Lines filter: {"id", "text"} per line on stdin ->
                                 {"id", "ok", "xml", "diagnostics"} per line on stdout, in order

exit status: 0 ok, 1 some files failed, 2 usage, 3 input unreadable, 4 input invalid,
5 output invalid, 6 grammar invalid, 7 output unwritable, 8 schema missing, 130 interrupted
)";

std::string read_input(const std::string& path) {
  if (path != "-") return read_file(path);
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

int convert(const Converter& c, const std::string& in, const std::string& out, bool quiet) {
  std::string name = in == "-" ? "<stdin>" : in;
  std::error_code ec;
  if (in != "-" && !out.empty() && out != "-" && std::filesystem::equivalent(in, out, ec))
    throw Error(Status::output_unwritable, out, "refused: the output would overwrite the input");
  std::string text = read_input(in);
  if (!out.empty() && out != "-") {
    AtomicFile file(out);
    Result r = c.convert(text, name, [&](std::string_view piece) { file.write(piece); });
    file.commit();
    if (!quiet) print_diagnostics(name, r.diagnostics);
    return 0;
  }
  Result r = c.convert(text, name, [](std::string_view piece) { std::cout.write(piece.data(), piece.size()); });
  std::cout.flush();
  if (!quiet) print_diagnostics(name, r.diagnostics);
  if (!std::cout) throw Error(Status::output_unwritable, "<stdout>", "cannot write the output");
  return 0;
}

int validate(const Converter& c, const std::vector<std::string>& files, bool quiet) {
  int failed = 0;
  for (const std::string& f : files) {
    try {
      auto problems = c.validate(read_file(f), f);
      if (problems.empty()) {
        if (!quiet) std::cout << f << " validates\n";
        continue;
      }
      ++failed;
      std::cout << f << " fails to validate\n";
      for (const auto& p : problems) std::cerr << f << ": " << p << "\n";
    } catch (const Error& e) {
      ++failed;
      std::cerr << "text2akn: " << e.describe() << "\n";
    }
  }
  return failed ? static_cast<int>(Status::some_failed) : 0;
}

}  // namespace

int run(int argc, char** argv) {
  po::options_description visible("options");
  visible.add_options()
      ("help,h", "show this help")
      ("version", "show the version")
      ("output,o", po::value<std::string>(), "output file (convert; '-' = stdout)")
      ("out-dir", po::value<std::string>(), "output folder (batch)")
      ("report", po::value<std::string>(), "JSON report of a batch")
      ("jobs,j", po::value<unsigned>()->default_value(0), "threads for batch and stream (0 = all cores)")
      ("schema", po::value<std::string>()->default_value(""), "akomantoso30.xsd (else $TEXT2AKN_SCHEMA)")
      ("grammar", po::value<std::string>()->default_value(""), "grammar folder (else $TEXT2AKN_GRAMMAR)")
      ("lang", po::value<std::string>()->default_value("auto"), "language of the input: a grammar (en, fr, es, ru, ar, zh) or auto")
      ("kind", po::value<std::string>()->default_value(""), "force the document kind (e.g. resolution)")
      ("no-validate", "do not validate the output")
      ("quiet,q", "print errors only");
  po::options_description hidden;
  hidden.add_options()("command", po::value<std::string>())("inputs", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1).add("inputs", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "text2akn: " << e.what() << "\n" << kUsage;
    return static_cast<int>(Status::usage);
  }
  if (vm.count("help")) {
    std::cout << kUsage << "\n" << visible;
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "text2akn " << version() << "\n";
    return 0;
  }
  std::string command = vm.count("command") ? vm["command"].as<std::string>() : "";
  std::vector<std::string> inputs = vm.count("inputs") ? vm["inputs"].as<std::vector<std::string>>() : std::vector<std::string>{};
  bool quiet = vm.count("quiet");
  auto usage = [&](const std::string& what) {
    std::cerr << "text2akn: " << what << "\n" << kUsage;
    return static_cast<int>(Status::usage);
  };
  if (command.empty()) return usage("no command given");
  if (command != "convert" && command != "batch" && command != "validate" && command != "explain" &&
      command != "stream")
    return usage("unknown command '" + command + "'");
  if (command == "stream" && !inputs.empty()) return usage("stream reads standard input and takes no input files");
  if (inputs.empty() && command != "stream") return usage(command + " needs an input");
  if ((command == "convert" || command == "explain") && inputs.size() != 1)
    return usage(command + " takes exactly one input");
  if (command == "batch" && !vm.count("out-dir")) return usage("batch needs --out-dir DIR");

  install_interrupt_cleanup();
  try {
    Options options;
    options.lang = vm["lang"].as<std::string>();
    options.grammar_dir = vm["grammar"].as<std::string>();
    options.schema_path = vm["schema"].as<std::string>();
    options.kind = vm["kind"].as<std::string>();
    options.validate = (command == "validate") || !(vm.count("no-validate") || command == "explain");
    Converter converter(options);
    if (command == "convert")
      return convert(converter, inputs[0], vm.count("output") ? vm["output"].as<std::string>() : "", quiet);
    if (command == "explain") {
      std::cout << converter.explain(read_input(inputs[0]), inputs[0]);
      return 0;
    }
    if (command == "validate") return validate(converter, inputs, quiet);
    if (command == "stream") {
      std::ios_base::sync_with_stdio(false);  // a buffered std::cin: lines may be megabytes long
      return run_stream(converter, StreamOptions{vm["jobs"].as<unsigned>(), quiet}, std::cin, stdout);
    }
    BatchOptions b{vm["out-dir"].as<std::string>(), inputs, vm.count("report") ? vm["report"].as<std::string>() : "",
                   vm["jobs"].as<unsigned>(), quiet};
    return run_batch(converter, b);
  } catch (const Error& e) {
    std::cerr << "text2akn: " << e.describe() << "\n";
    return static_cast<int>(e.status());
  } catch (const std::exception& e) {
    std::cerr << "text2akn: internal error: " << e.what() << "\n";
    return static_cast<int>(Status::some_failed);
  }
}

}  // namespace text2akn::cli
