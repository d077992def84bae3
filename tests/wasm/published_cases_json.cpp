// Writes the published cases (tests/cases/published_cases.hpp) as JSON for the package's tests, so that
// the cases are said once: [{"name", "request" (the request echo), "want" (the lines in cents),
// "quote": {"fr": ..., "en": ...} (write_quote_json)}]. Built for wasm32-wasi and run by node's WASI at
// build time (run_wasi.mjs).
#include "../cases/published_cases.hpp"

#include <cartegrise/text.hpp>

#include <cstdio>
#include <string>

int main() {
    using namespace cartegrise;
    json_writer w;
    w.begin_array();
    for (const auto& c : cases::published_cases) {
        w.begin_object().key("name").value(c.name).key("request");
        write_request_json(w, c.req);
        w.key("want").begin_object();
        w.key("y1").value(c.want.y1).key("y1_idfm").value(c.want.y1_idfm).key("y2").value(c.want.y2);
        w.key("y3").value(c.want.y3).key("y4").value(c.want.y4).key("y5").value(c.want.y5).key("y6").value(c.want.y6);
        w.end_object();
        const auto q = quote(c.req);
        if (!q) return 1;
        w.key("quote").begin_object();
        for (const lang lg : {lang::fr, lang::en}) {
            w.key(to_string(lg));
            write_quote_json(w, c.req, *q, lg);
        }
        w.end_object().end_object();
    }
    w.end_array();
    const std::string& out = w.str();
    return std::fwrite(out.data(), 1, out.size(), stdout) == out.size() && std::fflush(stdout) == 0 ? 0 : 1;
}
