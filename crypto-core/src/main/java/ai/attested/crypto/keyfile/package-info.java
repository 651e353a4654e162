/**
 * The operator's Ed25519 key encrypted at rest (scrypt + AES-256-GCM, mode 0600, atomic writes,
 * coded errors). Format and parameters: docs/decisions/0010-encrypted-key-file.md.
 */
package ai.attested.crypto.keyfile;
