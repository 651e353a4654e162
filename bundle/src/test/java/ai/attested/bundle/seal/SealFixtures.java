package ai.attested.bundle.seal;

import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.nio.charset.StandardCharsets;

/** Fixed-key, fixed-time seals for tests. */
final class SealFixtures {
    static final Ed25519PrivateKey KEY = TestKeys.tvSig001();
    static final String VAULT = "1234-56789-0123";
    static final String TIME = "2026-02-11T12:00:00.000Z";

    private SealFixtures() {
    }

    static SealDraft textDraft(long seq, String prev, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new SealDraft(VAULT, seq, prev, SealSubject.text("note", b.length, Sha256.hex(b)), "a test seal", "alice", TIME);
    }

    static Seal textSeal() {
        return textDraft(1, SealRules.GENESIS_PREV_HASH, "hello").sign(KEY, TimeSource.device());
    }
}
