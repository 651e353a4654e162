/** HKDF-SHA256 (RFC 5869). */
package ai.attested.crypto.kdf;
