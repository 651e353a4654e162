/**
 * Ed25519 signatures (RFC 8032) in the Tink shape: {@link ai.attested.crypto.sig.PublicKeySign}
 * and {@link ai.attested.crypto.sig.PublicKeyVerify}, whose {@code verify} throws
 * {@link ai.attested.crypto.sig.SignatureInvalidException} on a bad signature. Keys are immutable
 * and validated at creation; {@link ai.attested.crypto.sig.KeyId} is the project's key id.
 * Verification policy: docs/decisions/0011-ed25519-verification-policy.md.
 */
package ai.attested.crypto.sig;
