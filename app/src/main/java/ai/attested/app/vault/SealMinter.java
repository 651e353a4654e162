package ai.attested.app.vault;

import java.util.function.Supplier;

/**
 * Builds one signed seal for a chain position. The vault calls it while holding its append lock,
 * then checks the result with its {@link SealCodec} before storing it.
 */
@FunctionalInterface
public interface SealMinter {

    /** The seal's canonical JSON text (RFC 8785), signed with {@code ctx.signer()}. */
    String mint(SealContext ctx);

    /**
     * A seal whose hash is known before it is signed: {@code sealHash} fixes the chain link for the
     * next position at once, and {@code finish} (time-stamp and signature) may run on another thread.
     */
    record Prepared(String sealHash, Supplier<String> finish) {}

    /**
     * Prepares the seal for {@code ctx}. The default mints it outright and lets the vault read the
     * hash from the JSON; minters that can compute the seal hash before signing override this so a
     * group's signatures are made in parallel.
     */
    default Prepared prepare(SealContext ctx) {
        String json = mint(ctx);
        return new Prepared(null, () -> json);
    }
}
