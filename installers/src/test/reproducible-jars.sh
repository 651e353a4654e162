#!/usr/bin/env bash
# Builds every module's jar twice from the same commit in two clean clones and compares them
# byte for byte (project.build.outputTimestamp fixes entry times; see docs/RELEASING.md).
# The installers module is not built here: its DEB holds the desktop app's AOT cache
# (lib/app/svault.aot), which can differ between builds (it records what one timed training run
# loaded and linked; decision 0085). The jars that go into the DEB, and from which the cache is
# trained, are the ones compared.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
for n in 1 2; do
  git clone -q "$ROOT" "$T/b$n"
  (cd "$T/b$n" && ./mvnw -B -q package -DskipTests -pl app,ui -am >/dev/null 2>&1)
done
fail=0
for j in $(cd "$T/b1" && find . -path '*/target/*.jar' -not -path '*/lib/*' | sort); do
  a="$(sha256sum "$T/b1/$j" | cut -d' ' -f1)"; b="$(sha256sum "$T/b2/$j" | cut -d' ' -f1)"
  if [ "$a" = "$b" ]; then echo "identical  $a  $j"; else echo "DIFFERENT  $j"; fail=1; fi
done
exit $fail
