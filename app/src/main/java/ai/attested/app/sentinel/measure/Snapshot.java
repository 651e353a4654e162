package ai.attested.app.sentinel.measure;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The result of one measurement tick. {@code compositeSha256} is the observed composite: SHA-256
 * over the measured digests in measurement_set order (a missing file contributes 32 zero bytes, an
 * unreadable entry 32 0xFF bytes), followed, for each unlisted new file in path order, by
 * SHA-256(path ‖ 0x00 ‖ digest). With nothing changed it equals the baseline composite of seed 004
 * §7.2 (docs/decisions/0052-sentinel-new-file-drift.md).
 */
public record Snapshot(long tick, byte[] compositeSha256, List<String> changed, List<String> missing,
                       List<String> newFiles, int filesHashed) {

    public Snapshot {
        compositeSha256 = compositeSha256.clone();
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        newFiles = List.copyOf(newFiles);
    }

    @Override
    public byte[] compositeSha256() {
        return compositeSha256.clone();
    }

    public String compositeHex() {
        return HexFormat.of().formatHex(compositeSha256);
    }

    /** True when every measured file has its baseline digest and no new file counts as drift. */
    public boolean matchesBaseline() {
        return changed.isEmpty() && missing.isEmpty() && newFiles.isEmpty();
    }

    /** Every path that differs from the baseline, in UTF-8 byte order (receipt mismatched_paths). */
    public List<String> mismatchedPaths() {
        List<String> all = new ArrayList<>(changed);
        all.addAll(missing);
        all.addAll(newFiles);
        all.sort(PathOrder.UTF8_BYTES);
        return List.copyOf(all);
    }
}
