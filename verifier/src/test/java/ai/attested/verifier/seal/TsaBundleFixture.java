package ai.attested.verifier.seal;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.ExportedSeal;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.seal.export.VerifiedBundleWriter;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The smallest VerifiedBundle that can reach a plain PASS: one text seal, time-stamped by a
 * {@link FixedTsa}, covered by a checkpoint (tree size 1). Deterministic: same authority, same bytes.
 */
final class TsaBundleFixture {
    static final String TEXT = "Board minutes, 11 February 2026: approved.";
    static final Instant STAMPED = Instant.parse("2026-02-11T12:00:02.500Z");

    private TsaBundleFixture() {
    }

    /** The authority whose token the fixture carries. */
    static FixedTsa authority() throws Exception {
        return new FixedTsa("Fixture TSA A", 0x11);
    }

    /** Another authority: pinning it must not admit tokens of {@link #authority()}. */
    static FixedTsa otherAuthority() throws Exception {
        return new FixedTsa("Fixture TSA B", 0x22);
    }

    static Seal seal(FixedTsa tsa) throws Exception {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        SealDraft draft = new SealDraft(SealBundleFixtures.VAULT, 1, SealRules.GENESIS_PREV_HASH,
                SealSubject.text("text", text.length, Sha256.hex(text)), "minutes", "alice", "2026-02-11T12:00:01.000Z");
        String sealHash = draft.sealHash(SealBundleFixtures.KEY.publicKey());
        byte[] token = tsa.stamp(Hex.decode(sealHash), STAMPED, 7);
        TsaTokenInfo info = TsaTokenVerifier.verify(token, Hex.decode(sealHash));
        return draft.sign(SealBundleFixtures.KEY, TimeSource.tsa(token, info.genTime(), info.policy(), info.serial()));
    }

    static TreeMap<String, byte[]> bundle(Seal seal) {
        byte[] root = MerkleTree.leafHash(Hex.decode(seal.sealHash()));
        String origin = "sovereign-vault/" + SealBundleFixtures.VAULT;
        String note = NoteSigner.ed25519(origin, SealBundleFixtures.KEY).sign(new Checkpoint(origin, 1, root).toText());
        InclusionProofFile proof = new InclusionProofFile(1, 1, seal.sealHash(), Hex.encode(root), List.of());
        ExportedSeal exported = new ExportedSeal(seal, SealBundleFixtures.PNG, Optional.empty(), Optional.of(proof));
        ChainLinks links = new ChainLinks(List.of(new ChainLinks.Link(1, seal.prevSealHash(), seal.sealHash())));
        return VerifiedBundleWriter.entries(new VerifiedBundleWriter.Input(SealBundleFixtures.VAULT, List.of(exported), links,
                Optional.of(note), "not really a jar".getBytes(StandardCharsets.US_ASCII), "verifier 0.1.0-test",
                SealBundleFixtures.KEY, Instant.parse("2026-02-11T13:00:00Z")));
    }

    static TreeMap<String, byte[]> bundle() throws Exception {
        return bundle(seal(authority()));
    }
}
