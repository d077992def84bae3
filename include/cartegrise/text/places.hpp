// Place names: departments and regions, and the French preposition each region takes ("en Bretagne",
// "dans les Hauts-de-France", "à La Réunion"). Names of the INSEE Code officiel géographique.
#ifndef CARTEGRISE_TEXT_PLACES_HPP
#define CARTEGRISE_TEXT_PLACES_HPP

#include <string>
#include <string_view>

#include "../detail/code_table.hpp"
#include "../territory.hpp"
#include "lang.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
// clang-format off
inline constexpr std::string_view department_names[] = {
    "Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardèche",
    "Ardennes", "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados", "Cantal", "Charente",
    "Charente-Maritime", "Cher", "Corrèze", "Corse-du-Sud", "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor",
    "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Eure-et-Loir", "Finistère", "Gard", "Haute-Garonne",
    "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Isère", "Jura", "Landes",
    "Loir-et-Cher", "Loire", "Haute-Loire", "Loire-Atlantique", "Loiret", "Lot", "Lot-et-Garonne", "Lozère",
    "Maine-et-Loire", "Manche", "Marne", "Haute-Marne", "Mayenne", "Meurthe-et-Moselle", "Meuse", "Morbihan",
    "Moselle", "Nièvre", "Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Atlantiques",
    "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin", "Rhône", "Haute-Saône", "Saône-et-Loire",
    "Sarthe", "Savoie", "Haute-Savoie", "Paris", "Seine-Maritime", "Seine-et-Marne", "Yvelines", "Deux-Sèvres",
    "Somme", "Tarn", "Tarn-et-Garonne", "Var", "Vaucluse", "Vendée", "Vienne", "Haute-Vienne", "Vosges",
    "Yonne", "Territoire de Belfort", "Essonne", "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne",
    "Val-d'Oise", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
};
inline constexpr std::string_view region_names[] = {"Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
        "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
        "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion",
        "Mayotte"};
inline constexpr std::string_view in_region_fr[] = {
    "en Auvergne-Rhône-Alpes", "en Bourgogne-Franche-Comté", "en Bretagne", "dans le Centre-Val de Loire",
    "en Corse", "dans le Grand Est", "dans les Hauts-de-France", "en Île-de-France", "en Normandie",
    "en Nouvelle-Aquitaine", "en Occitanie", "dans les Pays de la Loire", "en Provence-Alpes-Côte d'Azur",
    "en Guadeloupe", "en Martinique", "en Guyane", "à La Réunion", "à Mayotte"};
// clang-format on
static_assert(sizeof(department_names) / sizeof(department_names[0]) == department_count, "cartegrise: one name per department");
static_assert(sizeof(region_names) / sizeof(region_names[0]) == region_count, "cartegrise: one name per region");
}  // namespace detail::text

// "Paris", "Corse-du-Sud"; "?" for a department that is not ok().
constexpr std::string_view department_name(department d) noexcept {
    return d.ok() ? detail::text::department_names[d.index()] : std::string_view{"?"};
}
// "Île-de-France", "La Réunion" (the same in French and English).
constexpr std::string_view region_name(region r) noexcept { return detail::code_of(detail::text::region_names, r); }
// "en Bretagne" / "in Bretagne".
// Place names are proper nouns, the same in French and English; the language argument makes the call
// read like label(x, lang).
constexpr std::string_view department_name(department d, lang) noexcept { return department_name(d); }
constexpr std::string_view region_name(region r, lang) noexcept { return region_name(r); }

inline std::string in_region(region r, lang lg) {
    if (lg == lang::en) return "in " + std::string{region_name(r)};
    return std::string{detail::code_of(detail::text::in_region_fr, r)};
}

CARTEGRISE_END_NAMESPACE

#endif
