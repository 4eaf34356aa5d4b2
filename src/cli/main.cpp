// text2akn: the command-line tool. All work is done by the library; see commands.cpp.
#include "cli/commands.h"

int main(int argc, char** argv) { return text2akn::cli::run(argc, argv); }
