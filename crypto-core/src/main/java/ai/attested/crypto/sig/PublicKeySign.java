package ai.attested.crypto.sig;

/** Something that signs bytes. Implementations are immutable and thread-safe. */
public interface PublicKeySign {
    /** The signature over {@code data}. */
    byte[] sign(byte[] data);
}
