#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets: corpus/quote_fuzzer/*.bin and corpus/cli_fuzzer/*.args.

quote_fuzzer seeds follow the byte layout that quote_fuzzer.cpp reads (see make_request there; it is the
fuzzer's own layout, not the memory layout of cartegrise::request); each seed is a meaningful request: a published case, a boundary of a table, or a malformed field. cli_fuzzer seeds
are command lines, one argument per NUL-separated string. Run again after changing the layout:
    python3 tests/fuzz/make_corpus.py
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

PROCEDURES = ["new", "used", "import", "duplicate", "address", "civil-status", "spouse", "technical",
              "correction", "w-garage", "collection", "inheritance", "lease-buyout", "co-owner", "usurpation",
              "inspection-boxes", "disaster-replacement", "disaster-duplicate"]
GENRES = ["VP", "CTTE", "VASP", "MTL", "MTT1", "MTT2", "MTTE", "MOTO", "CL", "CYCL", "TM", "QM", "CAM", "TCP",
          "TRR", "TRA", "MAGA", "MIAR", "REA", "SREA", "REM", "SREM", "RESP", "SRSP", "RETC", "SRTC", "SRAT"]
ENERGIES = ["ES", "GO", "EL", "H2", "HE", "HH", "EE", "EH", "GL", "GH", "GP", "EG", "ER", "EQ", "G2", "PE", "PH",
            "GN", "EN", "GF", "1A", "EM", "EP", "GM", "GQ", "NE", "NH", "FE", "FG", "FN", "FL", "FH", "ET", "GA",
            "GZ", "GG", "GE", "PL", "AC"]


def u8(v):
    return struct.pack("<B", v & 0xFF)


def u16(v):
    return struct.pack("<H", v & 0xFFFF)


def i32(v):
    return struct.pack("<i", v)


def present(value, encode):
    return u8(0) if value is None else u8(1) + encode(value)


def u32(v):
    return struct.pack("<I", v & 0xFFFFFFFF)


def date(d):
    """(y, m, d) within the mode-2 ranges, ('raw', y, m, d) for any 32-bit fields, or ('packed', n) for
    the 4 bytes of a date's packed form (year << 16 | month << 8 | day)."""
    if d[0] == "raw":
        return u8(3) + i32(d[1]) + i32(d[2]) + i32(d[3])
    if d[0] == "packed":
        return u8(4) + u32(d[1])
    return u8(2) + u16(d[0]) + u8(d[1]) + u8(d[2])


def integer(v):
    return u8(3) + i32(v)


def enum(name_or_byte, names):
    if isinstance(name_or_byte, int):
        return u8(name_or_byte)  # a raw byte: >= 0x80 is read as is, below as byte % (count + 1)
    return u8(names.index(name_or_byte))


def department(d):
    if isinstance(d, int):
        return u8(1) + u8(d)  # an index for department::at()
    raw = d.encode()
    return u8(0) + u8(len(raw)) + raw  # a string for parse_department()


def request(on=None, dept=None, proc=None, genre=None, energy=None, cv=None, first=None, co2=None, cycle=None,
            mass=None, ptac=None, cylinder=None, seats=None, register=None, no_eu=False, no_malus_at_first=False,
            wheelchair=False, invalidity=False, legal=False, children=None, price=None, rank=None,
            electric_kw=None, odometer=None, extras=0):
    out = u8(extras)
    out += present(on, date)
    out += present(dept, department)
    out += present(proc, lambda p: enum(p, PROCEDURES))
    out += present(genre, lambda g: enum(g, GENRES))
    out += present(energy, lambda e: enum(e, ENERGIES))
    out += present(cv, integer)
    out += present(first, date)
    out += present(co2, integer)
    out += present(cycle, lambda c: enum(c, ["nedc", "wltp"]))
    out += present(mass, integer)
    out += present(ptac, integer)
    out += present(cylinder, integer)
    out += present(seats, integer)
    out += present(register, lambda r: enum(r, ["siv", "fni"]))
    # bit 2 is unused (the 0.1 `demonstration` flag)
    flags = (no_eu << 0) | (no_malus_at_first << 1) | (wheelchair << 3) | (invalidity << 4) | (legal << 5)
    flags |= (children is not None) << 6
    out += u8(flags)
    if children is not None:
        out += integer(children)
    out += present(price, lambda cents: u8(1) + struct.pack("<q", cents))
    out += present(rank, integer)
    out += present(electric_kw, integer)
    out += present(odometer, integer)
    return out


def used(on, dept, cv, first, energy="ES", **kw):
    return request(on=on, dept=dept, proc="used", genre="VP", energy=energy, cv=cv, first=first, **kw)


def new_vp(on, dept, cv, co2, mass, energy="ES", **kw):
    return request(on=on, dept=dept, proc="new", genre="VP", energy=energy, cv=cv, co2=co2, mass=mass, **kw)


QUOTE_SEEDS = {
    "used_paris_2026": used((2026, 6, 1), "75", 7, (2019, 5, 3), extras=3),
    "used_grand_est_2022": used((2022, 6, 1), "67", 10, (2018, 1, 1)),
    "used_ten_years_29feb": used((2026, 2, 28), "69", 6, (2016, 2, 29), extras=1),
    "used_day_before_ten_years": used((2026, 2, 27), "69", 6, (2016, 2, 29), extras=1),
    "used_before_first_row": used((2021, 12, 31), "69", 5, (2020, 1, 1)),
    "used_after_vintage": used((2027, 3, 1), "59", 5, (2019, 1, 1), extras=3),
    "used_electric_hdf": used((2025, 6, 1), "59", 5, (2023, 1, 1), energy="EL", extras=1),
    "used_hybrid_corse": used((2026, 6, 1), "2A", 5, (2020, 1, 1), energy="EH"),
    "used_e85_bretagne": used((2023, 4, 30), "29", 4, (2020, 1, 1), energy="FE"),
    "used_dept_index_100": used((2026, 6, 1), 100, 5, (2020, 1, 1)),
    "used_dept_index_255": used((2026, 6, 1), 255, 5, (2020, 1, 1)),
    "dept_lowercase_2a": used((2026, 6, 1), "2a", 5, (2020, 1, 1)),
    "dept_blanks": used((2026, 6, 1), " 06\t", 5, (2020, 1, 1)),
    "dept_unknown_20": used((2026, 6, 1), "20", 5, (2020, 1, 1)),
    "dept_unknown_975": used((2026, 6, 1), "975", 5, (2020, 1, 1)),
    "date_month_13": used((2026, 13, 1), "75", 5, (2020, 1, 1)),
    "date_day_0": used((2026, 6, 0), "75", 5, (2020, 1, 1)),
    "date_year_0": used((0, 6, 1), "75", 5, (2020, 1, 1)),
    "date_feb_30": used((2026, 2, 30), "75", 5, (2020, 1, 1)),
    "date_huge": used(("raw", 2147483647, -5, 99), "75", 5, ("raw", -2147483648, 2, 29)),
    "date_year_9999": used((9999, 12, 31), "75", 5, (9999, 12, 31), extras=1),
    "first_after_application": used((2026, 6, 1), "75", 5, (2026, 6, 2)),
    "cv_0": used((2026, 6, 1), "75", 0, (2020, 1, 1)),
    "cv_negative": used((2026, 6, 1), "75", -1, (2020, 1, 1)),
    "cv_999": used((2026, 6, 1), "75", 999, (2020, 1, 1)),
    "cv_huge": used((2026, 6, 1), "75", 2147483647, (2020, 1, 1)),
    "new_2026_co2_191": new_vp((2026, 6, 1), "69", 5, 191, 1000, extras=2),
    "new_2026_co2_999": new_vp((2026, 6, 1), "69", 5, 999, 1000),
    "new_2026_co2_1000": new_vp((2026, 6, 1), "69", 5, 1000, 1000),
    "new_2026_co2_negative": new_vp((2026, 6, 1), "69", 5, -1, 1000),
    "new_2022_combined_cap": new_vp((2022, 6, 1), "69", 5, 223, 2000, extras=2),
    "new_2026_mass_99999": new_vp((2026, 6, 1), "69", 5, 100, 99999),
    "new_2026_mass_100000": new_vp((2026, 6, 1), "69", 5, 100, 100000),
    "new_2026_large_family": new_vp((2026, 6, 1), "69", 5, 150, 2100, children=3),
    "new_children_31": new_vp((2026, 6, 1), "69", 5, 150, 2100, children=31),
    "new_legal_person_8_seats": new_vp((2025, 6, 1), "69", 5, 150, 2500, legal=True, seats=8),
    "new_plugin_2024": new_vp((2024, 6, 1), "69", 5, 30, 2000, energy="EE", extras=1),
    "new_e85_2022": new_vp((2022, 6, 1), "69", 5, 230, 1000, energy="FE"),
    "new_2023_price_cap": new_vp((2023, 6, 1), "69", 5, 200, 1000, price=3000000),
    "new_price_negative": new_vp((2023, 6, 1), "69", 5, 200, 1000, price=-1),
    "new_price_max": new_vp((2023, 6, 1), "69", 5, 200, 1000, price=2**63 - 1),
    "new_no_eu_2022": request(on=(2022, 6, 1), dept="69", proc="new", genre="VP", energy="ES", cv=8, mass=1000, no_eu=True),
    "new_no_eu_2025": request(on=(2025, 6, 1), dept="69", proc="new", genre="VP", energy="ES", cv=8, mass=1000, no_eu=True),
    "new_nedc_cycle_2026": new_vp((2026, 6, 1), "69", 5, 150, 1000, cycle="nedc"),
    "import_2025_months": request(on=(2025, 3, 13), dept="69", proc="import", genre="VP", energy="ES", cv=6,
                                  first=(2024, 12, 13), co2=150, mass=1400, extras=3),
    "import_2024_years": request(on=(2024, 6, 1), dept="69", proc="import", genre="VP", energy="ES", cv=6,
                                 first=(2015, 6, 2), co2=150, mass=1400),
    "import_before_2015": request(on=(2025, 6, 1), dept="69", proc="import", genre="VP", energy="ES", cv=6,
                                  first=(2014, 12, 31), co2=150, mass=1400),
    "truck_ptac_3500": request(on=(2026, 6, 1), dept="69", proc="used", genre="CAM", energy="GO", cv=10,
                               first=(2020, 1, 1), ptac=3500),
    "truck_ptac_11000": request(on=(2026, 6, 1), dept="69", proc="used", genre="CAM", energy="GO", cv=10,
                                first=(2020, 1, 1), ptac=11000, extras=2),
    "vasp_no_ptac": request(on=(2026, 6, 1), dept="69", proc="used", genre="VASP", energy="GO", cv=8, first=(2020, 1, 1)),
    "moped_51_cm3": request(on=(2026, 6, 1), dept="13", proc="used", genre="CL", energy="ES", cv=1,
                            first=(2021, 4, 1), cylinder=51),
    "duplicate_fni_old": request(on=(2026, 6, 1), dept="69", proc="duplicate", genre="VP", energy="ES", cv=5,
                                 first=(2005, 1, 1), register="fni"),
    "duplicate_no_register": request(on=(2026, 6, 1), dept="69", proc="duplicate", genre="VP", energy="ES", cv=5,
                                     first=(2020, 1, 1)),
    "address_rank_3": request(on=(2026, 6, 1), dept="69", proc="address", genre="VP", energy="ES", cv=5,
                              first=(2020, 1, 1), register="siv", rank=3),
    "address_rank_4": request(on=(2026, 6, 1), dept="69", proc="address", genre="VP", energy="ES", cv=5,
                              first=(2020, 1, 1), register="siv", rank=4),
    "address_rank_0": request(on=(2026, 6, 1), dept="69", proc="address", genre="VP", energy="ES", cv=5,
                              first=(2020, 1, 1), register="siv", rank=0),
    "w_garage_no_genre": request(on=(2026, 6, 1), dept="75", proc="w-garage", extras=2),
    "collection_too_young": request(on=(2026, 6, 1), dept="69", proc="collection", genre="VP", energy="ES", cv=5,
                                    first=(2000, 1, 1)),
    "collection_1990": request(on=(2026, 6, 1), dept="69", proc="collection", genre="VP", energy="ES", cv=5,
                               first=(1990, 1, 1), register="fni"),
    "enum_procedure_18": request(on=(2026, 6, 1), dept="75", proc=18, genre="VP", energy="ES", cv=5, first=(2020, 1, 1)),
    "enum_genre_200": request(on=(2026, 6, 1), dept="75", proc="used", genre=200, energy="ES", cv=5, first=(2020, 1, 1)),
    "enum_energy_255": request(on=(2026, 6, 1), dept="75", proc="used", genre="VP", energy=255, cv=5, first=(2020, 1, 1)),
    "enum_cycle_2": used((2026, 6, 1), "75", 5, (2020, 1, 1), cycle=2),
    "enum_register_2": used((2026, 6, 1), "75", 5, (2020, 1, 1), register=2),
    "empty_request": request(),
    # The 2027 rules: the hybrid abatement's electric motor, the malus of a car that escaped it, mileage.
    "new_hybrid_2027_no_kw": new_vp((2027, 3, 1), "69", 5, 100, 2000, energy="EH"),
    "new_hybrid_2027_20_kw": new_vp((2027, 3, 1), "69", 5, 100, 2000, energy="EH", electric_kw=20, extras=2),
    "used_later_malus_2027": used((2027, 1, 1), "69", 6, (2020, 6, 1), co2=150, mass=1700, no_malus_at_first=True, extras=3),
    "import_2027_mileage_high": request(on=(2027, 1, 10), dept="13", proc="import", genre="VP", energy="GO", cv=8,
                                        first=(2021, 6, 10), co2=150, cycle="wltp", mass=1900, odometer=200000),
    "date_packed_all_ones": used(("packed", 0xFFFFFFFF), "75", 5, ("packed", (2020 << 16) | (1 << 8) | 1)),
}

CLI_SEEDS = {
    "quote_paris": ["quote", "--department", "75", "--date", "2026-06-01", "--procedure", "used", "--genre", "VP",
                    "--energy", "ES", "--cv", "7", "--first-registration", "2019-05-03"],
    "quote_explain_en_json": ["quote", "--department=69", "--date=2026-06-01", "--procedure=new", "--genre=VP",
                              "--energy=EE", "--cv=5", "--co2=30", "--mass=2000", "--explain", "--lang", "en", "--json"],
    "quote_import": ["quote", "--department", "2B", "--date", "2025-03-13", "--procedure", "import", "--genre", "vp",
                     "--energy", "go", "--cv", "6", "--first-registration", "2024-12-13", "--co2", "150",
                     "--cycle", "wltp", "--mass", "1400"],
    "quote_truck": ["quote", "--department", "974", "--procedure", "used", "--genre", "CAM", "--energy", "GO",
                    "--cv", "10", "--first-registration", "2020-01-01", "--ptac", "11000"],
    "quote_address": ["quote", "--department", "13", "--procedure", "address", "--genre", "VP", "--register", "siv",
                      "--address-change", "4", "--first-registration", "2020-01-01"],
    "quote_w_garage": ["quote", "--department", "75", "--procedure", "w-garage"],
    "quote_family_price": ["quote", "--department", "69", "--date", "2023-06-01", "--procedure", "new", "--genre", "VP",
                           "--energy", "ES", "--cv", "5", "--co2", "200", "--mass", "1900", "--children", "3",
                           "--price", "30000,50", "--legal-person", "--seats", "8"],
    "quote_no_eu": ["quote", "--department", "69", "--date", "2022-06-01", "--procedure", "new", "--genre", "VP",
                    "--energy", "FE", "--cv", "8", "--mass", "1000", "--no-eu-approval", "--wheelchair", "--invalidity"],
    "quote_collection": ["quote", "--department", "1", "--procedure", "collection", "--genre", "VP", "--energy", "ES",
                         "--cv", "5", "--first-registration", "1990-01-01", "--collection", "--demo"],
    "help": ["help"],
    "help_flag_en": ["-h", "--lang", "en"],
    "version": ["--version"],
    "no_command": [],
    "unknown_command": ["qoute"],
    "unknown_option": ["quote", "--departement", "75"],
    "missing_value": ["quote", "--cv"],
    "given_twice": ["quote", "--cv", "5", "--cv", "6"],
    "flag_with_value": ["quote", "--json=yes"],
    "bad_integer": ["quote", "--cv", "7x"],
    "integer_overflow": ["quote", "--cv", "99999999999"],
    "integer_min": ["quote", "--cv", "-2147483648"],
    "bad_price": ["quote", "--price", "12.345"],
    "negative_price": ["quote", "--price", "-3.10"],
    "bad_date_month_13": ["quote", "--date", "2026-13-01"],
    "bad_date_feb_30": ["quote", "--date", "2026-02-30"],
    "bad_date_shape": ["quote", "--date", "1/6/2026"],
    "unknown_department": ["quote", "--department", "20"],
    "unknown_genre": ["quote", "--genre", "CAR"],
    "unknown_energy": ["quote", "--energy", "XX"],
    "unknown_procedure": ["quote", "--procedure", "sell"],
    "bad_cycle": ["quote", "--cycle", "epa"],
    "bad_register": ["quote", "--register", "abc"],
    "bad_lang": ["quote", "--lang", "de"],
    "control_bytes": ["quote", "--department", "7\n5\x01", "--genre", "\x7fVP"],
    "utf8_value": ["quote", "--department", "Hérault", "--energy", "électricité"],
}


def write(directory, name, payload):
    path = os.path.join(HERE, "corpus", directory)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name), "wb") as f:
        f.write(payload)


def main():
    for name, payload in QUOTE_SEEDS.items():
        write("quote_fuzzer", name + ".bin", payload)
    for name, args in CLI_SEEDS.items():
        write("cli_fuzzer", name + ".args", b"\0".join(a.encode() for a in args))
    print(f"{len(QUOTE_SEEDS)} quote_fuzzer seeds, {len(CLI_SEEDS)} cli_fuzzer seeds")


if __name__ == "__main__":
    main()
