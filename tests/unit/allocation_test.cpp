// quote() and the grids never touch the heap: a counting replacement of the global allocation
// functions watches them. The replacement serves the whole test binary (doctest allocates too), so
// each check counts only across the calls under test.
#include <cartegrise/cartegrise.hpp>

#include <doctest/doctest.h>

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

request base(date on, std::string_view dept, procedure p, genre g, energy e, int cv, date first) {
    request r;
    r.application_date = on;
    r.holder_department = parse_department(dept).value();
    r.procedure = p;
    r.vehicle.genre = g;
    r.vehicle.energy = e;
    r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = first;
    return r;
}

// The representative requests of bench/ (docs/performance.md): each must quote without an error.
request used_vp() { return base({2026, 6, 1}, "69", procedure::used, genre::vp, energy::es, 7, {2019, 5, 3}); }
request new_vp_malus() {
    request r = base({2026, 6, 1}, "33", procedure::new_vehicle, genre::vp, energy::go, 9, {2026, 6, 1});
    r.vehicle.co2_g_km = 160;
    r.vehicle.mass_kg = 1950;
    return r;
}
request import_decote() {
    request r = base({2026, 6, 1}, "67", procedure::import, genre::vp, energy::es, 8, {2023, 9, 15});
    r.vehicle.co2_g_km = 150;
    r.vehicle.mass_kg = 1950;
    r.vehicle.cycle = co2_cycle::wltp;
    return r;
}
request duplicata() {
    request r = base({2026, 6, 1}, "75", procedure::duplicate, genre::vp, energy::es, 6, {2018, 2, 1});
    r.vehicle.register_system = registration_system::siv;
    return r;
}
request moped() {
    request r = base({2026, 6, 1}, "13", procedure::used, genre::cl, energy::es, 1, {2020, 4, 1});
    r.vehicle.cylinder_cm3 = 49;
    return r;
}
request truck() {
    request r = base({2026, 6, 1}, "59", procedure::used, genre::cam, energy::go, 12, {2021, 3, 1});
    r.vehicle.ptac_kg = 19000;
    return r;
}

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
