package ai.attested.app.vault;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Real seals of texts for store tests, made with the seal format's own draft-and-sign code. */
final class TestSeals {

    static final Instant T0 = Instant.parse("2026-02-11T12:00:00.000Z");

    private TestSeals() {}

    /** A minter sealing {@code text} with device time T0 + seq seconds and the given description. */
    static SealMinter text(String text, String description) {
        return ctx -> {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            SealSubject subject = SealSubject.text("text", utf8.length, Sha256.hex(utf8));
            SealDraft draft = new SealDraft(ctx.vaultId().formatted(), ctx.seq(), ctx.prevSealHash(), subject, description,
                    ctx.operator(), SealTimes.format(T0.plusSeconds(ctx.seq())));
            Seal seal = draft.sign(ctx.signer(), TimeSource.device());
            return new String(SealCodec.toCanonicalJson(seal), StandardCharsets.UTF_8);
        };
    }

    static SealMinter text(String text) {
        return text(text, "");
    }
}
