// SPDX-License-Identifier: GPL-3.0-or-later
// The replay driver of the fuzz targets in the test command's sanitizer build
// (COFUND_FUZZ_DRIVER=replay): it runs LLVMFuzzerTestOneInput once on each file
// named on the command line, whole, in the order given, as libFuzzer does for
// files, without libFuzzer and without its coverage instrumentation of the
// engine (a quarter of the sanitizer build's compile time; issue 13). Exploring
// new inputs needs libFuzzer: scripts/fuzz.sh SECONDS builds build-fuzz/ for it.
//   fuzz_TARGET [-timeout=SECONDS] [-other_libfuzzer_flag=…] FILE...
// Flags other than -timeout are libFuzzer's and ignored. Each input prints
// "Executed FILE" as libFuzzer does; a failed expectation or a sanitizer report
// aborts with the input named before it. An input that runs longer than
// -timeout seconds (a hang, not a slow machine: the default is 1500) fails.
#include <unistd.h>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

const char* current = "";

void on_alarm(int) {
    const char msg[] = "replay: an input ran past -timeout (a hang): ";
    (void)!write(2, msg, sizeof msg - 1);
    (void)!write(2, current, std::strlen(current));
    (void)!write(2, "\n", 1);
    _exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    unsigned timeout = 1500;
    std::vector<const char*> files;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-') {
            files.push_back(argv[i]);
        } else if (std::strncmp(argv[i], "-timeout=", 9) == 0) {
            timeout = static_cast<unsigned>(std::strtoul(argv[i] + 9, nullptr, 10));
        }
    }
    std::signal(SIGALRM, on_alarm);
    for (const char* file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "replay: cannot read %s\n", file);
            return 1;
        }
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        current = file;
        std::fprintf(stderr, "Running: %s\n", file);
        alarm(timeout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        alarm(0);
        std::fprintf(stderr, "Executed %s\n", file);
    }
    return 0;
}
