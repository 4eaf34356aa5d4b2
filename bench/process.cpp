#include "process.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

extern char** environ;

namespace text2akn::bench {
namespace {

struct ChildCost {
  double cpu = 1e300;  // user + system seconds, best run
  long peak_rss_kb = 0;
  bool ok = false;
};

// One run of the command; false when it could not start or did not exit with 0.
bool run_once(const std::vector<std::string>& argv, ChildCost& best) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return false;
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return false;
  double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec * 1e-6 + usage.ru_stime.tv_sec +
               usage.ru_stime.tv_usec * 1e-6;
  best.cpu = std::min(best.cpu, cpu);
  best.peak_rss_kb = std::max(best.peak_rss_kb, usage.ru_maxrss);
  best.ok = true;
  return true;
}

ChildCost cost_of(const std::string& cli, const std::vector<std::string>& cli_args, const std::string& text,
                  int reps, const std::filesystem::path& dir) {
  std::filesystem::path in = dir / "process-growth.txt", out = dir / "process-growth.xml";
  std::ofstream(in, std::ios::binary) << text;
  std::vector<std::string> argv = {cli, "convert", in.string(), "-o", out.string()};
  argv.insert(argv.end(), cli_args.begin(), cli_args.end());
  ChildCost best;
  for (int r = 0; r < reps; ++r)
    if (!run_once(argv, best)) return {};
  std::filesystem::remove(in);
  std::filesystem::remove(out);
  return best;
}

}  // namespace

void process_growth(const std::string& cli, const std::vector<std::string>& cli_args,
                    const std::vector<size_t>& sizes, const std::function<std::string(size_t)>& make_text,
                    int reps, const std::string& work_dir) {
  std::filesystem::path dir = work_dir.empty() ? std::filesystem::temp_directory_path() : std::filesystem::path(work_dir);
  std::printf("\ngrowth, one process per document (%s convert), best of %d: CPU seconds of the child;\n"
              "net = less the start-up (grammar and schema loaded, a 2-byte document converted)\n",
              cli.c_str(), reps);
  std::printf("%10s %9s %9s %8s %8s %10s\n", "size", "cpu s", "net s", "ratio", "r.net", "peak RSS");
  ChildCost startup = cost_of(cli, cli_args, "A.", reps, dir);
  if (!startup.ok) {
    std::printf("  the command failed on a 2-byte document: %s\n", cli.c_str());
    return;
  }
  double before = 0, before_net = 0;
  size_t before_size = 0;
  for (size_t size : sizes) {
    std::string text = make_text(size);
    ChildCost c = cost_of(cli, cli_args, text, reps, dir);
    if (!c.ok) {
      std::printf("%10zu  failed\n", text.size());
      continue;
    }
    double net = std::max(c.cpu - startup.cpu, 0.0);
    char ratio[16] = "", ratio_net[16] = "";
    if (before_size) {
      double scale = 10.0 * before_size / text.size();  // exactly 10x the input
      std::snprintf(ratio, sizeof ratio, "%.2f", c.cpu / before * scale);
      if (before_net >= 0.01) std::snprintf(ratio_net, sizeof ratio_net, "%.2f", net / before_net * scale);
    }
    std::printf("%10zu %9.3f %9.3f %8s %8s %8.1f MB\n", text.size(), c.cpu, net, ratio, ratio_net,
                c.peak_rss_kb / 1024.0);
    std::fflush(stdout);
    before = c.cpu;
    before_net = net;
    before_size = text.size();
  }
  std::printf("  start-up: %.3f s, peak RSS %.1f MB\n", startup.cpu, startup.peak_rss_kb / 1024.0);
}

}  // namespace text2akn::bench
