// The compact storage of an explanation step: the members of a typed step (money, dates, counts, enums)
// written one after the other into a few bytes, and read back; its source, a pointer, is kept apart.
// Each step type lists its members once, with their names, in `members(visitor)` (detail/members.hpp);
// the writer and the reader walk that list (the JSON writer of the text wing walks it too).
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
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

// At run time on a little-endian machine a field is one memcpy; in a constant expression (and on other
// machines) it is written byte by byte, least significant first: the same bytes either way, so a step
// built at compile time reads back at run time.
constexpr bool constant_evaluated() noexcept {
#if defined(__cpp_lib_is_constant_evaluated)
    return std::is_constant_evaluated();
#elif defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1925)
    return __builtin_is_constant_evaluated();
#else
    return true;
#endif
}
#if defined(_MSC_VER) || (defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
inline constexpr bool little_endian = true;
#else
inline constexpr bool little_endian = false;
#endif

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

// Bytes the members of a step type take, but the one of type Apart (stored at a fixed place).
template <class Step, class Apart>
struct payload_sizer {
    std::size_t total = 0;
    template <class M>
    constexpr void operator()(std::string_view, M Step::*) noexcept {
        if constexpr (!std::is_same_v<M, Apart>) total += field_codec<M>::size;
    }
};
template <class Step, class Apart>
constexpr std::size_t payload_size() noexcept {
    payload_sizer<Step, Apart> z;
    Step::members(z);
    return z.total;
}

template <class T>
constexpr void write_field(std::uint8_t* out, std::size_t pos, const T& v) noexcept {
    const std::uint64_t bits = field_codec<T>::encode(v);
    if (little_endian && !constant_evaluated()) {
        std::memcpy(out + pos, &bits, field_codec<T>::size);
    } else {
        for (std::size_t i = 0; i < field_codec<T>::size; ++i) out[pos + i] = static_cast<std::uint8_t>(bits >> (8 * i));
    }
}
template <class T>
constexpr T read_field(const std::uint8_t* in, std::size_t pos) noexcept {
    std::uint64_t bits = 0;
    if (little_endian && !constant_evaluated()) {
        std::memcpy(&bits, in + pos, field_codec<T>::size);
    } else {
        for (std::size_t i = 0; i < field_codec<T>::size; ++i) bits |= static_cast<std::uint64_t>(in[pos + i]) << (8 * i);
    }
    return field_codec<T>::decode(bits);
}

// Writes the members of `*step` one after the other from `pos`, the member of type Apart to `*apart`.
template <class Step, class Apart>
struct field_writer {
    const Step* step;
    std::uint8_t* out;
    std::size_t pos;
    Apart* apart;
    template <class M>
    constexpr void operator()(std::string_view, M Step::*member) noexcept {
        if constexpr (std::is_same_v<M, Apart>) {
            *apart = step->*member;
        } else {
            write_field(out, pos, step->*member);
            pos += field_codec<M>::size;
        }
    }
};

// Reads them back into `*step`, in the same order.
template <class Step, class Apart>
struct field_reader {
    Step* step;
    const std::uint8_t* in;
    std::size_t pos;
    const Apart* apart;
    template <class M>
    constexpr void operator()(std::string_view, M Step::*member) noexcept {
        if constexpr (std::is_same_v<M, Apart>) {
            step->*member = *apart;
        } else {
            step->*member = read_field<M>(in, pos);
            pos += field_codec<M>::size;
        }
    }
};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
