package ai.attested.verifier.seal;

import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.FolderListingCodec;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCheck;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealFinding;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealVerifier;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.BundleFile;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.export.VerifiedBundleManifest;
import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Verifies a VerifiedBundle (docs/FORMATS.md §7) from its entries, already read by the hardened
 * ZIP reader. Checks in order: manifest (signature, checksums, no unlisted or unknown file),
 * seals (format, hash, signature by the manifest's key, vault, time-stamp, folder listing),
 * chain links, checkpoint and inclusion proofs, and the original when given. Non-fail-fast:
 * every finding is reported. The card PNGs are covered by the manifest checksums only; the app's
 * {@code svault verify} also decodes their QR codes.
 */
public final class VerifiedBundleVerifier {
    private VerifiedBundleVerifier() {
    }

    /** True when the entries look like a VerifiedBundle (for a verifier that dispatches on content). */
    public static boolean isVerifiedBundle(Map<String, byte[]> entries) {
        byte[] m = entries.get(VerifiedBundleLayout.MANIFEST);
        return m != null && new String(m, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + VerifiedBundleLayout.FORMAT + "\"");
    }

    public static SealBundleReport verify(Map<String, byte[]> entries, Optional<Path> original) {
        return verify(entries, original, Optional.empty());
    }

    /**
     * As {@link #verify(Map, Optional)}, with the vault key pinned to {@code expectedKeyId} (16 hex):
     * the manifest key anchors every seal and the checkpoint, so pinning it pins them all.
     */
    public static SealBundleReport verify(Map<String, byte[]> entries, Optional<Path> original, Optional<String> expectedKeyId) {
        return verify(entries, original, expectedKeyId, TsaTrust.none());
    }

    /**
     * As {@link #verify(Map, Optional, Optional)}, with the time-stamp authorities the auditor
     * trusts ({@code --trust-tsa}): a token under a pinned certificate has no caveat, a token under
     * any other is {@code TSA_CERT_NOT_TRUSTED} (docs/decisions/0100-tsa-trust-pins.md).
     */
    public static SealBundleReport verify(Map<String, byte[]> entries, Optional<Path> original, Optional<String> expectedKeyId,
            TsaTrust tsaTrust) {
        Context c = new Context(entries);
        c.expectedKeyId = expectedKeyId;
        c.tsaTrust = tsaTrust;
        VerifiedBundleManifest manifest = checkManifest(c);
        if (manifest == null) {
            c.lines.add("manifest: FAIL");
            return c.report();
        }
        Map<Long, Seal> seals = checkSeals(c, manifest);
        ChainChecks.links(c, manifest, seals);
        ChainChecks.checkpoint(c, manifest, seals);
        c.lines.add(timeLine(c, seals));
        OriginalCheck.check(c, seals, original);
        return c.report();
    }

    private static VerifiedBundleManifest checkManifest(Context c) {
        byte[] raw = c.entries.get(VerifiedBundleLayout.MANIFEST);
        VerifiedBundleManifest m;
        try {
            m = VerifiedBundleManifest.fromJson(raw);
        } catch (SealFormatException e) {
            c.fail(SealBundleCodes.BUNDLE_MANIFEST_INVALID, VerifiedBundleLayout.MANIFEST, e.getMessage());
            return null;
        }
        int before = c.failures.size();
        if (!m.signatureValidOver(raw)) {
            c.fail(SealBundleCodes.BUNDLE_SIGNATURE_INVALID, VerifiedBundleLayout.MANIFEST,
                    "the manifest's signature does not verify under its key " + m.signer().keyId());
        }
        if (c.expectedKeyId.isPresent() && !c.expectedKeyId.get().equals(m.signer().keyId())) {
            c.fail(SealCodes.SEAL_KEY_UNEXPECTED, VerifiedBundleLayout.MANIFEST, "the bundle is signed by key "
                    + m.signer().keyId() + ", not the expected key " + c.expectedKeyId.get() + " (--expect-key)");
        }
        Map<String, BundleFile> listed = new TreeMap<>();
        m.files().forEach(f -> listed.put(f.path(), f));
        for (BundleFile f : m.files()) {
            byte[] b = c.entries.get(f.path());
            if (b == null) {
                c.fail(SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH, f.path(), "listed in the manifest but absent from the bundle");
            } else if (b.length != f.size() || !Sha256.hex(b).equals(f.sha256())) {
                c.fail(SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH, f.path(), "its bytes differ from the manifest's SHA-256 and size");
            }
        }
        for (String name : c.entries.keySet()) {
            if (!name.equals(VerifiedBundleLayout.MANIFEST) && !listed.containsKey(name)) {
                c.fail(SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH, name, "present in the bundle but not listed in the manifest");
            }
        }
        Set<Long> exported = Set.copyOf(m.seals());
        for (String name : c.entries.keySet()) {
            if (!known(name, exported)) {
                c.fail(SealBundleCodes.BUNDLE_UNEXPECTED_FILE, name, "not a file a VerifiedBundle contains");
            }
        }
        c.lines.add("bundle: OK (" + VerifiedBundleLayout.FORMAT + ", vault " + m.vaultId() + ", " + m.seals().size() + " seal"
                + (m.seals().size() == 1 ? "" : "s") + ")");
        c.lines.add("manifest: " + (c.failures.size() == before ? "OK (signed by key " + m.signer().keyId() + ")" : "FAIL"));
        return m;
    }

    private static boolean known(String name, Set<Long> exported) {
        if (Set.of(VerifiedBundleLayout.MANIFEST, VerifiedBundleLayout.README, VerifiedBundleLayout.CHAIN_LINKS,
                VerifiedBundleLayout.CHECKPOINT, VerifiedBundleLayout.VERIFIER_JAR, VerifiedBundleLayout.VERIFIER_VERSION).contains(name)) {
            return true;
        }
        long seq = VerifiedBundleLayout.seqOf(name);
        if (seq < 0 || !exported.contains(seq)) {
            return false;
        }
        String file = name.substring(VerifiedBundleLayout.sealDir(seq).length());
        return Set.of(VerifiedBundleLayout.SEAL_JSON, VerifiedBundleLayout.CARD_PNG, VerifiedBundleLayout.FOLDER_FILES,
                VerifiedBundleLayout.INCLUSION_PROOF).contains(file);
    }

    private static Map<Long, Seal> checkSeals(Context c, VerifiedBundleManifest m) {
        Map<Long, Seal> out = new LinkedHashMap<>();
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.fromRaw(m.signer().publicKeyRaw());
        } catch (IllegalArgumentException e) {
            key = null;
        }
        int ok = 0;
        for (long seq : m.seals()) {
            String dir = VerifiedBundleLayout.sealDir(seq);
            String path = dir + VerifiedBundleLayout.SEAL_JSON;
            int before = c.failures.size();
            byte[] raw = c.entries.get(path);
            if (raw == null) {
                c.fail(SealBundleCodes.SEAL_MISSING, path, "the manifest exports seal #" + seq + " but its seal.json is absent");
                continue;
            }
            Seal seal;
            try {
                seal = SealCodec.fromJson(raw);
            } catch (SealFormatException e) {
                c.fail(e.code(), path, e.getMessage());
                continue;
            }
            if (seal.seq() != seq) {
                c.fail(SealBundleCodes.SEAL_SCHEMA_INVALID, path, "the seal in the folder of #" + seq + " says seq " + seal.seq());
            }
            if (!seal.vaultId().equals(m.vaultId())) {
                c.fail(SealBundleCodes.SEAL_VAULT_MISMATCH, path, "seal of vault " + seal.vaultId() + " in a bundle of vault " + m.vaultId());
            }
            SealCheck check = SealVerifier.verify(seal, key, c.tsaTrust);
            if (seal.timeSource().kind() == TimeSource.Kind.TSA && !c.tsaTrust.isEmpty() && timeTrusted(check)) {
                c.pinnedTsaSeals++;
            }
            for (SealFinding f : check.failures()) {
                c.fail(f.code(), path, f.detail());
            }
            for (SealFinding f : check.caveats()) {
                c.caveat(f.code(), "seal #" + seq, f.detail());
            }
            if (seal.subject().kind() == SubjectKind.FOLDER) {
                checkListing(c, seal, dir + VerifiedBundleLayout.FOLDER_FILES);
            }
            out.put(seq, seal);
            if (c.failures.size() == before) {
                ok++;
            }
        }
        c.lines.add("seals: " + (ok == m.seals().size() ? "OK" : "FAIL") + " (" + ok + "/" + m.seals().size() + ")");
        return out;
    }

    private static void checkListing(Context c, Seal seal, String path) {
        byte[] raw = c.entries.get(path);
        if (raw == null) {
            c.fail(SealBundleCodes.FOLDER_LISTING_MISMATCH, path, "the folder seal's file listing is absent");
            return;
        }
        try {
            FolderListing l = FolderListingCodec.fromJson(raw);
            if (!l.subject().equals(seal.subject())) {
                c.fail(SealBundleCodes.FOLDER_LISTING_MISMATCH, path, "the listing hashes to " + l.packageHash() + " over "
                        + l.fileCount() + " files, the seal says " + seal.subject().sha256());
            }
        } catch (SealFormatException e) {
            c.fail(e.code(), path, e.getMessage());
        }
    }

    /** No TSA finding at all: the token verified, and under a pinned certificate. */
    private static boolean timeTrusted(SealCheck check) {
        return check.failures().stream().noneMatch(f -> f.code().startsWith("TSA_"))
                && check.caveats().stream().noneMatch(f -> f.code().startsWith("TSA_"));
    }

    private static String timeLine(Context c, Map<Long, Seal> seals) {
        long tsa = seals.values().stream().filter(s -> s.timeSource().kind() == TimeSource.Kind.TSA).count();
        String pinned = c.tsaTrust.isEmpty() ? "" : " (" + c.pinnedTsaSeals + " by a pinned authority)";
        return "time: TSA " + tsa + pinned + ", DEVICE only " + (seals.size() - tsa);
    }

    /** Shared state of one verification run. */
    static final class Context {
        final Map<String, byte[]> entries;
        final List<String> lines = new ArrayList<>();
        final List<BundleFinding> failures = new ArrayList<>();
        final List<BundleFinding> caveats = new ArrayList<>();
        Optional<String> expectedKeyId = Optional.empty();
        TsaTrust tsaTrust = TsaTrust.none();
        int pinnedTsaSeals;

        Context(Map<String, byte[]> entries) {
            this.entries = entries;
        }

        void fail(String code, String where, String detail) {
            failures.add(new BundleFinding(code, where, detail));
        }

        void caveat(String code, String where, String detail) {
            caveats.add(new BundleFinding(code, where, detail));
        }

        SealBundleReport report() {
            return new SealBundleReport(lines, failures, caveats);
        }
    }
}
