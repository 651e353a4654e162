/**
 * Encodings and hashing every format of this project uses: {@link ai.attested.crypto.Hex}
 * (lowercase), {@link ai.attested.crypto.Base64s} (strict std base64 and base64url),
 * {@link ai.attested.crypto.Sha256} (one-shot, incremental, and streaming with 1 MiB reads), and
 * {@link ai.attested.crypto.CodedException}, the base of every refusal that carries a code and a sentence.
 * Subpackages: {@code json} (strict parsing, RFC 8785, pretty output), {@code sig} (Ed25519),
 * {@code kdf} (HKDF), {@code keyfile} (the encrypted operator key), {@code merkle}, {@code note}.
 * Compiled for Java 17; no network, no global mutable state.
 */
package ai.attested.crypto;
