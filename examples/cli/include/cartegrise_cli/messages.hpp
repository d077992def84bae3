// What the `cartegrise` tool says about an error, in French or English: one line naming the option,
// "cartegrise: --cv: la puissance fiscale (P.6) doit être entre 1 et 999 CV", and the same as JSON.
#ifndef CARTEGRISE_CLI_MESSAGES_HPP
#define CARTEGRISE_CLI_MESSAGES_HPP

#include <cartegrise/text/lang.hpp>

#include <string>

#include "args.hpp"

namespace cartegrise::cli {

// The sentence, without the "cartegrise: --option: " prefix.
std::string describe(const cli_error& e, lang lg);
// "cartegrise: --department: <sentence>\n" (the option part only when the error has one).
std::string error_line(const cli_error& e, lang lg);
// {"error": {"kind": "usage"|"input", "code": ..., "field": ... | null, "option": ... | null,
//  "message": ..., "suggestion": ... | null, "also_missing": [{"field": ..., "option": ...}, ...]}}
std::string json_error(const cli_error& e, lang lg);
// The short usage reminder printed after a usage error.
std::string usage_hint(lang lg);

}  // namespace cartegrise::cli

#endif
