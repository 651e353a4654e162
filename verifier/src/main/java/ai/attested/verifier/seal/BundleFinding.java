package ai.attested.verifier.seal;

/** One failure or caveat of a VerifiedBundle: code, the bundle path (or seal) it concerns, a plain sentence. */
public record BundleFinding(String code, String where, String detail) {
    @Override
    public String toString() {
        return code + " (" + where + ")";
    }
}
