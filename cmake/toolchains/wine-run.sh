#!/bin/sh
# Runs a Windows program under Wine: the CMAKE_CROSSCOMPILING_EMULATOR of mingw-w64-x86_64.cmake.
#   wine-run.sh WINEPREFIX PROGRAM.exe [ARG...]
# - a Wine prefix of its own (the build tree's, never ~/.wine), created once: the first `wineboot --init`
#   takes 10 to 60 s; concurrent callers (ctest -j) wait for it under a lock;
# - one Wine server for a whole test run: started here, persistent until no program has run for
#   CARTEGRISE_WINESERVER_PERSIST seconds (default 15), with Wine's system processes (services.exe,
#   explorer.exe…) started at once with /dev/null as their streams. Without this, the server that Wine
#   starts itself (on Debian, with -p0) shuts down as soon as a program ends, so nearly every test starts
#   a new one, and a program that connects while the old one is closing dies silently (exit 1, no
#   output: about one run in a thousand). And the system processes inherit the streams of the program
#   that started them, so a caller reading those streams to their end waits for the server to exit;
# - address space randomisation off for Wine (setarch -R, when it works). Debian's wine64 loader is not
#   position-independent and runs without a preloader: it sits at 0x7d000000, the kernel (6.x) puts the
#   start of its heap anywhere in the next GiB, and when the heap covers 0x7ffe0000 Wine cannot map the
#   shared user data there and the program dies before main (exit 1, no output; "failed to map the
#   shared user data: c0000018" under WINEDEBUG=err+virtual): about one run in a thousand;
# - WINEDEBUG=-all: Wine's own diagnostics would pollute the program's stderr, which the tests read;
# - a UTF-8 locale, so that Wine decodes the Unix arguments as UTF-8 (C.UTF-8 when none is set);
# - the program's exit status is returned unchanged.
# Environment: CARTEGRISE_WINEPREFIX (another prefix), WINE (the Wine loader; default: wine, wine64,
# /usr/lib/wine/wine64), WINESERVER (its server; default: wineserver, /usr/lib/wine/wineserver64),
# CARTEGRISE_WINESERVER_PERSIST (seconds), CARTEGRISE_WINEBOOT_TIMEOUT (seconds, default 300).
set -eu

if [ $# -lt 2 ]; then
  echo "usage: wine-run.sh WINEPREFIX PROGRAM [ARG...]" >&2
  exit 2
fi
prefix=${CARTEGRISE_WINEPREFIX:-$1}
shift
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac

WINEPREFIX=$prefix
WINEDEBUG=-all
# No Mono or Gecko: a console program needs neither, and their installers would stall wineboot.
WINEDLLOVERRIDES="mscoree,mshtml="
export WINEPREFIX WINEDEBUG WINEDLLOVERRIDES
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8* | *utf-8* | *UTF8* | *utf8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac

wine=${WINE:-}
if [ -z "$wine" ]; then
  for candidate in wine wine64 /usr/lib/wine/wine64; do
    if command -v "$candidate" >/dev/null 2>&1; then
      wine=$candidate
      break
    fi
  done
fi
if [ -z "$wine" ]; then
  echo "wine-run.sh: Wine is not installed (Debian: apt-get install wine64)" >&2
  exit 127
fi
fixed=""
if command -v setarch >/dev/null 2>&1 && setarch "$(uname -m)" -R true 2>/dev/null; then
  fixed="setarch $(uname -m) -R"
fi

server=${WINESERVER:-}
if [ -z "$server" ]; then
  server=$(command -v wineserver 2>/dev/null || true)
  [ -z "$server" ] && [ -x /usr/lib/wine/wineserver64 ] && server=/usr/lib/wine/wineserver64
fi

stamp="$prefix/.cartegrise-initialised"
limit=${CARTEGRISE_WINEBOOT_TIMEOUT:-300}
runner=""
command -v timeout >/dev/null 2>&1 && runner="timeout $limit"

# Creates the prefix. A failed or interrupted attempt leaves no stamp, and the next caller runs
# `wineboot --init` again (it completes an existing prefix; nothing is ever deleted).
initialise() {
  [ -f "$stamp" ] && return 0
  mkdir -p "$prefix"
  log="$prefix.log"
  if ! $runner $fixed "$wine" wineboot --init >"$log" 2>&1 9>&-; then
    echo "wine-run.sh: 'wineboot --init' failed for $prefix; its output:" >&2
    cat "$log" >&2
    return 1
  fi
  # wineboot returns before the services it started are done with the registry: wait for the server.
  if [ -n "$server" ]; then
    $runner "$server" -w >>"$log" 2>&1 9>&- || true
  fi
  if [ ! -f "$prefix/system.reg" ]; then
    echo "wine-run.sh: $prefix has no system.reg after 'wineboot --init'; its output:" >&2
    cat "$log" >&2
    return 1
  fi
  touch "$stamp"
}

# Starts the persistent server and the system processes, unless a server runs already (exit status 2).
# (Debian's `wineserver` script adds -p0 itself, which is why the server Wine starts never persists; a
# later -p wins.)
start_server() {
  [ -n "$server" ] || return 0
  if "$server" -p"${CARTEGRISE_WINESERVER_PERSIST:-15}" </dev/null >/dev/null 2>&1 9>&-; then
    $runner $fixed "$wine" cmd /c exit 0 </dev/null >/dev/null 2>&1 9>&- || true
  fi
}

prepare() {
  initialise
  start_server
}

mkdir -p "$(dirname "$prefix")"
lock="$prefix.lock"
if command -v flock >/dev/null 2>&1; then
  # The subshell holds the lock on descriptor 9 until prepare returns. The server and the processes
  # that outlive the subshell must not inherit descriptor 9 (9>&- above), or they would hold the lock.
  (
    flock 9
    prepare
  ) 9>"$lock"
else
  # No flock: a directory as the lock (mkdir is atomic); a stale one is removed after 10 minutes.
  waited=0
  until mkdir "$lock.d" 2>/dev/null; do
    sleep 1
    waited=$((waited + 1))
    if [ "$waited" -ge 600 ]; then
      rmdir "$lock.d" 2>/dev/null || true
      waited=0
    fi
  done
  status=0
  prepare || status=$?
  rmdir "$lock.d"
  [ "$status" -eq 0 ] || exit "$status"
fi

exec $fixed "$wine" "$@"
