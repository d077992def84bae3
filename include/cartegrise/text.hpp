// The text wing in one include: French and English sentences for every explanation step, money and
// dates as each language prints them, labels of the vocabulary, error messages, documents and deadlines
// as text, the JSON of quotes, errors, documents and deadlines, and a request read from JSON. Allocates
// (std::string); not pulled by <cartegrise/cartegrise.hpp>.
#ifndef CARTEGRISE_TEXT_HPP
#define CARTEGRISE_TEXT_HPP

#include "text/error_messages.hpp"
#include "text/explain.hpp"
#include "text/fiscal_power_json.hpp"
#include "text/format.hpp"
#include "text/json.hpp"
#include "text/labels.hpp"
#include "text/lang.hpp"
#include "text/places.hpp"
#include "text/procedure_labels.hpp"
#include "text/procedures.hpp"
#include "text/quote_json.hpp"
#include "text/request_json.hpp"

#endif
