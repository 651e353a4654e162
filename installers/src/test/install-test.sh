#!/usr/bin/env bash
# Installs the DEB built by `./mvnw -B -pl installers -am package`, uses the installed binaries
# like an operator would (version, vault, seal, export, verify, golden run, desktop app under Xvfb),
# then removes the package and checks that it is gone. Needs root (or sudo) and apt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
DEB="$(ls "$ROOT"/installers/target/sovereign-vault_*.deb | head -1)"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
step() { echo; echo "== install-test: $*"; }

step "install $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" >/dev/null
command -v svault
echo "installed size: $(dpkg-query -W -f='${Installed-Size}' sovereign-vault) KiB"

step "svault --version"
svault --version
# The jlinked runtime carries the JDK's default CDS archive (jlink --generate-cds-archive):
# -Xshare:on fails the start if it cannot be mapped.
JAVA_TOOL_OPTIONS="-Xshare:on" svault --version >/dev/null

step "vault, seal, export, verify with the installed binary"
export SVAULT_PASSPHRASE="install-test-passphrase"
export HOME="$T/home"; mkdir -p "$HOME"
svault vault init --vault "$T/vault" --username install-test
printf 'sealed by the installed svault\n' > "$T/evidence.txt"
svault seal --vault "$T/vault" "$T/evidence.txt"
svault export --vault "$T/vault" 1 --out "$T/VerifiedBundle.zip"
set +e; svault verify "$T/VerifiedBundle.zip" --file "$T/evidence.txt"; rc=$?; set -e
[ "$rc" = 0 ] || [ "$rc" = 2 ] || { echo "verify failed with exit $rc"; exit 1; }
printf 'x' >> "$T/evidence.txt"
set +e; svault verify "$T/VerifiedBundle.zip" --file "$T/evidence.txt" >/dev/null; rc=$?; set -e
[ "$rc" = 1 ] || { echo "a changed original must FAIL (exit 1), got $rc"; exit 1; }

step "golden run with the installed binary"
svault golden-run --out "$T/golden" --test-key --fixed-clock 2026-01-01T00:00:00Z

step "desktop app under Xvfb"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!; export DISPLAY=:97; sleep 1
fi
step "desktop app maps its AOT cache (AppCDS) and draws its first frame"
# AOTMode=on turns "cache unusable" into a start failure instead of a silent slow start.
[ -s /opt/sovereign-vault/lib/app/svault.aot ] || { echo "no AOT cache in the installed app"; exit 1; }
mkdir -p "$T/cds-vault"
set +e
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:cds=info,aot=info:file=$T/aot.log -Dsvault.firstFrame=exit" \
  timeout 120 /opt/sovereign-vault/bin/SovereignVault --vault "$T/cds-vault" >"$T/cds-run.log" 2>&1; rc=$?
set -e
grep -q '^svault-first-frame ' "$T/cds-run.log" || { echo "no first frame with the AOT cache (exit $rc):"; cat "$T/cds-run.log"; exit 1; }
grep -E 'Opened AOT cache|Using AOT-linked classes' "$T/aot.log"
grep -q 'Opened AOT cache /opt/sovereign-vault/lib/app/svault.aot' "$T/aot.log" \
  && grep -q 'Using AOT-linked classes: true' "$T/aot.log" || { echo "the AOT cache was not mapped:"; cat "$T/aot.log"; exit 1; }

step "desktop app window"
/opt/sovereign-vault/bin/SovereignVault >"$T/gui.log" 2>&1 & GUI=$!
SHOT="$ROOT/installers/target/installed-app-screenshot.png"
ok=""
for i in $(seq 1 30); do
  sleep 1
  if ! kill -0 $GUI 2>/dev/null; then echo "desktop app exited early:"; cat "$T/gui.log"; exit 1; fi
  if [ "$i" -ge 6 ] && java "$ROOT/installers/src/test/Screenshot.java" "$SHOT" 2>/dev/null; then ok=1; break; fi
done
kill $GUI 2>/dev/null || true; wait $GUI 2>/dev/null || true
[ -n "${XPID:-}" ] && kill $XPID 2>/dev/null || true
[ -n "$ok" ] || { echo "no window drawn by the installed desktop app"; cat "$T/gui.log"; exit 1; }
echo "screenshot: $SHOT"

step "remove"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sovereign-vault >/dev/null
[ ! -e /opt/sovereign-vault/bin/svault ] || { echo "/opt/sovereign-vault still present"; exit 1; }
[ ! -e /usr/bin/svault ] || { echo "/usr/bin/svault still present"; exit 1; }
echo "install-test: OK"
