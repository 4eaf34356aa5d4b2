#pragma once

namespace text2akn::cli {

// Parses the command line, runs the command, returns the process exit status.
int run(int argc, char** argv);

}  // namespace text2akn::cli
