#!/usr/bin/env bash
# Adds an AOT cache (JDK 25 AppCDS: classes loaded and linked ahead of time, JEP 483/514) to the
# desktop launcher of a jpackage app image, made by one training run of the image itself under X:
#   1. run bin/SovereignVault once with -XX:AOTCacheOutput (fresh empty vault, first-run screen,
#      -Dsvault.firstFrame=exit quits after the first rendered frame),
#   2. append -XX:AOTCache=$APPDIR/svault.aot to the launcher's .cfg (the jpackage launcher expands
#      $APPDIR to the installed lib/app folder).
# The cache is tied to these exact jars and this jlinked runtime (sizes and mtimes are checked; the
# DEB keeps both), so it is trained after the image is final. If it ever does not match, the JVM
# starts without it (AOTMode=auto): slower, never broken.
# Usage: aot-cache.sh IMAGE_DIR   (IMAGE_DIR = .../SovereignVault). Needs DISPLAY or Xvfb.
# SVAULT_AOT_CACHE=off skips it (a build machine without any X server).
set -euo pipefail
IMG="$1"
CFG="$IMG/lib/app/SovereignVault.cfg"; CACHE="$IMG/lib/app/svault.aot"
[ -f "$CFG" ] || { echo "aot-cache: no launcher config at $CFG" >&2; exit 3; }
if [ "${SVAULT_AOT_CACHE:-on}" = off ]; then echo "aot-cache: skipped (SVAULT_AOT_CACHE=off)"; exit 0; fi

T="$(mktemp -d)"; XPID=""
cleanup() { [ -n "$XPID" ] && kill "$XPID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "aot-cache: needs DISPLAY or Xvfb (or SVAULT_AOT_CACHE=off)" >&2; exit 3; }
  # -displayfd: Xvfb picks a free display number and writes it to fd 3 when ready.
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$T/display" >/dev/null 2>&1 & XPID=$!
  for _ in $(seq 1 50); do [ -s "$T/display" ] && break; sleep 0.2; done
  export DISPLAY=":$(head -1 "$T/display")"
fi

rm -f "$CACHE"
mkdir -p "$T/vault"
# JAVA_TOOL_OPTIONS reaches the JVM the launcher starts (and the child JVM that assembles the cache).
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$CACHE -Dsvault.firstFrame=exit" \
  timeout 600 "$IMG/bin/SovereignVault" --vault "$T/vault" >"$T/train.log" 2>&1 || {
    echo "aot-cache: training run failed:" >&2; cat "$T/train.log" >&2; exit 3; }
grep -q '^svault-first-frame ' "$T/train.log" && [ -s "$CACHE" ] || {
  echo "aot-cache: the training run drew no frame or wrote no cache:" >&2; cat "$T/train.log" >&2; exit 3; }
chmod 644 "$CACHE"
# jpackage writes the [JavaOptions] section last, so an appended line belongs to it.
[ "$(awk '/^\[/{s=$0} END{print s}' "$CFG")" = "[JavaOptions]" ] || { echo "aot-cache: [JavaOptions] is not the last section of $CFG" >&2; exit 3; }
printf 'java-options=-XX:AOTCache=$APPDIR/svault.aot\n' >> "$CFG"
echo "aot-cache: $(du -h "$CACHE" | cut -f1) $CACHE"
