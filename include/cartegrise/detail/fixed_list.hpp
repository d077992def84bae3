// fixed_list<T, N>: a list of at most N values in place, constexpr, no heap. One overflow rule for every
// list of the library (explanation steps, documents, deadlines): a push beyond N keeps the list as it is,
// returns false and sets overflowed(); the tables and the tests make sure no list of the library fills.
#ifndef CARTEGRISE_DETAIL_FIXED_LIST_HPP
#define CARTEGRISE_DETAIL_FIXED_LIST_HPP

#include <cstddef>

namespace cartegrise::detail {

template <class T, std::size_t N>
class fixed_list {
public:
    static constexpr std::size_t capacity = N;

    constexpr bool push_back(const T& v) noexcept {
        if (size_ == N) {
            overflowed_ = true;
            return false;
        }
        items_[size_++] = v;
        return true;
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    // True when a push was refused: some values are missing.
    [[nodiscard]] constexpr bool overflowed() const noexcept { return overflowed_; }
    // Checked: past the end, the first slot (a default T when empty), never out of bounds.
    [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return items_[i < size_ ? i : 0]; }
    [[nodiscard]] constexpr const T* begin() const noexcept { return items_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return items_ + size_; }

protected:
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

private:
    T items_[N]{};
    std::size_t size_ = 0;
    bool overflowed_ = false;
};

}  // namespace cartegrise::detail

#endif
