/** Bridges between raw RFC 8032 bytes and the JDK's Ed25519; not API. */
package ai.attested.crypto.sig.internal;
