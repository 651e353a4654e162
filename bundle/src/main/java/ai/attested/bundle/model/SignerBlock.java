package ai.attested.bundle.model;

/**
 * The {@code issuer} of a policy or the {@code signer} of a receipt or bundle manifest: standard
 * base64 raw Ed25519 public key, its 16-hex key id, and the standard base64 signature.
 */
public record SignerBlock(String publicKey, String keyId, String signature) {}
