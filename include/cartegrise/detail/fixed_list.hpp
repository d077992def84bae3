// fixed_list<T, N>: a list of at most N values in place, constexpr, no heap. One overflow rule for every
// list of the library (explanation steps, documents, deadlines): a push beyond N keeps the list as it is,
// returns false and sets overflowed(); the tables and the tests make sure no list of the library fills.
// To its users a list is read-only: only the library appends (through list_access), so a list a quote
// returns says what the rules found and nothing else.
#ifndef CARTEGRISE_DETAIL_FIXED_LIST_HPP
#define CARTEGRISE_DETAIL_FIXED_LIST_HPP

#include <cstddef>
#include <cstdlib>

#include "../maybe.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

// Reached only by an index past the end of a list. Not constexpr on purpose: in a constant expression
// the call is a compile error naming it; at run time it stops the program (no element is ever read
// out of bounds or in place of another).
[[noreturn]] inline void list_index_past_the_end() noexcept { std::abort(); }

struct list_access;

template <class T, std::size_t N>
class fixed_list {
public:
    static constexpr std::size_t capacity = N;

    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    // True when a push was refused: some values are missing.
    [[nodiscard]] constexpr bool overflowed() const noexcept { return overflowed_; }
    // Precondition: i < size(). Past the end: a compile error in a constant expression, std::abort() at
    // run time. at(i) asks instead of assuming.
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept {
        if (i >= size_) list_index_past_the_end();
        return items_[i];
    }
    // The value at i, or nothing past the end.
    [[nodiscard]] constexpr maybe<T> at(std::size_t i) const noexcept { return i < size_ ? maybe<T>{items_[i]} : maybe<T>{}; }
    [[nodiscard]] constexpr const T* begin() const noexcept { return items_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return items_ + size_; }

    // The same values in the same order, and the same overflow flag.
    friend constexpr bool operator==(const fixed_list& a, const fixed_list& b) noexcept {
        if (a.size_ != b.size_ || a.overflowed_ != b.overflowed_) return false;
        for (std::size_t i = 0; i < a.size_; ++i)
            if (!(a.items_[i] == b.items_[i])) return false;
        return true;
    }
    friend constexpr bool operator!=(const fixed_list& a, const fixed_list& b) noexcept { return !(a == b); }

private:
    friend struct list_access;

    constexpr bool push_back(const T& v) noexcept {
        T* slot = append_slot();
        if (slot == nullptr) return false;
        *slot = v;
        return true;
    }
    // The next slot, counted in the list, for a value written in place (no temporary copied in: a step
    // built field by field and then copied would make the processor reload what it has just stored);
    // nullptr and overflowed() when the list is full.
    constexpr T* append_slot() noexcept {
        if (size_ == N) {
            overflowed_ = true;
            return nullptr;
        }
        return &items_[size_++];
    }

    T items_[N]{};
    std::size_t size_ = 0;
    bool overflowed_ = false;
};

// The library's way to append to a list (the rules, the document and deadline look-ups).
struct list_access {
    template <class T, std::size_t N>
    static constexpr bool push_back(fixed_list<T, N>& list, const T& v) noexcept {
        return list.push_back(v);
    }
    template <class T, std::size_t N>
    static constexpr T* append_slot(fixed_list<T, N>& list) noexcept {
        return list.append_slot();
    }
};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
