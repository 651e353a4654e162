package ai.attested.app.vault;

/**
 * Builds one signed seal for a chain position. The vault calls it while holding its append lock,
 * then checks the result with its {@link SealCodec} before storing it.
 */
@FunctionalInterface
public interface SealMinter {

    /** The seal's canonical JSON text (RFC 8785), signed with {@code ctx.signer()}. */
    String mint(SealContext ctx);
}
