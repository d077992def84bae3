// The WebAssembly module of the npm package: a small C ABI over the header-only library, and the command
// line's own reports and error objects (examples/cli/src), so that JavaScript gets byte for byte the JSON
// that `cartegrise ... --json` prints. No imports: no clock, no file, no WASI call; JavaScript gives the
// date of today where the command line would read the clock.
//
// Memory: every call allocates from an arena that the next call starts afresh (malloc moves a pointer,
// free does nothing), so a call costs no bookkeeping and the module carries no general allocator. The
// answer of a call stays where it was built until the next call; the arguments are written to a buffer
// of their own, outside the arena.
//
// Calling convention: the caller writes its arguments, UTF-8 and separated by NUL bytes, into the buffer
// cg_input() returns, then calls one function with their length n (cg_input_capacity() + 1 when they do
// not fit: the call is refused). The answer is JSON in cg_output() / cg_output_size(); the function
// returns 0 for an answer, 1 for an {"error": {...}} object. cg_totals() is the fast path: its lines go
// to cg_lines() as nine int64 cents and the after-vintage flag.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>
#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#define CG_EXPORT(name) extern "C" __attribute__((export_name(#name)))

extern "C" unsigned char __heap_base;  // the first byte after the module's static data (wasm-ld)

namespace {

// ---- The arena ------------------------------------------------------------------------------
constexpr std::size_t page = 65536;
constexpr std::size_t align = 16;
std::uintptr_t arena_start = 0;  // after what the static constructors took
std::uintptr_t arena_top = 0;

std::uintptr_t round_up(std::uintptr_t v, std::size_t a) { return (v + a - 1) & ~static_cast<std::uintptr_t>(a - 1); }

void* take(std::size_t n, std::size_t a) {
    if (arena_top == 0) arena_top = round_up(reinterpret_cast<std::uintptr_t>(&__heap_base), align);
    // Each block keeps its size just before it, for realloc.
    const std::uintptr_t block = round_up(arena_top + sizeof(std::size_t), a < align ? align : a);
    const std::uintptr_t end = block + n;
    if (end < block) return nullptr;
    const std::size_t have = __builtin_wasm_memory_size(0) * page;
    if (end > have && __builtin_wasm_memory_grow(0, (end - have + page - 1) / page) == static_cast<std::size_t>(-1))
        return nullptr;
    reinterpret_cast<std::size_t*>(block)[-1] = n;
    arena_top = end;
    return reinterpret_cast<void*>(block);
}

// Called first by every exported function: what the previous call built is no longer needed.
void start_call() {
    if (arena_start == 0)
        arena_start = arena_top == 0 ? round_up(reinterpret_cast<std::uintptr_t>(&__heap_base), align) : arena_top;
    arena_top = arena_start;
}

}  // namespace

extern "C" {
void* malloc(std::size_t n) { return take(n, align); }
void free(void*) {}
void* calloc(std::size_t count, std::size_t size) {
    if (size != 0 && count > static_cast<std::size_t>(-1) / size) return nullptr;
    void* p = take(count * size, align);
    if (p != nullptr) __builtin_memset(p, 0, count * size);
    return p;
}
void* realloc(void* old, std::size_t n) {
    void* p = take(n, align);
    if (p != nullptr && old != nullptr) {
        const std::size_t had = static_cast<std::size_t*>(old)[-1];
        __builtin_memcpy(p, old, had < n ? had : n);
    }
    return p;
}
void* aligned_alloc(std::size_t a, std::size_t n) { return take(n, a); }
// With bulk memory these are single instructions (memory.copy, memory.fill): the module needs no copy
// loops of its own.
void* memcpy(void* to, const void* from, std::size_t n) { return __builtin_memmove(to, from, n); }
void* memmove(void* to, const void* from, std::size_t n) { return __builtin_memmove(to, from, n); }
void* memset(void* to, int c, std::size_t n) { return __builtin_memset(to, c, n); }
int posix_memalign(void** out, std::size_t a, std::size_t n) {
    *out = take(n, a);
    return *out != nullptr ? 0 : 12;  // ENOMEM
}
}

namespace {

namespace cli = cartegrise::cli;
using namespace cartegrise;

// The arguments of a call, outside the arena (a request is a few hundred bytes; longer arguments are
// refused as not a request).
constexpr std::size_t input_capacity = 1 << 16;
char input[input_capacity];
// The answer of the last call, in the arena.
const char* output = "";
std::size_t output_size = 0;
std::int64_t lines[10];
bool too_long = false;  // the caller had more to say than the buffer holds

// The arguments of the call: NUL-separated fields of the first n bytes of the input.
std::vector<std::string_view> fields(std::size_t n) {
    start_call();
    too_long = n > input_capacity;
    std::vector<std::string_view> out;
    const std::string_view all{input, n < input_capacity ? n : input_capacity};
    std::size_t from = 0;
    for (std::size_t at = 0; at <= all.size(); ++at)
        if (at == all.size() || all[at] == '\0') {
            out.push_back(all.substr(from, at - from));
            from = at + 1;
        }
    return out;
}

// Keeps `s` until the next call (never destroyed: the next call's arena takes its place).
void keep(std::string s) {
    const std::string* kept = new std::string(std::move(s));
    output = kept->data();
    output_size = kept->size();
}

int answer(std::string s) {
    keep(std::move(s));
    return 0;
}

int refuse(const cli::cli_error& e, lang lg) {
    keep(cli::json_error(e, lg));
    return 1;
}

// A library refusal, reported as the command line reports it: under the option that sets the field,
// with the nearest code when a code is unknown, and the refused text quoted for an unknown key.
int refuse(const error& err, lang lg, std::string value = {}) {
    cli::cli_error e;
    e.kind = cli::failure_kind::input;
    e.what = cli::problem::refused;
    e.refusal = err;
    e.option = std::string{cli::option_for(err.field)};
    if (err.reason == error_reason::unknown_code && !value.empty()) e.suggestion = cli::nearest(value, cli::codes_of(err.field));
    e.value = std::move(value);
    std::string json = cli::json_error(e, lg);
    if (err.reason == error_reason::unknown_key) {
        // The sentence names no key (it has no field): quote it as the command line quotes a value.
        const std::string said = json_string(cli::describe(e, lg));
        const std::string with_key = json_string(cli::describe(e, lg) + (lg == lang::en ? ": '" : " : '") + e.value + "'");
        if (const std::size_t at = json.find(said); at != std::string::npos) json.replace(at, said.size(), with_key);
    }
    keep(std::move(json));
    return 1;
}

// --lang as the command line reads it: fr or en, else a usage error with a suggestion.
bool language(std::string_view text, lang& lg) {
    if (const auto l = parse_lang(text)) {
        lg = *l;
        return true;
    }
    cli::cli_error e;
    e.what = cli::problem::unknown_value;
    e.option = "lang";
    e.value = std::string{text};
    e.suggestion = cli::nearest(text, cli::codes_of(request_field::language));
    refuse(e, lang::fr);
    return false;
}

// A command's answer (the command line's own body, examples/cli/src/report.cpp), or its refusal.
int answer(const cli::command_answer& a, lang lg) {
    if (a.refusal) return refuse(*a.refusal, lg);
    return answer(a.out);
}

// A call with the wrong number of arguments (not one cartegrise.js makes): refused as not a request, so
// that the answer is never the previous call's.
bool arity(const std::vector<std::string_view>& f, std::size_t n) {
    if (f.size() == n) return true;
    refuse(error{errc::invalid_value, request_field::none, error_reason::not_json, {}}, lang::fr);
    return false;
}

bool read_request(std::string_view json, lang lg, request& r) {
    if (too_long) {
        refuse(error{errc::invalid_value, request_field::none, error_reason::not_json, {}}, lg);
        return false;
    }
    std::string refused;
    const auto parsed = parse_request_json(json, &refused);
    if (!parsed) {
        refuse(parsed.error(), lg, refused);
        return false;
    }
    r = *parsed;
    return true;
}

}  // namespace

// The buffer for the arguments of the next call, and its size.
CG_EXPORT(cg_input) char* cg_input() { return input; }
CG_EXPORT(cg_input_capacity) std::size_t cg_input_capacity() { return input_capacity; }
CG_EXPORT(cg_output) const char* cg_output() { return output; }
CG_EXPORT(cg_output_size) std::size_t cg_output_size() { return output_size; }
CG_EXPORT(cg_lines) const std::int64_t* cg_lines() { return lines; }

// lang, request JSON -> the quote as `cartegrise quote --json` prints it.
CG_EXPORT(cg_quote) int cg_quote(std::size_t n) {
    const auto f = fields(n);
    lang lg = lang::fr;
    request r;
    if (!arity(f, 2) || !language(f[0], lg) || !read_request(f[1], lg, r)) return 1;
    const auto q = quote(r);
    if (!q) return refuse(q.error(), lg);
    json_writer w;  // compact: the same object as the command line's pretty print, parsed sooner
    write_quote_json(w, r, *q, lg);
    return answer(w.str());
}

// lang, request JSON -> the lines in cg_lines(): y1, y1_idfm, y2, y3, y3_co2, y3_mass, y4, y5, y6 in
// cents, then 1 when quoted after the data vintage.
CG_EXPORT(cg_totals) int cg_totals(std::size_t n) {
    const auto f = fields(n);
    lang lg = lang::fr;
    request r;
    if (!arity(f, 2) || !language(f[0], lg) || !read_request(f[1], lg, r)) return 1;
    const auto t = quote_totals(r);
    if (!t) return refuse(t.error(), lg);
    const money m[] = {t->y1, t->y1_idfm, t->y2, t->y3, t->y3_co2, t->y3_mass, t->y4, t->y5, t->y6};
    for (std::size_t i = 0; i < 9; ++i) lines[i] = m[i].in_cents();
    lines[9] = t->after_data_vintage ? 1 : 0;
    return 0;
}

// lang, request JSON, until ("" for five years after the application date) -> `cartegrise next-change
// --json` (cli::next_change_command).
CG_EXPORT(cg_next_change) int cg_next_change(std::size_t n, int year, int month, int day) {
    const auto f = fields(n);
    if (!arity(f, 3)) return 1;
    std::vector<std::string_view> words{"next-change", "--json", "--lang", f[0]};
    if (!f[2].empty()) words.insert(words.end(), {"--until", f[2]});
    auto parsed = cli::parse_args(words, date{year, month, day});
    if (!parsed.ok()) return refuse(*parsed.error, parsed.opts.language);
    cli::options& o = parsed.opts;
    if (!read_request(f[1], o.language, o.req)) return 1;
    return answer(cli::next_change_command(o), o.language);
}

// A command line (rates, documents, deadline, or quote to read options into a request), its words
// NUL-separated, and the date of today -> what the command prints with --json. `quote` answers the
// request echo (write_request_json) instead of a quote: the simulator page reads its link that way.
CG_EXPORT(cg_command) int cg_command(std::size_t n, int year, int month, int day) {
    std::vector<std::string_view> words = fields(n);
    words.push_back("--json");
    const auto parsed = cli::parse_args(words, date{year, month, day});
    const cli::options& o = parsed.opts;
    if (!parsed.ok()) return refuse(*parsed.error, o.language);
    switch (o.cmd) {
        case cli::command::quote: {
            json_writer w;
            write_request_json(w, o.req);
            return answer(w.str());
        }
        case cli::command::rates: return answer(cli::rates_command(o), o.language);
        case cli::command::fiscal_power: return answer(cli::fiscal_power_command(o), o.language);
        case cli::command::documents: return answer(cli::documents_command(o), o.language);
        case cli::command::deadline: return answer(cli::deadline_command(o), o.language);
        default: {
            cli::cli_error e;
            e.what = cli::problem::unknown_command;
            e.value = std::string{words.empty() ? std::string_view{} : words.front()};
            return refuse(e, o.language);
        }
    }
}

// An amount in cents, or a date (YYYY-MM-DD), as the explanations print it (format_money, format_date):
// "496,76 €" / "€496.76", "1er mars 2026" / "1 March 2026". Answers a JSON string; 1 for a date that is
// not one, or cents that are not an integer.
CG_EXPORT(cg_format_money) int cg_format_money(double cents, int english) {
    start_call();
    if (!(cents >= -9e15 && cents <= 9e15)) return 1;  // NaN and the infinities too
    const auto c = static_cast<std::int64_t>(cents);
    if (static_cast<double>(c) != cents) return 1;
    return answer(json_string(format_money(money::cents(c), english != 0 ? lang::en : lang::fr)));
}
CG_EXPORT(cg_format_date) int cg_format_date(std::size_t n, int english) {
    const auto f = fields(n);
    const auto d = f.size() == 1 ? parse_date(f[0]) : std::nullopt;
    if (!d) return 1;
    return answer(json_string(format_date(*d, english != 0 ? lang::en : lang::fr)));
}
