// explanation: the steps of a quote in order, each stored in 24 bytes (its kind and its fields, see
// <cartegrise/steps.hpp>) beside a pointer to its source, in a fixed-capacity list: no heap, constexpr, read-only to its users (the
// rules write it). Read a step back as its typed struct with get<T>() (empty when the step is of
// another kind), or visit it:
//
//     for (const cartegrise::step& s : q->steps)
//         if (const auto rate = s.get<cartegrise::steps::regional_rate>()) use(rate->per_cv);
//
// <cartegrise/text/explain.hpp> turns the steps into French or English sentences.
#ifndef CARTEGRISE_EXPLANATION_HPP
#define CARTEGRISE_EXPLANATION_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "detail/fixed_list.hpp"
#include "detail/step_codec.hpp"
#include "maybe.hpp"
#include "steps.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

class step;

namespace detail {
// The name and the line of every kind, in the order of step_types.
template <class List>
struct kind_table;
template <class... T>
struct kind_table<type_list<T...>> {
    static constexpr std::string_view names[sizeof...(T)] = {T::name...};
    static constexpr fee_line lines[sizeof...(T)] = {T::line...};
};

// The typed step a step holds, read without asking its kind (visit() and explanation::find() ask first).
struct step_access {
    template <class T>
    static constexpr T read(const step& s) noexcept;
};
}  // namespace detail

// One step: byte 0 its kind (the position of its type in step_types), then its fields as the type lists
// them; its source beside the bytes, as a handle (a pointer to a source with static storage: constexpr).
class step {
public:
    static constexpr std::size_t size_bytes = 24;
    static constexpr std::size_t fields_offset = 1;

    constexpr step() noexcept = default;
    template <class T, std::enable_if_t<detail::in_list<T, step_types>::value, int> = 0>
    constexpr explicit step(const T& typed) noexcept {
        assign(typed);
    }
    // Rewrites this step as `typed` (explanation::add writes each step in place with it).
    template <class T, std::enable_if_t<detail::in_list<T, step_types>::value, int> = 0>
    constexpr void assign(const T& typed) noexcept {
        static_assert(detail::payload_size<T, source_ref>() <= size_bytes - fields_offset, "cartegrise: a step's fields fit in 23 bytes");
        for (auto& b : bytes_) b = 0;
        bytes_[0] = static_cast<std::uint8_t>(detail::index_in<T, step_types>::value);
        source_ = {};
        detail::field_writer<T, source_ref> w{&typed, bytes_, fields_offset, &source_};
        T::members(w);
    }

    // The position of the step's type in step_types.
    [[nodiscard]] constexpr std::size_t index() const noexcept { return bytes_[0]; }
    template <class T>
    [[nodiscard]] constexpr bool is() const noexcept { return index() == detail::index_in<T, step_types>::value; }
    // The typed step; empty when the step is of another kind (never a default T taken for a value).
    template <class T>
    [[nodiscard]] constexpr maybe<T> get() const noexcept {
        if (!is<T>()) return {};
        return read<T>();
    }

    // The stable name of the kind ("regional_rate"), the box it explains, and the source of what it
    // says (none for a step that reads no table: a count, an amount).
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        return index() < step_kind_count ? detail::kind_table<step_types>::names[index()] : std::string_view{"?"};
    }
    [[nodiscard]] constexpr fee_line line() const noexcept {
        return index() < step_kind_count ? detail::kind_table<step_types>::lines[index()] : fee_line::y6;
    }
    [[nodiscard]] constexpr source_ref source() const noexcept { return source_; }

    friend constexpr bool operator==(const step& a, const step& b) noexcept {
        if (a.source_ != b.source_) return false;
        for (std::size_t i = 0; i < size_bytes; ++i)
            if (a.bytes_[i] != b.bytes_[i]) return false;
        return true;
    }
    friend constexpr bool operator!=(const step& a, const step& b) noexcept { return !(a == b); }

private:
    friend struct detail::step_access;
    template <class T>
    constexpr T read() const noexcept {
        T out{};
        detail::field_reader<T, source_ref> r{&out, bytes_, fields_offset, &source_};
        T::members(r);
        return out;
    }

    std::uint8_t bytes_[size_bytes]{};
    source_ref source_;
};
static_assert(sizeof(step) == step::size_bytes + sizeof(source_ref), "cartegrise: a step is 24 bytes and a pointer");
static_assert(step_kind_count < 256, "cartegrise: a step kind is one byte");

namespace detail {
template <class T>
constexpr T step_access::read(const step& s) noexcept {
    return s.read<T>();
}

template <std::size_t I, class F>
constexpr decltype(auto) visit_from(const step& s, F& f) {
    using T = typename type_at<I, step_types>::type;
    if constexpr (I + 1 == step_kind_count) {
        return f(step_access::read<T>(s));
    } else {
        if (s.index() == I) return f(step_access::read<T>(s));
        return visit_from<I + 1>(s, f);
    }
}
}  // namespace detail

// Calls f with the typed step (f must accept every step type, e.g. a generic lambda).
template <class F>
constexpr decltype(auto) visit(const step& s, F&& f) {
    return detail::visit_from<0>(s, f);
}

// The steps of one quote, in the order the rules took them. Read-only: the rules append to it
// (detail::list_access), its users read it.
class explanation : public detail::fixed_list<step, 32> {
public:
    // The first step of kind T, if any.
    template <class T>
    [[nodiscard]] constexpr maybe<T> find() const noexcept {
        for (const step& s : *this)
            if (s.is<T>()) return detail::step_access::read<T>(s);
        return {};
    }
    template <class T>
    [[nodiscard]] constexpr bool contains() const noexcept {
        for (const step& s : *this)
            if (s.is<T>()) return true;
        return false;
    }
    template <class T>
    [[nodiscard]] constexpr std::size_t count() const noexcept {
        std::size_t n = 0;
        for (const step& s : *this) n += s.is<T>() ? 1u : 0u;
        return n;
    }
};

CARTEGRISE_END_NAMESPACE

#endif
