package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.bundle.seal.FolderListingCodec;
import ai.attested.bundle.zip.DeterministicZipWriter;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes VerifiedBundle.zip (docs/FORMATS.md §7, decision 0074): per seal its JSON, card PNG,
 * folder listing and inclusion proof; the chain slice; the checkpoint; the offline verifier; a
 * README; and the manifest signed by the operator key. Deterministic: same inputs, clock and key
 * give the same bytes.
 */
public final class VerifiedBundleWriter {
    private VerifiedBundleWriter() {
    }

    /** Everything a bundle needs; seals in ascending seq order. */
    public record Input(String vaultId, List<ExportedSeal> seals, ChainLinks links, Optional<String> checkpointNote,
            byte[] verifierJar, String verifierVersion, Ed25519PrivateKey key, Instant now) {
    }

    /** The bundle as a deterministic ZIP. */
    public static byte[] write(Input in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZipWriter zip = new DeterministicZipWriter(out)) {
            for (Map.Entry<String, byte[]> e : entries(in).entrySet()) {
                zip.add(e.getKey(), e.getValue());
            }
            zip.finish();
        }
        return out.toByteArray();
    }

    /** The bundle's files by path, manifest included. */
    public static TreeMap<String, byte[]> entries(Input in) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<Long> seqs = new ArrayList<>();
        for (ExportedSeal s : in.seals()) {
            long seq = s.seal().seq();
            seqs.add(seq);
            String dir = VerifiedBundleLayout.sealDir(seq);
            files.put(dir + VerifiedBundleLayout.SEAL_JSON, SealCodec.toJson(s.seal()));
            files.put(dir + VerifiedBundleLayout.CARD_PNG, s.cardPng());
            s.folderListing().ifPresent(l -> files.put(dir + VerifiedBundleLayout.FOLDER_FILES, FolderListingCodec.toJson(l)));
            s.inclusion().ifPresent(p -> files.put(dir + VerifiedBundleLayout.INCLUSION_PROOF, p.toJson()));
        }
        files.put(VerifiedBundleLayout.CHAIN_LINKS, in.links().toJson());
        in.checkpointNote().ifPresent(n -> files.put(VerifiedBundleLayout.CHECKPOINT, n.getBytes(StandardCharsets.UTF_8)));
        files.put(VerifiedBundleLayout.VERIFIER_JAR, in.verifierJar());
        files.put(VerifiedBundleLayout.VERIFIER_VERSION, (in.verifierVersion().strip() + "\n").getBytes(StandardCharsets.UTF_8));
        files.put(VerifiedBundleLayout.README, BundleReadme.text(in).getBytes(StandardCharsets.UTF_8));
        List<BundleFile> listed = new ArrayList<>();
        files.forEach((path, bytes) -> listed.add(new BundleFile(path, Sha256.hex(bytes), bytes.length)));
        VerifiedBundleManifest manifest = VerifiedBundleManifest.sign(in.vaultId(), SealTimes.format(in.now()), seqs, listed, in.key());
        files.put(VerifiedBundleLayout.MANIFEST, manifest.toJson());
        return files;
    }
}
