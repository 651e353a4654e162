package ai.attested.verifier.seal;

import ai.attested.bundle.seal.FolderEntry;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.OriginalDigest;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.BundleFile;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.ExportedSeal;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.export.VerifiedBundleManifest;
import ai.attested.bundle.seal.export.VerifiedBundleWriter;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Real VerifiedBundles for tests: a text, a file and a folder seal on a real chain, optionally checkpointed. */
final class SealBundleFixtures {
    static final Ed25519PrivateKey KEY = TestKeys.tvSig001();
    static final String VAULT = "1234-56789-0123";
    static final String TEXT = "I, Alice, promise the quarterly numbers are final.";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    /** Originals on disk: text.txt, report.bin, pkg/ (with a-b and a/b). */
    static void writeOriginals(Path dir) throws Exception {
        Files.writeString(dir.resolve("text.txt"), TEXT);
        Files.write(dir.resolve("report.bin"), "quarterly report bytes\n".getBytes(StandardCharsets.US_ASCII));
        Files.createDirectories(dir.resolve("pkg/a"));
        Files.writeString(dir.resolve("pkg/a/b"), "slash");
        Files.writeString(dir.resolve("pkg/a-b"), "dash");
    }

    /** Seals #1 text, #2 FILE report.bin, #3 FOLDER pkg (plus #4, a text not exported) and the bundle entries. */
    static TreeMap<String, byte[]> bundle(Path dir, boolean checkpoint) throws Exception {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        OriginalDigest file = OriginalDigest.of(dir.resolve("report.bin"), SubjectKind.FILE);
        OriginalDigest folder = OriginalDigest.of(dir.resolve("pkg"), SubjectKind.FOLDER);
        FolderListing listing = folder.listing().orElseThrow();
        List<Seal> chain = new ArrayList<>();
        chain.add(draft(1, SealRules.GENESIS_PREV_HASH, SealSubject.text("text", text.length, Sha256.hex(text))));
        chain.add(draft(2, chain.get(0).sealHash(), SealSubject.file("report.bin", file.sizeBytes(), file.sha256())));
        chain.add(draft(3, chain.get(1).sealHash(), listing.subject()));
        chain.add(draft(4, chain.get(2).sealHash(), SealSubject.text("text", 1, Sha256.hex(new byte[] {'x'}))));
        List<byte[]> leaves = new ArrayList<>();
        chain.forEach(s -> leaves.add(MerkleTree.leafHash(Hex.decode(s.sealHash()))));
        byte[] root = MerkleTree.root(leaves);
        String origin = "sovereign-vault/" + VAULT;
        String note = NoteSigner.ed25519(origin, KEY).sign(new Checkpoint(origin, 4, root).toText());
        List<ExportedSeal> exported = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Seal s = chain.get(i);
            Optional<InclusionProofFile> proof = checkpoint
                    ? Optional.of(new InclusionProofFile(s.seq(), 4, s.sealHash(), Hex.encode(root),
                            InclusionProof.create(leaves, i, 4).path().stream().map(Hex::encode).toList()))
                    : Optional.empty();
            exported.add(new ExportedSeal(s, PNG, i == 2 ? Optional.of(listing) : Optional.empty(), proof));
        }
        List<ChainLinks.Link> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            links.add(new ChainLinks.Link(chain.get(i).seq(), chain.get(i).prevSealHash(), chain.get(i).sealHash()));
        }
        return VerifiedBundleWriter.entries(new VerifiedBundleWriter.Input(VAULT, exported, new ChainLinks(links),
                checkpoint ? Optional.of(note) : Optional.empty(), "not really a jar".getBytes(StandardCharsets.US_ASCII),
                "verifier 0.1.0-test", KEY, Instant.parse("2026-02-11T13:00:00Z")));
    }

    static Seal draft(long seq, String prev, SealSubject subject) {
        return new SealDraft(VAULT, seq, prev, subject, "seal " + seq, "alice", "2026-02-11T12:00:0" + seq + ".000Z")
                .sign(KEY, TimeSource.device());
    }

    /** Recomputes the manifest's file list and signs it with {@code key}: a "consistent" forgery. */
    static TreeMap<String, byte[]> resign(Map<String, byte[]> entries, Ed25519PrivateKey key) throws Exception {
        TreeMap<String, byte[]> out = new TreeMap<>(entries);
        VerifiedBundleManifest old = VerifiedBundleManifest.fromJson(out.remove(VerifiedBundleLayout.MANIFEST));
        List<BundleFile> files = new ArrayList<>();
        out.forEach((p, b) -> files.add(new BundleFile(p, Sha256.hex(b), b.length)));
        out.put(VerifiedBundleLayout.MANIFEST, VerifiedBundleManifest.sign(old.vaultId(), old.createdAt(), old.seals(), files, key).toJson());
        return out;
    }

    private SealBundleFixtures() {
    }
}
