package ai.attested.app.seal;

import ai.attested.app.seal.tsa.TimeStamper;
import ai.attested.app.vault.SealContext;
import ai.attested.app.vault.SealMinter;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SealTimes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Mints the seal of a hashed subject at the chain position the vault gives: draft with device time,
 * then (when an authority is configured) an RFC 3161 token over the seal hash, then the signature.
 * The outcome of the time-stamp request is passed to {@code onTime} so callers can say honestly
 * when a seal has device time only.
 */
record SubjectSealMinter(SealSubject subject, String description, Clock clock, TimeStamper stamper,
        Consumer<TimeStamper.Outcome> onTime) implements SealMinter {

    @Override
    public String mint(SealContext ctx) {
        return prepare(ctx).finish().get();
    }

    /** The seal hash covers neither the time source nor the signature, so both can come later, in parallel. */
    @Override
    public Prepared prepare(SealContext ctx) {
        SealDraft draft = new SealDraft(ctx.vaultId().formatted(), ctx.seq(), ctx.prevSealHash(), subject, description,
                ctx.operator(), SealTimes.format(clock.instant()));
        SealDraft.Hashed hashed = draft.hashed(ctx.signer().publicKey());
        String sealHash = hashed.sealHash();
        return new Prepared(sealHash, () -> {
            TimeStamper.Outcome time = stamper.stamp(sealHash);
            onTime.accept(time);
            Seal seal = hashed.sign(ctx.signer(), time.timeSource());
            return new String(SealCodec.toCanonicalJson(seal), StandardCharsets.UTF_8);
        });
    }
}
