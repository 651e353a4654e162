package ai.attested.verifier.seal;

import ai.attested.bundle.seal.FolderEntry;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.ExportedSeal;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.seal.export.VerifiedBundleWriter;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A seal chain and the VerifiedBundle exported from it, built from bytes only (no disk, no clock):
 * every hash, link, checkpoint and proof is derived from the seals given, so a fixture that changes
 * one seal before building stays consistent everywhere else and fails with exactly the code it is
 * about. Keys: TV-SIG-001 for the vault, a fixed seed for the attacker.
 */
final class FixtureChain {
    static final Ed25519PrivateKey KEY = SealBundleFixtures.KEY;
    static final Ed25519PrivateKey ATTACKER = Ed25519PrivateKey.fromSeed(filled(7));
    static final String VAULT = SealBundleFixtures.VAULT;
    static final Instant EXPORTED_AT = Instant.parse("2026-02-11T13:00:00Z");
    static final byte[] FAKE_PNG = SealBundleFixtures.PNG;

    /** The originals of the standard chain, by path under originals/. */
    static final Map<String, byte[]> ORIGINALS = originals();

    final List<Seal> chain = new ArrayList<>();
    final Map<Long, FolderListing> listings = new LinkedHashMap<>();
    final List<Long> exported = new ArrayList<>();
    boolean checkpoint = true;

    /** #1 TEXT, #2 FILE report.bin, #3 FOLDER pkg, all exported; #4 a text that is not exported; device time. */
    static FixtureChain standard() {
        return standard(folderListing(List.of()));
    }

    /** As {@link #standard()}, with {@code listing} as seal #3's folder. */
    static FixtureChain standard(FolderListing listing) {
        FixtureChain c = new FixtureChain();
        byte[] text = ORIGINALS.get("text.txt");
        byte[] report = ORIGINALS.get("report.bin");
        c.add(SealSubject.text("text", text.length, Sha256.hex(text)), KEY);
        c.add(SealSubject.file("report.bin", report.length, Sha256.hex(report)), KEY);
        c.add(listing.subject(), KEY);
        c.listings.put(3L, listing);
        c.add(SealSubject.text("text", 1, Sha256.hex(new byte[] {'x'})), KEY);
        c.exported.addAll(List.of(1L, 2L, 3L));
        return c;
    }

    /** The listing of originals/pkg, with {@code skipped} recorded as skipped at sealing time. */
    static FolderListing folderListing(List<FolderListing.Skipped> skipped) {
        List<FolderEntry> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : ORIGINALS.entrySet()) {
            if (e.getKey().startsWith("pkg/")) {
                files.add(new FolderEntry(e.getKey().substring(4), e.getValue().length, Sha256.hex(e.getValue())));
            }
        }
        return FolderListing.of("pkg", files, skipped);
    }

    /** Appends a device-time seal of {@code subject} signed by {@code key}. */
    FixtureChain add(SealSubject subject, Ed25519PrivateKey key) {
        long seq = chain.size() + 1;
        chain.add(draft(seq, VAULT, subject).sign(key, TimeSource.device()));
        return this;
    }

    SealDraft draft(long seq, String vault, SealSubject subject) {
        String prev = seq == 1 ? SealRules.GENESIS_PREV_HASH : chain.get((int) seq - 2).sealHash();
        return new SealDraft(vault, seq, prev, subject, "seal " + seq, "alice", "2026-02-11T12:00:0" + seq + ".000Z");
    }

    /**
     * Seal {@code seq} edited as JSON, then re-hashed and its statement re-signed by {@code signer}
     * (a forger who holds a key); the seals after it are re-made to link to the new hash.
     */
    FixtureChain reseal(long seq, Consumer<ObjectNode> edit, Ed25519PrivateKey signer) throws SealFormatException {
        ObjectNode tree = SealCodec.toTree(chain.get((int) seq - 1));
        edit.accept(tree);
        tree.put("seal_hash", SealCodec.computeSealHash(tree));
        Seal unsigned = SealCodec.fromTree(tree);
        ((ObjectNode) tree.get("signer")).put("signature", Base64s.encodeStd(signer.sign(unsigned.statement().canonicalBytes())));
        set(seq, SealCodec.fromTree(tree));
        return this;
    }

    /** Replaces seal {@code seq} and re-makes every later seal so that the chain still links. */
    FixtureChain set(long seq, Seal seal) {
        chain.set((int) seq - 1, seal);
        for (int i = (int) seq; i < chain.size(); i++) {
            Seal s = chain.get(i);
            chain.set(i, draft(s.seq(), s.vaultId(), s.subject()).sign(KEY, s.timeSource()));
        }
        return this;
    }

    /** The bundle's entries, manifest signed by the vault key. */
    TreeMap<String, byte[]> entries() {
        List<byte[]> leaves = new ArrayList<>();
        chain.forEach(s -> leaves.add(MerkleTree.leafHash(Hex.decode(s.sealHash()))));
        byte[] root = MerkleTree.root(leaves);
        String origin = "sovereign-vault/" + VAULT;
        String note = NoteSigner.ed25519(origin, KEY).sign(new Checkpoint(origin, chain.size(), root).toText());
        List<ExportedSeal> out = new ArrayList<>();
        List<ChainLinks.Link> links = new ArrayList<>();
        long first = exported.get(0);
        long last = exported.get(exported.size() - 1);
        for (Seal s : chain) {
            if (s.seq() >= first && s.seq() <= last) {
                links.add(new ChainLinks.Link(s.seq(), s.prevSealHash(), s.sealHash()));
            }
            if (!exported.contains(s.seq())) {
                continue;
            }
            int i = (int) s.seq() - 1;
            Optional<InclusionProofFile> proof = checkpoint
                    ? Optional.of(new InclusionProofFile(s.seq(), chain.size(), s.sealHash(), Hex.encode(root),
                            InclusionProof.create(leaves, i, chain.size()).path().stream().map(Hex::encode).toList()))
                    : Optional.empty();
            out.add(new ExportedSeal(s, FAKE_PNG, Optional.ofNullable(listings.get(s.seq())), proof));
        }
        return VerifiedBundleWriter.entries(new VerifiedBundleWriter.Input(VAULT, out, new ChainLinks(links),
                checkpoint ? Optional.of(note) : Optional.empty(), "not really a jar".getBytes(StandardCharsets.US_ASCII),
                "verifier 0.1.0-test", KEY, EXPORTED_AT));
    }

    private static Map<String, byte[]> originals() {
        Map<String, byte[]> m = new TreeMap<>();
        m.put("text.txt", SealBundleFixtures.TEXT.getBytes(StandardCharsets.UTF_8));
        m.put("report.bin", "quarterly report bytes\n".getBytes(StandardCharsets.US_ASCII));
        m.put("report-changed.bin", "quarterly report bytez\n".getBytes(StandardCharsets.US_ASCII));
        m.put("pkg/a/b", "slash".getBytes(StandardCharsets.US_ASCII));
        m.put("pkg/a-b", "dash".getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    private static byte[] filled(int b) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, (byte) b);
        return seed;
    }
}
