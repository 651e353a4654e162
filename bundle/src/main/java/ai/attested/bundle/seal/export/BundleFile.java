package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.SealRules;

/** One file listed in a VerifiedBundle manifest: path, SHA-256 of its bytes, size. */
public record BundleFile(String path, String sha256, long size) {
    public BundleFile {
        SealRules.text("files[].path", path, 1, 512);
        SealRules.sha256Hex("files[].sha256", sha256);
        SealRules.nonNegative("files[].size", size);
    }
}
