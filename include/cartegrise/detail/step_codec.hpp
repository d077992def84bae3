// The compact storage of an explanation step: the fields of a typed step (money, dates, counts, enums,
// a source index) written one after the other into a few bytes, and read back. Each step type lists
// its fields once, with their names, in `fields(self, visitor)`; the writer and the reader are two
// visitors (the JSON writer of the text wing is a third).
#ifndef CARTEGRISE_DETAIL_STEP_CODEC_HPP
#define CARTEGRISE_DETAIL_STEP_CODEC_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#if __cplusplus >= 202002L && __has_include(<version>)
#include <version>
#endif

#include "../date.hpp"
#include "../money.hpp"

// At run time on a little-endian machine a field is one memcpy; in a constant expression (and on other
// machines) it is written byte by byte, least significant first: the same bytes either way, so a step
// built at compile time reads back at run time.
#if defined(__cpp_lib_is_constant_evaluated)
#define CARTEGRISE_CONSTANT_EVALUATED() std::is_constant_evaluated()
#elif defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1925)
#define CARTEGRISE_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define CARTEGRISE_CONSTANT_EVALUATED() true
#endif
#if defined(_MSC_VER) || (defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
#define CARTEGRISE_LITTLE_ENDIAN 1
#else
#define CARTEGRISE_LITTLE_ENDIAN 0
#endif

namespace cartegrise::detail {

// How many bytes a field takes, and its bits as an unsigned number.
template <class T>
struct field_codec {
    static_assert(std::is_enum_v<T> || std::is_integral_v<T>, "cartegrise: a step field is money, a date, an integer or an enum");
    using raw = std::conditional_t<std::is_enum_v<T>, std::underlying_type<T>, std::common_type<T>>;
    static constexpr std::size_t size = sizeof(typename raw::type);
    static constexpr std::uint64_t encode(T v) noexcept {
        return static_cast<std::uint64_t>(static_cast<std::make_unsigned_t<typename raw::type>>(v));
    }
    static constexpr T decode(std::uint64_t bits) noexcept {
        using u = std::make_unsigned_t<typename raw::type>;
        return static_cast<T>(static_cast<typename raw::type>(static_cast<u>(bits)));
    }
};
template <>
struct field_codec<bool> {
    static constexpr std::size_t size = 1;
    static constexpr std::uint64_t encode(bool v) noexcept { return v ? 1 : 0; }
    static constexpr bool decode(std::uint64_t bits) noexcept { return bits != 0; }
};
template <>
struct field_codec<money> {
    static constexpr std::size_t size = 8;
    static constexpr std::uint64_t encode(money m) noexcept { return static_cast<std::uint64_t>(m.in_cents()); }
    static constexpr money decode(std::uint64_t bits) noexcept { return money::cents(static_cast<std::int64_t>(bits)); }
};
template <>
struct field_codec<date> {
    static constexpr std::size_t size = 4;
    static constexpr std::uint64_t encode(date d) noexcept { return d.packed(); }
    static constexpr date decode(std::uint64_t bits) noexcept { return date::from_packed(static_cast<std::uint32_t>(bits)); }
};

// Bytes the fields of a step type take.
struct field_sizer {
    std::size_t total = 0;
    template <class T>
    constexpr void operator()(std::string_view, const T&) noexcept { total += field_codec<T>::size; }
};
template <class Step>
constexpr std::size_t payload_size() noexcept {
    Step s{};
    field_sizer z;
    Step::fields(s, z);
    return z.total;
}

struct field_writer {
    std::uint8_t* out;
    std::size_t pos;
    template <class T>
    constexpr void operator()(std::string_view, const T& v) noexcept {
        const std::uint64_t bits = field_codec<T>::encode(v);
        if (CARTEGRISE_LITTLE_ENDIAN && !CARTEGRISE_CONSTANT_EVALUATED()) {
            std::memcpy(out + pos, &bits, field_codec<T>::size);
        } else {
            for (std::size_t i = 0; i < field_codec<T>::size; ++i) out[pos + i] = static_cast<std::uint8_t>(bits >> (8 * i));
        }
        pos += field_codec<T>::size;
    }
};

struct field_reader {
    const std::uint8_t* in;
    std::size_t pos;
    template <class T>
    constexpr void operator()(std::string_view, T& v) noexcept {
        std::uint64_t bits = 0;
        if (CARTEGRISE_LITTLE_ENDIAN && !CARTEGRISE_CONSTANT_EVALUATED()) {
            std::memcpy(&bits, in + pos, field_codec<T>::size);
        } else {
            for (std::size_t i = 0; i < field_codec<T>::size; ++i) bits |= static_cast<std::uint64_t>(in[pos + i]) << (8 * i);
        }
        v = field_codec<T>::decode(bits);
        pos += field_codec<T>::size;
    }
};

}  // namespace cartegrise::detail

#endif
