package ai.attested.bundle.seal.export;

import java.util.Locale;

/**
 * Paths inside a VerifiedBundle.zip (docs/FORMATS.md §7). Seal folders are named by the seal's
 * sequence number, zero-padded to 6 digits (more when needed), so they sort in chain order.
 */
public final class VerifiedBundleLayout {
    public static final String FORMAT = "svault-verified-bundle/1";
    public static final String MANIFEST = "bundle_manifest.json";
    public static final String README = "README.txt";
    public static final String CHAIN_LINKS = "chain/links.json";
    public static final String CHECKPOINT = "checkpoint/checkpoint.txt";
    public static final String VERIFIER_JAR = "verifier/verifier.jar";
    public static final String VERIFIER_VERSION = "verifier/VERSION.txt";
    public static final String SEAL_JSON = "seal.json";
    public static final String CARD_PNG = "card.png";
    public static final String FOLDER_FILES = "folder_files.json";
    public static final String INCLUSION_PROOF = "inclusion_proof.json";

    private VerifiedBundleLayout() {
    }

    /** {@code seals/000042/}. */
    public static String sealDir(long seq) {
        return "seals/" + String.format(Locale.ROOT, "%06d", seq) + "/";
    }

    /** The seq of a path under {@code seals/}, or -1 when the path is not a seal folder's. */
    public static long seqOf(String path) {
        if (!path.startsWith("seals/")) {
            return -1;
        }
        int slash = path.indexOf('/', 6);
        if (slash < 0) {
            return -1;
        }
        String digits = path.substring(6, slash);
        if (digits.length() < 6 || digits.length() > 16 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long seq = Long.parseLong(digits);
        return sealDir(seq).equals(path.substring(0, slash + 1)) ? seq : -1;
    }
}
