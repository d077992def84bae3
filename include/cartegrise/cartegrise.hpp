// cartegrise — the French vehicle registration fee (certificat d'immatriculation), header-only and
// constexpr. This umbrella pulls the whole constexpr core and no <iostream>; text rendering lives in
// <cartegrise/render.hpp>.
#ifndef CARTEGRISE_CARTEGRISE_HPP
#define CARTEGRISE_CARTEGRISE_HPP

#include "breakdown.hpp"
#include "date.hpp"
#include "deadlines.hpp"
#include "documents.hpp"
#include "error.hpp"
#include "fee_change.hpp"
#include "grid.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "quote.hpp"
#include "request.hpp"
#include "result.hpp"
#include "territory.hpp"
#include "vehicle.hpp"
#include "version.hpp"

#endif
