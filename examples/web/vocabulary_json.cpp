// The codes the simulator's form offers and their labels, from the library (so the page says none of
// them itself): {"fr": {...}, "en": {...}}, each {"genres", "energies", "procedures": [{"code", "label"}],
// "departments": [{"code", "name", "region"}], "regions": [{"insee", "name"}], "lines": [{"line",
// "label"}]}. Built for wasm32-wasi and run by node's WASI when the page is assembled (vocabulary.json).
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <cstddef>
#include <cstdio>
#include <string>

namespace {

using namespace cartegrise;

template <class Enum>
void coded(json_writer& w, std::string_view key, std::size_t count, lang lg) {
    w.key(key).begin_array();
    for (std::size_t i = 0; i < count; ++i) {
        const auto v = static_cast<Enum>(i);
        w.begin_object().key("code").value(to_string(v)).key("label").value(label(v, lg)).end_object();
    }
    w.end_array();
}

void vocabulary(json_writer& w, lang lg) {
    w.begin_object();
    coded<genre>(w, "genres", genre_count, lg);
    coded<energy>(w, "energies", energy_count, lg);
    coded<procedure>(w, "procedures", procedure_count, lg);
    w.key("departments").begin_array();
    for (std::size_t i = 0; i < department_count; ++i) {
        const department d = department::at(i);
        w.begin_object().key("code").value(d.code()).key("name").value(department_name(d)).key("region").value(insee_code(d.region())).end_object();
    }
    w.end_array().key("regions").begin_array();
    for (std::size_t i = 0; i < region_count; ++i) {
        const auto r = static_cast<region>(i);
        w.begin_object().key("insee").value(insee_code(r)).key("name").value(region_name(r)).end_object();
    }
    w.end_array().key("lines").begin_array();
    for (int l = 0; l <= static_cast<int>(fee_line::y6); ++l) {
        const auto line = static_cast<fee_line>(l);
        w.begin_object().key("line").value(to_string(line)).key("label").value(label(line, lg)).end_object();
    }
    w.end_array().end_object();
}

}  // namespace

int main() {
    json_writer w;
    w.begin_object();
    for (const lang lg : {lang::fr, lang::en}) {
        w.key(to_string(lg));
        vocabulary(w, lg);
    }
    w.end_object();
    const std::string& out = w.str();
    return std::fwrite(out.data(), 1, out.size(), stdout) == out.size() && std::fflush(stdout) == 0 ? 0 : 1;
}
