"""Conan 2 recipe for cartegrise, kept with the sources: `conan create .` packages the working tree.

Header-only: the package is the headers and the licence, one package for every configuration.
The version is read from include/cartegrise/version.hpp, the single source of truth.
"""
import os
import re

from conan import ConanFile
from conan.errors import ConanException, ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout
from conan.tools.scm import Version

# 2.0.8: the first Conan that honours cmake_config_version_compat (package_info); an older one would ignore
# the compatibility the recipe states.
required_conan_version = ">=2.0.8"


class CartegriseConan(ConanFile):
    name = "cartegrise"
    description = "French vehicle registration fee (carte grise), header-only and constexpr"
    license = "BSL-1.0"
    homepage = "https://github.com/cartegrise/cartegrise"
    url = "https://github.com/cartegrise/cartegrise"
    topics = ("vehicle-registration", "tax", "france", "constexpr", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
    no_copy_source = True

    @property
    def _min_cppstd(self):
        return 17

    @property
    def _compilers_minimum_version(self):
        # Full C++17 language support, constexpr included.
        return {
            "gcc": "8",
            "clang": "7",
            "apple-clang": "12",
            "msvc": "192",
        }

    def set_version(self):
        text = load(self, os.path.join(self.recipe_folder, "include", "cartegrise", "version.hpp"))
        parts = []
        for part in ("MAJOR", "MINOR", "PATCH"):
            match = re.search(r"#define\s+CARTEGRISE_VERSION_%s\s+(\d+)" % part, text)
            if not match:
                raise ConanException("CARTEGRISE_VERSION_%s not found in version.hpp" % part)
            parts.append(match.group(1))
        header = ".".join(parts)
        # `conan create . --version X`: X must be the header's version, or the package would be named
        # for an API it does not hold.
        given = getattr(self, "version", None)
        if given is not None and str(given) != header:
            raise ConanException(f"--version {given} differs from version.hpp ({header}): the version lives in the header")
        self.version = header

    def layout(self):
        basic_layout(self)

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, self._min_cppstd)
        minimum = self._compilers_minimum_version.get(str(self.settings.compiler))
        if minimum and Version(self.settings.compiler.version) < minimum:
            raise ConanInvalidConfiguration(
                f"{self.ref} requires C++{self._min_cppstd}, which {self.settings.compiler} "
                f"{self.settings.compiler.version} does not fully support"
            )

    def build(self):
        pass

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        copy(
            self,
            "*.hpp",
            os.path.join(self.source_folder, "include"),
            os.path.join(self.package_folder, "include"),
        )

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "cartegrise")
        # The installed package accepts the same major version (1.x keeps the API, docs/api.md), as the
        # CMake package does; said here so that the two never drift apart.
        self.cpp_info.set_property("cmake_config_version_compat", "SameMajorVersion")
        self.cpp_info.set_property("cmake_target_name", "cartegrise::cartegrise")
        self.cpp_info.set_property("pkg_config_name", "cartegrise")
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
