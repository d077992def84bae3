// territory: French departments and the regions whose council votes the Y.1 rate.
// Department list and attachment: INSEE Code officiel géographique; official simulator data
// (departements.csv, 2023). The region of the holder's address decides the rate (CIBS L.421-43).
#ifndef CARTEGRISE_TERRITORY_HPP
#define CARTEGRISE_TERRITORY_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "result.hpp"

namespace cartegrise {

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
inline constexpr std::size_t region_count = 18;

constexpr std::string_view to_string(region r) noexcept {
    constexpr std::string_view names[region_count] = {
        "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
        "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
        "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion",
        "Mayotte"};
    const auto i = static_cast<std::size_t>(r);
    return i < region_count ? names[i] : std::string_view{"?"};
}
// INSEE region code ("84", "11", "01" ...).
constexpr std::string_view insee_code(region r) noexcept {
    constexpr std::string_view codes[region_count] = {"84", "27", "53", "24", "94", "44", "32", "11", "28",
                                                      "75", "76", "52", "93", "01", "02", "03", "04", "06"};
    const auto i = static_cast<std::size_t>(r);
    return i < region_count ? codes[i] : std::string_view{"?"};
}

namespace detail {
struct department_row {
    std::string_view code;
    std::string_view name;
    region reg;
};
// Sorted by code as France sorts them: 01 … 19, 2A, 2B, 21 … 95, 971 … 976.
inline constexpr department_row departments[] = {
    {"01", "Ain", region::auvergne_rhone_alpes},
    {"02", "Aisne", region::hauts_de_france},
    {"03", "Allier", region::auvergne_rhone_alpes},
    {"04", "Alpes-de-Haute-Provence", region::provence_alpes_cote_d_azur},
    {"05", "Hautes-Alpes", region::provence_alpes_cote_d_azur},
    {"06", "Alpes-Maritimes", region::provence_alpes_cote_d_azur},
    {"07", "Ardèche", region::auvergne_rhone_alpes},
    {"08", "Ardennes", region::grand_est},
    {"09", "Ariège", region::occitanie},
    {"10", "Aube", region::grand_est},
    {"11", "Aude", region::occitanie},
    {"12", "Aveyron", region::occitanie},
    {"13", "Bouches-du-Rhône", region::provence_alpes_cote_d_azur},
    {"14", "Calvados", region::normandie},
    {"15", "Cantal", region::auvergne_rhone_alpes},
    {"16", "Charente", region::nouvelle_aquitaine},
    {"17", "Charente-Maritime", region::nouvelle_aquitaine},
    {"18", "Cher", region::centre_val_de_loire},
    {"19", "Corrèze", region::nouvelle_aquitaine},
    {"2A", "Corse-du-Sud", region::corse},
    {"2B", "Haute-Corse", region::corse},
    {"21", "Côte-d'Or", region::bourgogne_franche_comte},
    {"22", "Côtes-d'Armor", region::bretagne},
    {"23", "Creuse", region::nouvelle_aquitaine},
    {"24", "Dordogne", region::nouvelle_aquitaine},
    {"25", "Doubs", region::bourgogne_franche_comte},
    {"26", "Drôme", region::auvergne_rhone_alpes},
    {"27", "Eure", region::normandie},
    {"28", "Eure-et-Loir", region::centre_val_de_loire},
    {"29", "Finistère", region::bretagne},
    {"30", "Gard", region::occitanie},
    {"31", "Haute-Garonne", region::occitanie},
    {"32", "Gers", region::occitanie},
    {"33", "Gironde", region::nouvelle_aquitaine},
    {"34", "Hérault", region::occitanie},
    {"35", "Ille-et-Vilaine", region::bretagne},
    {"36", "Indre", region::centre_val_de_loire},
    {"37", "Indre-et-Loire", region::centre_val_de_loire},
    {"38", "Isère", region::auvergne_rhone_alpes},
    {"39", "Jura", region::bourgogne_franche_comte},
    {"40", "Landes", region::nouvelle_aquitaine},
    {"41", "Loir-et-Cher", region::centre_val_de_loire},
    {"42", "Loire", region::auvergne_rhone_alpes},
    {"43", "Haute-Loire", region::auvergne_rhone_alpes},
    {"44", "Loire-Atlantique", region::pays_de_la_loire},
    {"45", "Loiret", region::centre_val_de_loire},
    {"46", "Lot", region::occitanie},
    {"47", "Lot-et-Garonne", region::nouvelle_aquitaine},
    {"48", "Lozère", region::occitanie},
    {"49", "Maine-et-Loire", region::pays_de_la_loire},
    {"50", "Manche", region::normandie},
    {"51", "Marne", region::grand_est},
    {"52", "Haute-Marne", region::grand_est},
    {"53", "Mayenne", region::pays_de_la_loire},
    {"54", "Meurthe-et-Moselle", region::grand_est},
    {"55", "Meuse", region::grand_est},
    {"56", "Morbihan", region::bretagne},
    {"57", "Moselle", region::grand_est},
    {"58", "Nièvre", region::bourgogne_franche_comte},
    {"59", "Nord", region::hauts_de_france},
    {"60", "Oise", region::hauts_de_france},
    {"61", "Orne", region::normandie},
    {"62", "Pas-de-Calais", region::hauts_de_france},
    {"63", "Puy-de-Dôme", region::auvergne_rhone_alpes},
    {"64", "Pyrénées-Atlantiques", region::nouvelle_aquitaine},
    {"65", "Hautes-Pyrénées", region::occitanie},
    {"66", "Pyrénées-Orientales", region::occitanie},
    {"67", "Bas-Rhin", region::grand_est},
    {"68", "Haut-Rhin", region::grand_est},
    {"69", "Rhône", region::auvergne_rhone_alpes},
    {"70", "Haute-Saône", region::bourgogne_franche_comte},
    {"71", "Saône-et-Loire", region::bourgogne_franche_comte},
    {"72", "Sarthe", region::pays_de_la_loire},
    {"73", "Savoie", region::auvergne_rhone_alpes},
    {"74", "Haute-Savoie", region::auvergne_rhone_alpes},
    {"75", "Paris", region::ile_de_france},
    {"76", "Seine-Maritime", region::normandie},
    {"77", "Seine-et-Marne", region::ile_de_france},
    {"78", "Yvelines", region::ile_de_france},
    {"79", "Deux-Sèvres", region::nouvelle_aquitaine},
    {"80", "Somme", region::hauts_de_france},
    {"81", "Tarn", region::occitanie},
    {"82", "Tarn-et-Garonne", region::occitanie},
    {"83", "Var", region::provence_alpes_cote_d_azur},
    {"84", "Vaucluse", region::provence_alpes_cote_d_azur},
    {"85", "Vendée", region::pays_de_la_loire},
    {"86", "Vienne", region::nouvelle_aquitaine},
    {"87", "Haute-Vienne", region::nouvelle_aquitaine},
    {"88", "Vosges", region::grand_est},
    {"89", "Yonne", region::bourgogne_franche_comte},
    {"90", "Territoire de Belfort", region::bourgogne_franche_comte},
    {"91", "Essonne", region::ile_de_france},
    {"92", "Hauts-de-Seine", region::ile_de_france},
    {"93", "Seine-Saint-Denis", region::ile_de_france},
    {"94", "Val-de-Marne", region::ile_de_france},
    {"95", "Val-d'Oise", region::ile_de_france},
    {"971", "Guadeloupe", region::guadeloupe},
    {"972", "Martinique", region::martinique},
    {"973", "Guyane", region::guyane},
    {"974", "La Réunion", region::la_reunion},
    {"976", "Mayotte", region::mayotte},
};
}  // namespace detail

inline constexpr std::size_t department_count = sizeof(detail::departments) / sizeof(detail::departments[0]);
static_assert(department_count == 101, "96 metropolitan + 5 overseas departments");

// A department, by position in the official list. Build one with parse_department() or
// department::at(i) for i < department_count; a default department is "01" (Ain).
// department::at() past the list gives a department that is not ok(): it reads as code "?", and
// quote() refuses it (errc::unknown_department) rather than taking another department's rate.
class department {
public:
    constexpr department() noexcept = default;
    [[nodiscard]] static constexpr department at(std::size_t index) noexcept { return department{index}; }
    [[nodiscard]] constexpr bool ok() const noexcept { return index_ < department_count; }
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
    [[nodiscard]] constexpr std::string_view code() const noexcept {
        return ok() ? detail::departments[index_].code : std::string_view{"?"};
    }
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        return ok() ? detail::departments[index_].name : std::string_view{"?"};
    }
    // The region; past the list, a value outside the enumerators (to_string() gives "?").
    [[nodiscard]] constexpr enum region region() const noexcept {
        return ok() ? detail::departments[index_].reg : static_cast<enum region>(region_count);
    }

    friend constexpr bool operator==(department a, department b) noexcept { return a.index_ == b.index_; }
    friend constexpr bool operator!=(department a, department b) noexcept { return a.index_ != b.index_; }

private:
    explicit constexpr department(std::size_t i) noexcept : index_{i} {}
    std::size_t index_ = 0;
};

// Parses what a user types: "75", "2a", "2B", "974", " 06 " (surrounding blanks ignored), "6" for "06".
// Unknown codes (including "20", "975", "99") are errc::unknown_department.
constexpr result<department> parse_department(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    char buf[3] = {0, 0, 0};
    std::size_t n = 0;
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9') {
        buf[0] = '0';
        buf[1] = s[0];
        n = 2;
    } else if (s.size() == 2 || s.size() == 3) {
        for (std::size_t i = 0; i < s.size(); ++i) buf[i] = (s[i] >= 'a' && s[i] <= 'z') ? static_cast<char>(s[i] - 'a' + 'A') : s[i];
        n = s.size();
    }
    const std::string_view key{buf, n};
    for (std::size_t i = 0; i < department_count; ++i)
        if (n != 0 && detail::departments[i].code == key) return department::at(i);
    return failure{errc::unknown_department, "department", "unknown department code (expected 01-95, 2A, 2B, 971-974 or 976)"};
}

}  // namespace cartegrise

#endif
