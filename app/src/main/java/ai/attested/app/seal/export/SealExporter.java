package ai.attested.app.seal.export;

import ai.attested.app.AppException;
import ai.attested.app.card.SealCardModel;
import ai.attested.app.card.SealCardRenderer;
import ai.attested.app.embedded.EmbeddedVerifier;
import ai.attested.app.seal.FolderListingStore;
import ai.attested.app.vault.Checkpoints;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.ExportedSeal;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.seal.export.VerifiedBundleWriter;
import ai.attested.crypto.Hex;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Gathers what a VerifiedBundle needs from the vault (seals, chain slice, latest checkpoint and
 * inclusion proofs, folder listings), renders each seal's card, adds the embedded verifier.jar,
 * and writes the bundle with {@link VerifiedBundleWriter}.
 */
public final class SealExporter {
    private SealExporter() {
    }

    /** Seal by seq, read and checked from the vault; {@code SEAL_NOT_FOUND} when absent. */
    public static Seal seal(Vault vault, long seq) {
        StoredSeal stored = vault.seal(seq).orElseThrow(() -> new AppException("SEAL_NOT_FOUND",
                "vault " + vault.info().vaultId().formatted() + " has no seal #" + seq + " (it has " + vault.sealCount() + ")"));
        try {
            return SealCodec.fromJson(stored.json().getBytes(StandardCharsets.UTF_8));
        } catch (SealFormatException e) {
            throw AppException.passing("seal #" + seq + " in the vault is not readable", e);
        }
    }

    public static byte[] export(Vault vault, List<Long> seqs, Ed25519PrivateKey key, Instant now) throws IOException {
        TreeSet<Long> sorted = new TreeSet<>(seqs);
        if (sorted.isEmpty()) {
            throw new AppException("NOTHING_TO_EXPORT", "name at least one seal number to export");
        }
        if (!key.publicKey().equals(vault.info().publicKey())) {
            throw new AppException("KEY_MISMATCH", "the key does not belong to vault " + vault.info().vaultId().formatted());
        }
        FolderListingStore listings = new FolderListingStore(vault.location().directory());
        Optional<Checkpoints.Stored> checkpoint = vault.latestCheckpoint();
        List<ExportedSeal> exported = new ArrayList<>();
        boolean anyProof = false;
        SealCardRenderer renderer = new SealCardRenderer();
        for (long seq : sorted) {
            Seal seal = seal(vault, seq);
            Optional<FolderListing> listing = Optional.empty();
            if (seal.subject().kind() == SubjectKind.FOLDER) {
                listing = Optional.of(listings.get(seal.subject().sha256()).orElseThrow(() -> new AppException("FOLDER_LISTING_MISSING",
                        "the file listing of folder seal #" + seq + " is not beside the vault (folders/" + seal.subject().sha256() + ".json)")));
            }
            Optional<InclusionProofFile> proof = Optional.empty();
            if (checkpoint.isPresent() && checkpoint.get().treeSize() >= seq) {
                Checkpoints.Inclusion inc = vault.inclusionProof(seq);
                proof = Optional.of(new InclusionProofFile(seq, inc.checkpoint().treeSize(), inc.sealHash(), inc.checkpoint().rootHash(),
                        inc.path().stream().map(Hex::encode).toList()));
                anyProof = true;
            }
            byte[] card = SealCardRenderer.pngBytes(renderer.renderPrint(SealCardModel.fromSeal(seal)));
            exported.add(new ExportedSeal(seal, card, listing, proof));
        }
        List<ChainLinks.Link> links = new ArrayList<>();
        for (long seq = sorted.first(); seq <= sorted.last(); seq++) {
            StoredSeal s = vault.seal(seq).orElseThrow();
            links.add(new ChainLinks.Link(seq, s.prevSealHash(), s.sealHash()));
        }
        EmbeddedVerifier verifier = EmbeddedVerifier.load();
        byte[] jar = verifier.jarBytes();
        String version = verifier.versionText() + "VerifiedBundle: java -jar verifier/verifier.jar VerifiedBundle.zip [--file ORIGINAL]\n";
        Optional<String> note = anyProof ? Optional.of(checkpoint.get().signedNote()) : Optional.empty();
        return VerifiedBundleWriter.write(new VerifiedBundleWriter.Input(vault.info().vaultId().formatted(), exported,
                new ChainLinks(links), note, jar, version, key, now));
    }
}
