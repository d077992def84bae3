// quote() and the grids never touch the heap: a counting replacement of the global allocation
// functions watches them. The replacement serves the whole test binary (doctest allocates too), so
// each check counts only across the calls under test.
#include <cartegrise/cartegrise.hpp>

#include <doctest/doctest.h>

#include "../cases/representative_requests.hpp"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocation_count{0};

void* counted_allocation(std::size_t size) {
    allocation_count.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc{};
}
}  // namespace

void* operator new(std::size_t size) { return counted_allocation(size); }
void* operator new[](std::size_t size) { return counted_allocation(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    allocation_count.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    allocation_count.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {
using namespace cartegrise;

using namespace representative;

long allocations_during(const request& r, bool& ok) {
    const long before = allocation_count.load();
    const auto q = quote(r);
    const long after = allocation_count.load();
    ok = q.has_value();
    return after - before;
}
}  // namespace

TEST_CASE("the counting allocator sees an allocation") {
    // A direct call: a new-expression whose result is unused may be elided by the compiler.
    const long before = allocation_count.load();
    void* p = ::operator new(16);
    CHECK(allocation_count.load() == before + 1);
    ::operator delete(p);
}

TEST_CASE("quote() makes no heap allocation") {
    for (const request& r : {used_vp(), new_vp_malus(), import_decote(), duplicata(), moped(), truck()}) {
        bool ok = false;
        CHECK(allocations_during(r, ok) == 0);
        CHECK(ok);
    }
    // An error is a value too: no allocation for it either.
    request missing = used_vp();
    missing.application_date.reset();
    bool ok = true;
    CHECK(allocations_during(missing, ok) == 0);
    CHECK_FALSE(ok);
}

TEST_CASE("quote_totals() and next_fee_change() make no heap allocation") {
    for (const request& r : {used_vp(), new_vp_malus(), import_decote(), duplicata(), moped(), truck()}) {
        const long before = allocation_count.load();
        const auto t = quote_totals(r);
        const auto c = next_fee_change(r);
        const long after = allocation_count.load();
        CHECK(after == before);
        CHECK(t.has_value());
        CHECK(c.has_value());
    }
}

TEST_CASE("grids at run time make no heap allocation") {
    const request r = used_vp();
    const long before = allocation_count.load();
    const auto cv = fee_grid<1, 20>(r);
    const auto by_department = department_grid(r);
    const long after = allocation_count.load();
    CHECK(after == before);
    CHECK(cv[6].has_value());
    CHECK(by_department[0].has_value());
}
