/** Ed25519 internals: BouncyCastle calls and RFC 8032 encoding rules; not API. */
package ai.attested.crypto.sig.internal;
