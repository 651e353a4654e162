package ai.attested.verifier.seal;

import ai.attested.bundle.testing.ZipCrafter;
import ai.attested.verifier.seal.VerifiedBundleFixtures.Case;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ZIP-level fixtures of verified-bundles/bad/: the standard VerifiedBundle's files in a hostile
 * container. Input that is no ZIP or no bundle at all is refused whole (exit 3, {@code verifier:
 * CODE: sentence} on standard error); a ZIP the hardened reader refuses is a FAIL (exit 1) naming
 * the entry, whether the reader stops before the bundle kind is known (the evidence-bundle report
 * then carries the code) or while the VerifiedBundle's entries are read (a CRC-32).
 */
final class SealBundleZipFixtures {
    private SealBundleZipFixtures() {
    }

    static void addTo(Map<String, byte[]> files, List<Case> cases) throws Exception {
        TreeMap<String, byte[]> std = FixtureChain.standard().entries();
        byte[] zip = SealBundleCliTest.zipOf(std);

        error(files, cases, "BUNDLE_NOT_ZIP", "A text file named .zip.", "This is not a VerifiedBundle.\n".getBytes(StandardCharsets.UTF_8));
        TreeMap<String, byte[]> noManifest = new TreeMap<>(std);
        noManifest.remove("bundle_manifest.json");
        error(files, cases, "BUNDLE_KIND_UNKNOWN", "A ZIP of a VerifiedBundle's files without bundle_manifest.json.",
                SealBundleCliTest.zipOf(noManifest));
        bad(files, cases, "BUNDLE_TRUNCATED", "BUNDLE_TRUNCATED", "The standard bundle cut in half.", Arrays.copyOf(zip, zip.length / 2));
        bad(files, cases, "BUNDLE_CORRUPT", "BUNDLE_CORRUPT (README.txt)", "Bytes hidden before the first entry (a polyglot).",
                crafted(std).prefix("#!/bin/sh\nexec evil\n".getBytes(StandardCharsets.UTF_8)).build());

        ZipCrafter z = crafted(std);
        z.stored("../evil.sh", "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "BUNDLE_PATH_UNSAFE", "BUNDLE_PATH_UNSAFE (../evil.sh)", "Zip-slip: an entry named ../evil.sh.", z.build());
        z = crafted(std);
        z.stored("README.TXT", "other readme\n".getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "BUNDLE_DUPLICATE_ENTRY", "BUNDLE_DUPLICATE_ENTRY (README.TXT)", "README.txt and README.TXT: one file on Windows and macOS.", z.build());
        z = crafted(std);
        z.stored("verifier/lib", "/usr/lib".getBytes(StandardCharsets.UTF_8)).external = 0120777 << 16;
        bad(files, cases, "BUNDLE_LINK_ENTRY", "BUNDLE_LINK_ENTRY (verifier/lib)", "A symbolic link entry verifier/lib.", z.build());
        z = crafted(std);
        z.stored("seals/", new byte[0]).external = 040755 << 16;
        bad(files, cases, "BUNDLE_UNSUPPORTED_ENTRY", "BUNDLE_UNSUPPORTED_ENTRY (seals/)", "A directory entry seals/.", z.build());

        z = new ZipCrafter();
        for (Map.Entry<String, byte[]> e : std.entrySet()) {
            ZipCrafter.Entry x = z.stored(e.getKey(), e.getValue());
            if (e.getKey().equals("seals/000001/card.png")) {
                x.crc ^= 1;
            }
        }
        bad(files, cases, "BUNDLE_CRC_MISMATCH", "BUNDLE_CRC_MISMATCH (seals/000001/card.png)", "seals/000001/card.png's CRC-32 is wrong (found while the VerifiedBundle is read).",
                z.build());
        z = crafted(std);
        z.deflated("verifier/bomb.bin", new byte[10 << 20]);
        bad(files, cases, "BUNDLE_EXPANSION_RATIO", "BUNDLE_EXPANSION_RATIO (verifier/bomb.bin)", "10 MiB of zeros deflated to ~10 KiB: a ZIP bomb.", z.build());
        z = crafted(std);
        z.deflated("verifier/huge.bin", new byte[65 << 20]);
        bad(files, cases, "BUNDLE_ENTRY_TOO_LARGE", "BUNDLE_ENTRY_TOO_LARGE (verifier/huge.bin)", "One entry of 65 MiB (a VerifiedBundle entry is at most 64 MiB).", z.build());
    }

    private static ZipCrafter crafted(TreeMap<String, byte[]> entries) {
        ZipCrafter z = new ZipCrafter();
        entries.forEach(z::stored);
        return z;
    }

    private static void bad(Map<String, byte[]> files, List<Case> cases, String code, String finding, String about, byte[] bytes) {
        String file = "bad/" + code + ".zip";
        files.put(file, bytes);
        cases.add(Case.of(file, List.of(), about, List.of(finding), List.of()));
    }

    private static void error(Map<String, byte[]> files, List<Case> cases, String code, String about, byte[] bytes) {
        String file = "bad/" + code + ".zip";
        files.put(file, bytes);
        cases.add(Case.error(file, List.of(), about, code));
    }
}
