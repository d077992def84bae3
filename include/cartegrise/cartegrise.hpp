// cartegrise — the French vehicle registration fee (certificat d'immatriculation), header-only and
// constexpr. This umbrella pulls the whole constexpr core and the procedures wing, and no <iostream>,
// no <string>: the text wing (sentences, formatting, JSON) is <cartegrise/text.hpp>.
#ifndef CARTEGRISE_CARTEGRISE_HPP
#define CARTEGRISE_CARTEGRISE_HPP

#include "breakdown.hpp"
#include "date.hpp"
#include "deadline_kinds.hpp"
#include "document_kinds.hpp"
#include "error.hpp"
#include "explanation.hpp"
#include "fee_change.hpp"
#include "fiscal_power.hpp"
#include "grid.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "procedures/deadlines.hpp"
#include "procedures/documents.hpp"
#include "quote.hpp"
#include "rates.hpp"
#include "request.hpp"
#include "request_fields.hpp"
#include "result.hpp"
#include "sources.hpp"
#include "steps.hpp"
#include "territory.hpp"
#include "vehicle.hpp"
#include "version.hpp"
#include "vintage.hpp"

#endif
