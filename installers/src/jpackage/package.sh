#!/usr/bin/env bash
# Builds the Sovereign Vault installer for this platform, the way well-kept JavaFX apps do it:
#   1. jlink a runtime with exactly the JDK modules jdeps finds,
#   2. jpackage --type app-image (desktop app + the `svault` CLI launcher, classpath jars),
#   2b. (Linux) an AOT cache for the desktop launcher from a training run of that image (aot-cache.sh),
#   3. jpackage --type deb|msi|dmg from that image.
# Usage: package.sh TYPE INPUT_DIR OUT_DIR VERSION   (TYPE: deb, msi, dmg, app-image)
# INPUT_DIR holds ui.jar (main jar), svault.jar and every dependency jar (JavaFX platform jars too).
set -euo pipefail
TYPE="$1"; INPUT="$2"; OUT="$3"; VERSION="$4"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA_HOME="${JAVA_HOME:?JAVA_HOME must point to a JDK 25}"
JP="$JAVA_HOME/bin/jpackage"; JL="$JAVA_HOME/bin/jlink"; JD="$JAVA_HOME/bin/jdeps"
WORK="$OUT/work"; rm -rf "$WORK"; mkdir -p "$WORK" "$OUT"

APP_NAME="SovereignVault"
MAIN_JAR="ui.jar"
MAIN_CLASS="ai.attested.ui.DesktopLauncher"
JAVA_OPTS=(--java-options "--enable-native-access=ALL-UNNAMED" --java-options "-Dfile.encoding=UTF-8")

# 1. jlink: the JDK modules the jars use (jdeps), plus what is loaded reflectively
#    (EC/Ed25519 provider, the JDK HTTP server for the loopback TSA tests is not shipped).
JDK_MODULES="$("$JD" --print-module-deps --ignore-missing-deps --multi-release 25 -q \
   --class-path "$INPUT/*" "$INPUT"/*.jar 2>/dev/null || true)"
EXTRA="java.desktop,java.prefs,java.net.http,jdk.crypto.ec,jdk.unsupported,java.logging,jdk.zipfs,jdk.charsets,jdk.jsobject,jdk.xml.dom"
ALL_JDK="$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ')"
MODS=""
for m in $(echo "$JDK_MODULES,$EXTRA" | tr ',' ' '); do
  case " $ALL_JDK " in *" $m "*) MODS="$MODS,$m";; esac
done
MODS="${MODS#,}"
echo "jlink modules: $MODS"
"$JL" --add-modules "$MODS" --strip-debug --no-header-files --no-man-pages \
      --compress zip-6 --generate-cds-archive --output "$WORK/runtime"

COMMON=(--name "$APP_NAME" --app-version "$VERSION" --vendor "Attested Intelligence"
        --copyright "Copyright 2026 Attested Intelligence"
        --description "Offline sealing workstation: seals, seal chain, sentinel and offline verification")

# 2. app image: the desktop app plus the svault CLI as a second launcher.
PLATFORM_IMG_OPTS=()
case "$TYPE" in
  deb|app-image) PLATFORM_IMG_OPTS=(--icon "$HERE/linux/sovereign-vault.png");;
  msi) PLATFORM_IMG_OPTS=(--icon "$HERE/windows/sovereign-vault.ico" --win-console);;
  dmg) PLATFORM_IMG_OPTS=(--icon "$HERE/macos/sovereign-vault.icns" --mac-package-identifier ai.attested.sovereignvault
                           --mac-package-name "Sovereign Vault");;
esac
sed "s#@VERSION@#$VERSION#" "$HERE/common/svault-launcher.properties" > "$WORK/svault.properties"
"$JP" --type app-image "${COMMON[@]}" --dest "$WORK/image" \
      --input "$INPUT" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
      --runtime-image "$WORK/runtime" "${JAVA_OPTS[@]}" \
      --add-launcher "svault=$WORK/svault.properties" "${PLATFORM_IMG_OPTS[@]}"

# 2b. Cold start: classes of the desktop app loaded and linked ahead of time (decision 0085).
case "$TYPE" in deb|app-image) bash "$HERE/aot-cache.sh" "$WORK/image/$APP_NAME";; esac

[ "$TYPE" = app-image ] && { echo "app image: $WORK/image/$APP_NAME"; exit 0; }

# 3. the platform package from that image.
case "$TYPE" in
  deb)
    "$JP" --type deb "${COMMON[@]}" --dest "$OUT" --app-image "$WORK/image/$APP_NAME" \
          --resource-dir "$HERE/linux" \
          --linux-package-name sovereign-vault --linux-deb-maintainer "packaging@attested.ai" \
          --linux-menu-group "Office;Security" --linux-app-category utils --linux-shortcut \
          --linux-package-deps "libgtk-3-0, libgl1" \
          --file-associations "$HERE/common/svbundle-association.properties" \
          --install-dir /opt
    ;;
  msi)
    "$JP" --type msi "${COMMON[@]}" --dest "$OUT" --app-image "$WORK/image/$APP_NAME" \
          --resource-dir "$HERE/windows" \
          --win-upgrade-uuid "6f1d3c8a-2b7e-4c51-9a0d-5e8f4b2a7c19" \
          --win-menu --win-menu-group "Sovereign Vault" --win-shortcut --win-dir-chooser \
          --win-per-user-install \
          --file-associations "$HERE/common/svbundle-association.properties"
    ;;
  dmg)
    "$JP" --type dmg "${COMMON[@]}" --dest "$OUT" --app-image "$WORK/image/$APP_NAME" \
          --resource-dir "$HERE/macos" \
          --mac-package-identifier ai.attested.sovereignvault \
          --file-associations "$HERE/common/svbundle-association.properties"
    ;;
  *) echo "unknown type $TYPE" >&2; exit 2;;
esac
ls -l "$OUT"
