// Growth as a pipeline sees it: each document converted by the text2akn command in a process
// of its own, as `batch` over a folder, GNU parallel or Spark's `pipe` run it.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace text2akn::bench {

// Runs `cli convert` on a document of each size (made by make_text) `reps` times and
// prints the best CPU time of the child (user + system), that time less the start-up (the
// grammar and schema loaded for a document of a few bytes), their ratios to the size
// before, and the child's peak RSS. work_dir holds the input and output files.
void process_growth(const std::string& cli, const std::vector<std::string>& cli_args,
                    const std::vector<size_t>& sizes, const std::function<std::string(size_t)>& make_text,
                    int reps, const std::string& work_dir);

}  // namespace text2akn::bench
