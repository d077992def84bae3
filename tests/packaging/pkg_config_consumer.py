#!/usr/bin/env python3
"""pkg-config consumer: install the build tree into a fresh prefix with `cmake --install --prefix` (a prefix
other than the configured CMAKE_INSTALL_PREFIX, so a hard-coded prefix in cartegrise.pc shows), then compile
and run a program with the flags `pkg-config --cflags cartegrise` gives, found through
PKG_CONFIG_PATH=<prefix>/share/pkgconfig. Exits 77 (skipped) only when pkg-config is not installed.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys

SKIP = 77


def run(what, cmd, env=None):
    result = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit("%s failed (%d): %s\n%s" % (what, result.returncode, " ".join(cmd), result.stdout))
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    for name in ("--cmake", "--build-dir", "--cxx", "--source", "--work-dir", "--version"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()

    pkg_config = os.environ.get("PKG_CONFIG") or shutil.which("pkg-config") or shutil.which("pkgconf")
    if not pkg_config:
        print("pkg-config is not installed: skipped")
        return SKIP

    shutil.rmtree(args.work_dir, ignore_errors=True)
    prefix = os.path.join(args.work_dir, "prefix")
    run("install", [args.cmake, "--install", args.build_dir, "--prefix", prefix])

    env = dict(os.environ)
    env["PKG_CONFIG_PATH"] = os.path.join(prefix, "share", "pkgconfig")
    for var in ("PKG_CONFIG_SYSROOT_DIR", "PKG_CONFIG_ALLOW_SYSTEM_CFLAGS"):
        env.pop(var, None)
    version = run("pkg-config --modversion", [pkg_config, "--modversion", "cartegrise"], env).strip()
    if version != args.version:
        sys.exit("pkg-config --modversion cartegrise says %s, the build is %s" % (version, args.version))
    cflags = shlex.split(run("pkg-config --cflags", [pkg_config, "--cflags", "cartegrise"], env))
    libs = run("pkg-config --libs", [pkg_config, "--libs", "cartegrise"], env).strip()
    print("pkg-config --cflags cartegrise: %s" % " ".join(cflags))

    # Header-only: the include directory of this prefix and nothing else, no libraries.
    includes = [f[2:] for f in cflags if f.startswith("-I")]
    if len(includes) != 1 or len(cflags) != 1:
        sys.exit("Cflags should be exactly one -I, got: %s" % cflags)
    if os.path.realpath(includes[0]) != os.path.realpath(os.path.join(prefix, "include")):
        sys.exit("Cflags point at %s, not at %s/include" % (includes[0], prefix))
    if libs:
        sys.exit("Libs should be empty for a header-only package, got: %s" % libs)

    exe = os.path.join(args.work_dir, "pkg_config_consumer")
    run("compile", [args.cxx, "-std=c++17", *cflags, args.source, "-o", exe])
    output = run("run", [exe])
    print(output.strip())
    if "Y.6 = 496,76" not in output or args.version not in output:
        sys.exit("unexpected output: %s" % output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
