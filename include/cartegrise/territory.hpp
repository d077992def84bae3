// territory: French departments and the regions whose council votes the Y.1 rate. Codes only: the names
// live in <cartegrise/text/places.hpp>.
// Department list and attachment: INSEE Code officiel géographique; official simulator data
// (departements.csv, 2023). The region of the holder's address decides the rate (CIBS L.421-43).
#ifndef CARTEGRISE_TERRITORY_HPP
#define CARTEGRISE_TERRITORY_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/code_table.hpp"
#include "result.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The 13 metropolitan regions and the 5 overseas departments-regions (INSEE code in the comment).
enum class region : std::uint8_t {
    auvergne_rhone_alpes,        // 84
    bourgogne_franche_comte,     // 27
    bretagne,                    // 53
    centre_val_de_loire,         // 24
    corse,                       // 94 (collectivité de Corse)
    grand_est,                   // 44
    hauts_de_france,             // 32
    ile_de_france,               // 11
    normandie,                   // 28
    nouvelle_aquitaine,          // 75
    occitanie,                   // 76
    pays_de_la_loire,            // 52
    provence_alpes_cote_d_azur,  // 93
    guadeloupe,                  // 01
    martinique,                  // 02
    guyane,                      // 03
    la_reunion,                  // 04
    mayotte,                     // 06
};
inline constexpr std::size_t region_count = static_cast<std::size_t>(region::mayotte) + 1;

namespace detail {
// INSEE region codes, in enumerator order.
inline constexpr std::string_view region_codes[] = {"84", "27", "53", "24", "94", "44", "32", "11", "28",
                                                    "75", "76", "52", "93", "01", "02", "03", "04", "06"};
// Departments sorted by code as France sorts them: 01 … 19, 2A, 2B, 21 … 95, 971 … 976.
// clang-format off
inline constexpr std::string_view department_codes[] = {
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "2A", "2B", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47",
    "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63",
    "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
    "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95",
    "971", "972", "973", "974", "976",
};
inline constexpr region department_regions[] = {
    region::auvergne_rhone_alpes,  // 01
    region::hauts_de_france,  // 02
    region::auvergne_rhone_alpes,  // 03
    region::provence_alpes_cote_d_azur,  // 04
    region::provence_alpes_cote_d_azur,  // 05
    region::provence_alpes_cote_d_azur,  // 06
    region::auvergne_rhone_alpes,  // 07
    region::grand_est,  // 08
    region::occitanie,  // 09
    region::grand_est,  // 10
    region::occitanie,  // 11
    region::occitanie,  // 12
    region::provence_alpes_cote_d_azur,  // 13
    region::normandie,  // 14
    region::auvergne_rhone_alpes,  // 15
    region::nouvelle_aquitaine,  // 16
    region::nouvelle_aquitaine,  // 17
    region::centre_val_de_loire,  // 18
    region::nouvelle_aquitaine,  // 19
    region::corse,  // 2A
    region::corse,  // 2B
    region::bourgogne_franche_comte,  // 21
    region::bretagne,  // 22
    region::nouvelle_aquitaine,  // 23
    region::nouvelle_aquitaine,  // 24
    region::bourgogne_franche_comte,  // 25
    region::auvergne_rhone_alpes,  // 26
    region::normandie,  // 27
    region::centre_val_de_loire,  // 28
    region::bretagne,  // 29
    region::occitanie,  // 30
    region::occitanie,  // 31
    region::occitanie,  // 32
    region::nouvelle_aquitaine,  // 33
    region::occitanie,  // 34
    region::bretagne,  // 35
    region::centre_val_de_loire,  // 36
    region::centre_val_de_loire,  // 37
    region::auvergne_rhone_alpes,  // 38
    region::bourgogne_franche_comte,  // 39
    region::nouvelle_aquitaine,  // 40
    region::centre_val_de_loire,  // 41
    region::auvergne_rhone_alpes,  // 42
    region::auvergne_rhone_alpes,  // 43
    region::pays_de_la_loire,  // 44
    region::centre_val_de_loire,  // 45
    region::occitanie,  // 46
    region::nouvelle_aquitaine,  // 47
    region::occitanie,  // 48
    region::pays_de_la_loire,  // 49
    region::normandie,  // 50
    region::grand_est,  // 51
    region::grand_est,  // 52
    region::pays_de_la_loire,  // 53
    region::grand_est,  // 54
    region::grand_est,  // 55
    region::bretagne,  // 56
    region::grand_est,  // 57
    region::bourgogne_franche_comte,  // 58
    region::hauts_de_france,  // 59
    region::hauts_de_france,  // 60
    region::normandie,  // 61
    region::hauts_de_france,  // 62
    region::auvergne_rhone_alpes,  // 63
    region::nouvelle_aquitaine,  // 64
    region::occitanie,  // 65
    region::occitanie,  // 66
    region::grand_est,  // 67
    region::grand_est,  // 68
    region::auvergne_rhone_alpes,  // 69
    region::bourgogne_franche_comte,  // 70
    region::bourgogne_franche_comte,  // 71
    region::pays_de_la_loire,  // 72
    region::auvergne_rhone_alpes,  // 73
    region::auvergne_rhone_alpes,  // 74
    region::ile_de_france,  // 75
    region::normandie,  // 76
    region::ile_de_france,  // 77
    region::ile_de_france,  // 78
    region::nouvelle_aquitaine,  // 79
    region::hauts_de_france,  // 80
    region::occitanie,  // 81
    region::occitanie,  // 82
    region::provence_alpes_cote_d_azur,  // 83
    region::provence_alpes_cote_d_azur,  // 84
    region::pays_de_la_loire,  // 85
    region::nouvelle_aquitaine,  // 86
    region::nouvelle_aquitaine,  // 87
    region::grand_est,  // 88
    region::bourgogne_franche_comte,  // 89
    region::bourgogne_franche_comte,  // 90
    region::ile_de_france,  // 91
    region::ile_de_france,  // 92
    region::ile_de_france,  // 93
    region::ile_de_france,  // 94
    region::ile_de_france,  // 95
    region::guadeloupe,  // 971
    region::martinique,  // 972
    region::guyane,  // 973
    region::la_reunion,  // 974
    region::mayotte,  // 976
};
// clang-format on
}  // namespace detail

inline constexpr std::size_t department_count = sizeof(detail::department_codes) / sizeof(detail::department_codes[0]);
static_assert(department_count == 101 && sizeof(detail::department_regions) == department_count,
              "96 metropolitan + 5 overseas departments, each with its region");

// INSEE region code ("84", "11", "01" ...); "?" outside the enumerators.
constexpr std::string_view insee_code(region r) noexcept { return detail::code_of(detail::region_codes, r); }

// A department, by position in the official list. Build one with parse_department() or
// department::at(i) for i < department_count. A default department is no department, like
// department::at() past the list: it is not ok(), its code is "?", and quote() refuses it
// (errc::unknown_department on holder_department) rather than taking some department's rate. It stays
// default-constructible so that maybe<department> and result<department> hold it by value in
// constant expressions and a request keeps its designated initialisers.
class department {
public:
    constexpr department() noexcept = default;
    [[nodiscard]] static constexpr department at(std::size_t index) noexcept {
        return department{static_cast<std::uint8_t>(index < department_count ? index : not_a_department)};
    }
    [[nodiscard]] constexpr bool ok() const noexcept { return index_ < department_count; }
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
    [[nodiscard]] constexpr std::string_view code() const noexcept { return detail::code_of(detail::department_codes, index_); }
    // The region; past the list, a value outside the enumerators (insee_code() gives "?").
    [[nodiscard]] constexpr cartegrise::region region() const noexcept {
        return ok() ? detail::department_regions[index_] : static_cast<cartegrise::region>(region_count);
    }

    friend constexpr bool operator==(department a, department b) noexcept { return a.index_ == b.index_; }
    friend constexpr bool operator!=(department a, department b) noexcept { return a.index_ != b.index_; }

private:
    static constexpr std::uint8_t not_a_department = 0xff;
    explicit constexpr department(std::uint8_t i) noexcept : index_{i} {}
    std::uint8_t index_ = not_a_department;
};

// Parses what a user types: "75", "2a", "2B", "974", " 06 " (surrounding blanks ignored), "6" for "06".
// Unknown codes (including "20", "975", "99") are errc::unknown_department.
constexpr result<department> parse_department(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    const char padded[2] = {'0', s.empty() ? '0' : s[0]};
    const bool one_digit = s.size() == 1 && s[0] >= '1' && s[0] <= '9';
    const std::string_view key = one_digit ? std::string_view{padded, 2} : s;
    const std::size_t i = (key.size() == 2 || key.size() == 3) ? detail::index_of_code(detail::department_codes, key) : department_count;
    if (i < department_count) return department::at(i);
    return failure{errc::unknown_department, request_field::holder_department, error_reason::unknown_code};
}

CARTEGRISE_END_NAMESPACE

#endif
