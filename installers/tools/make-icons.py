#!/usr/bin/env python3
"""Regenerates the Windows .ico and macOS .icns from the assets module's PNG icons.

Both formats simply wrap PNG images, so no image library is needed. Run from the repo root:
    python3 installers/tools/make-icons.py
"""
import struct, pathlib
root = pathlib.Path(__file__).resolve().parents[2]
icons = root / "assets/src/main/resources/ai/attested/assets/icons"
png = {s: (icons / f"sovereign-vault-{s}.png").read_bytes() for s in (16, 24, 32, 48, 64, 128, 256, 512)}
out = root / "installers/src/jpackage"

# ICO: ICONDIR + ICONDIRENTRY per image + PNG payloads (Vista+ accepts PNG-compressed entries).
sizes = [16, 24, 32, 48, 64, 128, 256]
head = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries, blobs = b"", b""
for s in sizes:
    d = png[s]
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset + len(blobs))
    blobs += d
(out / "windows/sovereign-vault.ico").write_bytes(head + entries + blobs)

# ICNS: 'icns' + length, then (OSType, length, PNG) per size.
types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
body = b"".join(t + struct.pack(">I", 8 + len(png[s])) + png[s] for s, t in types.items())
(out / "macos/sovereign-vault.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
(out / "linux/sovereign-vault.png").write_bytes(png[256])
print("icons written")
