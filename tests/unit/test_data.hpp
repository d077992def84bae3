// Reading the reference data copied into tests/data/ (provenance in tests/data/README.md).
#ifndef CARTEGRISE_TESTS_TEST_DATA_HPP
#define CARTEGRISE_TESTS_TEST_DATA_HPP

#include <cartegrise/date.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

namespace test_data {

using csv_rows = std::vector<std::vector<std::string>>;

// Reads a CSV of tests/data, skipping comment lines and the header; quoted fields may hold commas.
inline csv_rows read_csv(const std::string& name) {
    std::ifstream in{std::string{CARTEGRISE_TEST_DATA_DIR} + "/" + name};
    REQUIRE_MESSAGE(in.good(), "missing test data file " << name);
    csv_rows rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> fields{""};
        bool quoted = false;
        for (const char ch : line) {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) fields.emplace_back();
            else fields.back() += ch;
        }
        rows.push_back(fields);
    }
    return rows;
}

inline int to_int(const std::string& s) { return std::stoi(s); }

inline cartegrise::date date_of(const std::string& iso) {
    return cartegrise::date{std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2))};
}

}  // namespace test_data

#endif
