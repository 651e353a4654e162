#!/usr/bin/env bash
# Offline verifier benchmarks for issue #2 (docs/BENCHMARKS.md, "MVP-LOCAL offline verifier"):
# `java -jar verifier.jar` on Java 17 over 20,000 receipts against the floor
# 20000 / (openssl speed ed25519 verify/s) measured in the same window, and 100,000 receipts
# with -Xmx128m (peak RSS). Prints the load average before and after: the figures only mean
# something on an otherwise idle machine.
# Usage: bench/verifier/run.sh [WORKDIR]   (needs: hyperfine, openssl, a Java 17 runtime)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${1:-$ROOT/target/bench}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
J17="${J17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
cd "$ROOT"
./mvnw -B -q -pl verifier -am package -DskipTests >/dev/null   # the jar and BundleBench (test classes)
JAR="$ROOT/verifier/target/verifier-0.1.0-SNAPSHOT-standalone.jar"
if [ ! -f "$WORK/bench-20000.zip" ] || [ ! -f "$WORK/bench-100000.zip" ]; then
  CP="crypto-core/target/classes:bundle/target/classes:bundle/target/test-classes:verifier/target/classes:verifier/target/test-classes"
  CP="$CP:$(ls ~/.m2/repository/com/fasterxml/jackson/core/*/2.20*/*.jar ~/.m2/repository/org/bouncycastle/*/1.82/*.jar | tr '\n' ':')"
  "$JAVA_HOME/bin/java" -cp "$CP" ai.attested.verifier.bench.BundleBench "$WORK" 20000 100000
fi
echo "== $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg); $("$J17" -version 2>&1 | head -1); jar $(stat -c %s "$JAR") bytes"
openssl speed -seconds 3 ed25519 2>/dev/null | tail -1
hyperfine -N --warmup 1 --runs 10 --export-json "$WORK/verify-20000.json" "$J17 -jar $JAR $WORK/bench-20000.zip"
openssl speed -seconds 3 ed25519 2>/dev/null | tail -1
/usr/bin/time -f "100,000 receipts, -Xmx128m: %e s wall, %U s user, %S s sys, peak RSS %M kB" \
  "$J17" -Xmx128m -jar "$JAR" "$WORK/bench-100000.zip" | tail -1
echo "== $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)"
