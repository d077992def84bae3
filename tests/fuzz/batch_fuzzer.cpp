// libFuzzer target: the batch reader of the `cartegrise` tool. Any bytes are a CSV or JSON lines input:
// every line gets one answer, in order, each a valid JSON object; the same bytes fed in two pieces give
// the same answers.
#include "../cases/json_check.hpp"

#include <cartegrise_cli/batch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
void require(bool ok) {
    if (!ok) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    cartegrise::cli::options o;
    const cartegrise::date today{2026, 6, 1};
    cartegrise::cli::batch_runner whole{o, today};
    std::string out;
    whole.feed(input, out);
    whole.finish(out);
    std::size_t answers = 0;
    std::size_t last_line = 0;
    for (std::size_t at = 0; at < out.size();) {
        const std::size_t end = out.find('\n', at);
        require(end != std::string::npos);
        const std::string_view line{out.data() + at, end - at};
        require(json_check::valid(line));
        require(line.substr(0, 8) == "{\"line\":");
        std::size_t n = 0;
        for (std::size_t i = 8; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i) n = n * 10 + static_cast<std::size_t>(line[i] - '0');
        require(n > last_line);
        last_line = n;
        ++answers;
        at = end + 1;
    }
    require(answers == whole.lines() || whole.header_error().has_value());
    require(whole.failed() <= whole.lines());
    // Split anywhere: the same answers.
    cartegrise::cli::batch_runner split{o, today};
    std::string again;
    split.feed(input.substr(0, size / 2), again);
    split.feed(input.substr(size / 2), again);
    split.finish(again);
    require(again == out);
    return 0;
}
