#!/usr/bin/env python3
"""Packaging checks that need neither vcpkg nor Conan.

  versions     SOURCE_DIR CMAKE_VERSION  one version in version.hpp, CMake, the port and the recipe
  vcpkg-port   SOURCE_DIR                the overlay port keeps the conventions of the vcpkg registry
  conan-recipe SOURCE_DIR WORK_DIR       runs the recipe's methods against a minimal stand-in of the
                                         `conan` module: set_version, package, package_id, package_info

The stand-in implements only what the recipe calls, with Conan 2's documented behaviour (copy() matches
fnmatch patterns on paths relative to src, recursively). It proves the recipe's own logic; that the recipe
fits the real client is for `conan create .` to say.
"""
import fnmatch
import json
import os
import re
import shutil
import sys
import types

sys.dont_write_bytecode = True

PORT = os.path.join("packaging", "vcpkg", "cartegrise")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def header_version(source_dir):
    with open(os.path.join(source_dir, "include", "cartegrise", "version.hpp"), encoding="utf-8") as f:
        text = f.read()
    parts = []
    for part in ("MAJOR", "MINOR", "PATCH"):
        match = re.search(r"#define\s+CARTEGRISE_VERSION_%s\s+(\d+)" % part, text)
        if not match:
            sys.exit("version.hpp: no CARTEGRISE_VERSION_%s" % part)
        parts.append(match.group(1))
    string = re.search(r'#define\s+CARTEGRISE_VERSION_STRING\s+"([^"]*)"', text)
    return ".".join(parts), string.group(1) if string else None


# ---- A stand-in for the parts of the `conan` package the recipe imports -------------------------------
class ConanException(Exception):
    pass


class ConanInvalidConfiguration(ConanException):
    pass


class _Version:
    def __init__(self, text):
        self.parts = tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\-+]", str(text)))

    def _cmp(self, other):
        other = other if isinstance(other, _Version) else _Version(other)
        return (self.parts > other.parts) - (self.parts < other.parts)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __ge__(self, other):
        return self._cmp(other) >= 0


class _Setting(str):
    """A setting value: a str with sub-settings as attributes (compiler.version, compiler.cppstd)."""


class _CppInfo:
    def __init__(self):
        self.properties = {}
        self.bindirs = ["bin"]
        self.libdirs = ["lib"]
        self.includedirs = ["include"]

    def set_property(self, name, value):
        self.properties[name] = value


class _Info:
    def __init__(self):
        self.settings = {"os": "Linux", "compiler": "gcc"}
        self.options = {}
        self.requires = {}

    def clear(self):
        self.settings, self.options, self.requires = {}, {}, {}


class _ConanFile:
    def __init__(self):
        self.cpp_info = _CppInfo()
        self.info = _Info()
        self.ref = "%s/%s" % (getattr(self, "name", "?"), getattr(self, "version", "?"))


def _copy(conanfile, pattern, src, dst, keep_path=True, excludes=None, ignore_case=True):
    # Walk only below the pattern's literal directories ("include/*" walks include/), not a whole checkout.
    literal = []
    for part in pattern.split("/")[:-1]:
        if any(c in part for c in "*?["):
            break
        literal.append(part)
    copied = []
    for root, _, files in os.walk(os.path.join(src, *literal)):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), src).replace(os.sep, "/")
            if fnmatch.fnmatch(rel, pattern):
                target = os.path.join(dst, rel if keep_path else name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy2(os.path.join(root, name), target)
                copied.append(target)
    return copied


def _load(conanfile, path, encoding="utf-8"):
    with open(path, encoding=encoding) as f:
        return f.read()


def _check_min_cppstd(conanfile, cppstd, gnu_extensions=False):
    actual = str(conanfile.settings.compiler.cppstd).replace("gnu", "")
    if int(actual) < int(cppstd):
        raise ConanInvalidConfiguration("needs C++%s, got C++%s" % (cppstd, actual))


def install_conan_stand_in():
    modules = {
        "conan": {"ConanFile": _ConanFile},
        "conan.errors": {"ConanException": ConanException, "ConanInvalidConfiguration": ConanInvalidConfiguration},
        "conan.tools": {},
        "conan.tools.build": {"check_min_cppstd": _check_min_cppstd, "can_run": lambda conanfile: True},
        "conan.tools.files": {"copy": _copy, "load": _load, "get": None},
        "conan.tools.layout": {"basic_layout": lambda conanfile, src_folder=".": None},
        "conan.tools.cmake": {"CMake": None, "cmake_layout": lambda conanfile: None},
        "conan.tools.scm": {"Version": _Version},
    }
    for name, attrs in modules.items():
        module = types.ModuleType(name)
        module.__dict__.update(attrs)
        sys.modules[name] = module


def load_recipe(path, class_name=None):
    install_conan_stand_in()
    namespace = {"__file__": path, "__name__": "recipe_under_test"}
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), namespace)
    classes = [v for v in namespace.values() if isinstance(v, type) and issubclass(v, _ConanFile) and v is not _ConanFile]
    if len(classes) != 1:
        sys.exit("%s: expected exactly one ConanFile subclass, found %d" % (path, len(classes)))
    return namespace, classes[0]


def recipe_version(source_dir):
    _, recipe_class = load_recipe(os.path.join(source_dir, "conanfile.py"))
    recipe = recipe_class()
    recipe.recipe_folder = source_dir
    recipe.set_version()
    return recipe.version


# ---- versions ------------------------------------------------------------------------------------------
def versions(source_dir, cmake_version):
    header, header_string = header_version(source_dir)
    with open(os.path.join(source_dir, PORT, "vcpkg.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    port = manifest.get("version") or manifest.get("version-semver") or manifest.get("version-string")
    recipe = recipe_version(source_dir)
    found = {
        "version.hpp (MAJOR.MINOR.PATCH)": header,
        "version.hpp (CARTEGRISE_VERSION_STRING)": header_string,
        "CMake (PROJECT_VERSION)": cmake_version,
        "vcpkg.json": port,
        "conanfile.py (set_version)": recipe,
    }
    for where, value in found.items():
        print("%-42s %s" % (where, value))
        check(value == header, "%s says %s, version.hpp says %s" % (where, value, header))


# ---- vcpkg-port ----------------------------------------------------------------------------------------
def vcpkg_port(source_dir):
    port_dir = os.path.join(source_dir, PORT)
    with open(os.path.join(port_dir, "vcpkg.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    check(manifest.get("name") == "cartegrise", "vcpkg.json: name must be cartegrise")
    check(manifest.get("license") == "BSL-1.0", "vcpkg.json: license must be the SPDX id BSL-1.0")
    deps = {d["name"]: d for d in manifest.get("dependencies", []) if isinstance(d, dict)}
    for host in ("vcpkg-cmake", "vcpkg-cmake-config"):
        check(deps.get(host, {}).get("host") is True, "vcpkg.json: %s must be a host dependency" % host)
    check(os.path.isfile(os.path.join(port_dir, "usage")), "the port has no usage file")

    with open(os.path.join(port_dir, "portfile.cmake"), encoding="utf-8") as f:
        portfile = f.read()
    code = "\n".join(line.split("#", 1)[0] for line in portfile.splitlines())  # comments out
    expectations = [
        (r"set\(VCPKG_BUILD_TYPE release\)", "release-only build (header-only)"),
        (r"vcpkg_from_github\(\s*OUT_SOURCE_PATH SOURCE_PATH\s+REPO cartegrise/cartegrise\s+REF \"v\$\{VERSION\}\"\s+SHA512 [0-9a-f]+\s+HEAD_REF main\s*\)",
         "vcpkg_from_github() of tag v${VERSION} with SHA512 and HEAD_REF"),
        (r"CARTEGRISE_SOURCE_DIR", "the working-tree switch CARTEGRISE_SOURCE_DIR"),
        (r"vcpkg_cmake_configure\(\s*SOURCE_PATH \"\$\{SOURCE_PATH\}\"", "vcpkg_cmake_configure(SOURCE_PATH ...)"),
        (r"vcpkg_cmake_install\(\)", "vcpkg_cmake_install()"),
        (r"vcpkg_cmake_config_fixup\(CONFIG_PATH share/cmake/cartegrise\)", "config fixup from share/cmake/cartegrise"),
        (r"vcpkg_fixup_pkgconfig\(\)", "vcpkg_fixup_pkgconfig()"),
        (r"vcpkg_install_copyright\(FILE_LIST \"\$\{SOURCE_PATH\}/LICENSE\"\)", "copyright from LICENSE"),
        (r"file\(INSTALL \"\$\{CMAKE_CURRENT_LIST_DIR\}/usage\" DESTINATION \"\$\{CURRENT_PACKAGES_DIR\}/share/\$\{PORT\}\"\)",
         "usage installed to share/${PORT}"),
    ]
    for pattern, what in expectations:
        check(re.search(pattern, code), "portfile.cmake: expected %s" % what)
    for option in ("TESTS", "EXAMPLES", "BENCH", "CLI"):
        check("-DCARTEGRISE_BUILD_%s=OFF" % option in code, "portfile.cmake: -DCARTEGRISE_BUILD_%s=OFF missing" % option)
    # Deprecated helpers the registry's reviewers reject.
    for old in ("vcpkg_configure_cmake", "vcpkg_install_cmake", "vcpkg_fixup_cmake_targets"):
        check(old not in code, "portfile.cmake: %s is deprecated" % old)
    # Every option the top-level CMakeLists offers is one the port may set; no typo passes silently.
    with open(os.path.join(source_dir, "CMakeLists.txt"), encoding="utf-8") as f:
        declared = set(re.findall(r"option\((CARTEGRISE_[A-Z_]+)", f.read()))
    for name in re.findall(r"-D(CARTEGRISE_[A-Z_]+)=", code):
        check(name in declared, "portfile.cmake passes -D%s, which CMakeLists.txt does not declare" % name)
    # The overlay triplets pass CARTEGRISE_SOURCE_DIR through VCPKG_ENV_PASSTHROUGH, whose values vcpkg hashes
    # into the ABI: a working-tree build and a release build never share a binary-cache entry.
    triplets_dir = os.path.join(source_dir, "packaging", "vcpkg-triplets")
    triplets = sorted(f for f in os.listdir(triplets_dir) if f.endswith(".cmake")) if os.path.isdir(triplets_dir) else []
    check(triplets, "packaging/vcpkg-triplets: no overlay triplet")
    for name in triplets:
        with open(os.path.join(triplets_dir, name), encoding="utf-8") as f:
            text = f.read()
        check(re.search(r"set\(VCPKG_ENV_PASSTHROUGH[^)]*\bCARTEGRISE_SOURCE_DIR\b", text),
              "%s: CARTEGRISE_SOURCE_DIR must be in VCPKG_ENV_PASSTHROUGH (not _UNTRACKED)" % name)
    print("vcpkg port %s: portfile, manifest, usage and %d triplets checked" % (manifest.get("version"), len(triplets)))


# ---- conan-recipe --------------------------------------------------------------------------------------
def conan_recipe(source_dir, work_dir):
    namespace, recipe_class = load_recipe(os.path.join(source_dir, "conanfile.py"))
    recipe = recipe_class()
    recipe.recipe_folder = source_dir
    recipe.set_version()
    header, _ = header_version(source_dir)
    check(recipe.version == header, "set_version() gives %s, version.hpp %s" % (recipe.version, header))
    check(recipe.name == "cartegrise", "name must be cartegrise")
    check(recipe.package_type == "header-library", "package_type must be header-library")
    check(recipe.license == "BSL-1.0", "license must be the SPDX id BSL-1.0")
    check(getattr(recipe, "no_copy_source", False), "no_copy_source should be True for a header-only package")
    check(namespace.get("required_conan_version", "").startswith(">=2"), "required_conan_version must ask for Conan 2")
    # cmake_config_version_compat (SameMajorVersion, package_info) appeared in Conan 2.0.8: an older client
    # ignores it.
    wanted = namespace.get("required_conan_version", "").lstrip(">=").split(".")
    check([int(x) for x in wanted] + [0] * (3 - len(wanted)) >= [2, 0, 8],
          "required_conan_version must be >=2.0.8 (cmake_config_version_compat)")
    # `conan create . --version X` with an X other than the header's is refused, not packaged as X.
    other = recipe_class()
    other.recipe_folder = source_dir
    other.version = "0.0.1"
    try:
        other.set_version()
        check(False, "set_version() accepts --version 0.0.1 while version.hpp says %s" % header)
    except Exception as e:  # the recipe raises ConanException
        check("0.0.1" in str(e), "set_version()'s refusal should name the version given: %s" % e)
    same = recipe_class()
    same.recipe_folder = source_dir
    same.version = header
    same.set_version()
    check(same.version == header, "set_version() must accept --version %s" % header)

    # exports_sources: the headers and the licence, nothing that would change the recipe revision needlessly.
    exports = recipe.exports_sources
    exports = [exports] if isinstance(exports, str) else list(exports)
    for wanted in ("include/*", "LICENSE"):
        check(wanted in exports, "exports_sources must list %s" % wanted)

    # package(): run it from a tree holding only what exports_sources exports, as Conan does.
    shutil.rmtree(work_dir, ignore_errors=True)
    exported = os.path.join(work_dir, "export_source")
    for pattern in exports:
        _copy(recipe, pattern, source_dir, exported)
    recipe.source_folder = exported
    recipe.package_folder = os.path.join(work_dir, "package")
    recipe.build()
    recipe.package()
    packaged = sorted(
        os.path.relpath(os.path.join(root, name), recipe.package_folder).replace(os.sep, "/")
        for root, _, files in os.walk(recipe.package_folder) for name in files)
    headers = sorted(
        "include/" + os.path.relpath(os.path.join(root, name), os.path.join(source_dir, "include")).replace(os.sep, "/")
        for root, _, files in os.walk(os.path.join(source_dir, "include")) for name in files if name.endswith(".hpp"))
    check(packaged == sorted(headers + ["licenses/LICENSE"]),
          "package() layout differs from include/*.hpp + licenses/LICENSE:\n  %s" % "\n  ".join(packaged))

    # package_id(): one package for every configuration.
    recipe.package_id()
    check(recipe.info.settings == {} and recipe.info.options == {}, "package_id() must clear info")

    # package_info(): the names consumers write.
    recipe.package_info()
    props = recipe.cpp_info.properties
    check(props.get("cmake_file_name") == "cartegrise", "cmake_file_name must be cartegrise")
    check(props.get("cmake_target_name") == "cartegrise::cartegrise", "cmake_target_name must be cartegrise::cartegrise")
    check(props.get("pkg_config_name") == "cartegrise", "pkg_config_name must be cartegrise")
    check(recipe.cpp_info.bindirs == [] and recipe.cpp_info.libdirs == [], "bindirs and libdirs must be empty")

    # validate(): C++17 accepted, C++14 refused, an old compiler refused.
    def settings(compiler, version, cppstd):
        c = _Setting(compiler)
        c.version, c.cppstd = _Setting(version), _Setting(cppstd)
        return types.SimpleNamespace(compiler=c, os=_Setting("Linux"), arch=_Setting("x86_64"))

    def refused(s):
        recipe.settings = s
        try:
            recipe.validate()
        except ConanInvalidConfiguration:
            return True
        return False

    check(not refused(settings("gcc", "12", "17")), "validate() refuses gcc 12, C++17")
    check(not refused(settings("clang", "14", "20")), "validate() refuses clang 14, C++20")
    check(refused(settings("gcc", "12", "14")), "validate() accepts C++14")
    check(refused(settings("gcc", "5", "17")), "validate() accepts gcc 5")

    # test_package: a Conan 2 test_package, built with CMakeDeps + CMakeToolchain.
    _, test_class = load_recipe(os.path.join(source_dir, "test_package", "conanfile.py"))
    generators = getattr(test_class, "generators", ())
    for generator in ("CMakeDeps", "CMakeToolchain"):
        check(generator in generators, "test_package: generator %s missing" % generator)
    for method in ("requirements", "layout", "build", "test"):
        check(callable(getattr(test_class, method, None)), "test_package: no %s()" % method)
    print("conan recipe %s/%s: %d files packaged" % (recipe.name, recipe.version, len(packaged)))


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    command, source_dir = argv[1], os.path.abspath(argv[2])
    if command == "versions" and len(argv) == 4:
        versions(source_dir, argv[3])
    elif command == "vcpkg-port" and len(argv) == 3:
        vcpkg_port(source_dir)
    elif command == "conan-recipe" and len(argv) == 4:
        conan_recipe(source_dir, os.path.abspath(argv[3]))
    else:
        sys.exit(__doc__)
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
