package ai.attested.bundle.model;

/** Fixed paths inside an MVP-LOCAL evidence bundle ZIP (seed 004 §9). */
public final class BundlePaths {
    public static final String MANIFEST = "bundle_manifest.json";
    public static final String POLICY = "policy/policy_artifact.json";
    public static final String SUBJECT_MANIFEST = "subject/subject_manifest.json";
    public static final String RECEIPTS_DIR = "receipts/";
    public static final String CHAIN_HEAD = "receipts/chain_head.json";
    public static final String VERIFIER_DIR = "verifier/";
    public static final String VERIFIER_JAR = "verifier/verifier.jar";
    public static final String VERIFIER_VERSION = "verifier/VERSION.txt";
    public static final String README = "README.txt";

    private BundlePaths() {}

    /** {@code receipts/NNNN.json}, zero-padded to max(4, digits of the receipt count) (DESIGN.md §2.2). */
    public static String receipt(long index, long count) {
        int width = Math.max(4, Long.toString(count).length());
        String n = Long.toString(index);
        StringBuilder b = new StringBuilder(RECEIPTS_DIR);
        for (int i = n.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(n).append(".json").toString();
    }

    /** True for {@code receipts/<digits>.json} (the chain head is not a receipt). */
    public static boolean isReceipt(String path) {
        if (!path.startsWith(RECEIPTS_DIR) || !path.endsWith(".json")) {
            return false;
        }
        String digits = path.substring(RECEIPTS_DIR.length(), path.length() - ".json".length());
        if (digits.isEmpty()) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
