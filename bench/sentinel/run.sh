#!/usr/bin/env bash
# Sentinel benchmarks (docs/BENCHMARKS.md, "Sentinel"): baseline and re-check of a 10,000-file
# tree against AIDE (sha256 only), then drift-detection latency and idle CPU of a live sentinel.
# Usage: bench/sentinel/run.sh [WORKDIR]   (needs: aide, hyperfine; ~2 GB free in WORKDIR)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${1:-/tmp/svault-sentinel-bench}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
cd "$ROOT"
./mvnw -B -q -pl app -am package -DskipTests >/dev/null   # also compiles the benchmark (test classes)
CP="app/target/test-classes:app/target/classes:$(ls app/target/lib/*.jar | tr '\n' ':')"
JAR="$ROOT/app/target/svault.jar"
SV="$JAVA --enable-native-access=ALL-UNNAMED -jar $JAR"
TREE="$WORK/tree"

if [ ! -d "$TREE" ]; then
  "$JAVA" -cp "$CP" ai.attested.app.sentinel.bench.SentinelBenchmark tree "$TREE" 10000 102400
fi
cat "$TREE"/*/* > /dev/null   # page cache warm for every tool alike

mkdir -p "$WORK/aide"
cat > "$WORK/aide/aide.conf" <<CONF
database_in=file:$WORK/aide/aide.db
database_out=file:$WORK/aide/aide.db.new
gzip_dbout=no
report_url=stdout
S = sha256
$TREE S
CONF
AIDE="aide -c $WORK/aide/aide.conf"
$AIDE --init >/dev/null 2>&1 || true
cp "$WORK/aide/aide.db.new" "$WORK/aide/aide.db"

echo "== baseline: svault policy create vs aide --init"
hyperfine -N -i --warmup 1 --runs 5 --export-json "$WORK/baseline.json" \
  "$SV policy create --watch $TREE --out $WORK/policy.json --test-key --created-at 2026-02-11T12:00:00.000Z" \
  "$AIDE --init"
echo "== re-check (full rehash): svault policy check vs aide --check"
hyperfine -N -i --warmup 1 --runs 5 --export-json "$WORK/check.json" \
  "$SV policy check --policy $WORK/policy.json" \
  "$AIDE --check"

echo "== live sentinel: idle CPU (60 s) and drift-detection latency at 250 ms"
rm -rf "$WORK/live"
"$JAVA" -cp "$CP" ai.attested.app.sentinel.bench.SentinelBenchmark live "$JAR" "$TREE" "$WORK/live" 60 20
rm -rf "$TREE"   # the live run changed 20 files; the next run starts from a fresh tree
