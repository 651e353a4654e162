package ai.attested.verifier.seal;

import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a VerifiedBundle's entries through the hardened ZIP reader, within fixed bounds. */
public final class VerifiedBundleFiles {
    /** A bundle of a few thousand seals with cards fits; a ZIP bomb does not. */
    public static final ZipLimits LIMITS = ZipLimits.DEFAULTS.withMaxEntries(50_000).withMaxEntryBytes(64L << 20)
            .withMaxTotalBytes(1L << 30);

    private VerifiedBundleFiles() {
    }

    /** All entries, by name, in ZIP order. */
    public static Map<String, byte[]> read(Path zip) throws BundleReadException {
        try (HardenedZipReader r = HardenedZipReader.open(zip, LIMITS)) {
            return read(r);
        }
    }

    public static Map<String, byte[]> read(HardenedZipReader r) throws BundleReadException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ZipEntryInfo e : r.entries()) {
            out.put(e.name(), r.readAll(e, LIMITS.maxEntryBytes()));
        }
        return out;
    }

    /** True when the ZIP's manifest declares the VerifiedBundle format (read without loading the rest). */
    public static boolean isVerifiedBundle(HardenedZipReader r) {
        try {
            return r.entry(VerifiedBundleLayout.MANIFEST).isPresent()
                    && new String(r.readAll(r.entry(VerifiedBundleLayout.MANIFEST).get(), 4L << 20), StandardCharsets.UTF_8)
                            .contains("\"" + VerifiedBundleLayout.FORMAT + "\"");
        } catch (BundleReadException e) {
            return false;
        }
    }
}
