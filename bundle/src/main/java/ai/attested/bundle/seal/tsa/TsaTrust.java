package ai.attested.bundle.seal.tsa;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time-stamp authorities an auditor trusts, pinned by the SHA-256 of each signing
 * certificate's DER ({@code --trust-tsa}). No pin: nothing anchors a TSA certificate offline and
 * verification reports {@code TSA_CERT_UNVERIFIED}. With pins: a token signed under a pinned
 * certificate needs no caveat; any other certificate is {@code TSA_CERT_NOT_TRUSTED}
 * (docs/decisions/0100-tsa-trust-pins.md).
 */
public final class TsaTrust {
    private static final TsaTrust NONE = new TsaTrust(Collections.<String>emptySet());
    private final Set<String> pins;

    private TsaTrust(Set<String> pins) {
        this.pins = pins;
    }

    /** No pinned authority: every TSA certificate stays unverified (a caveat). */
    public static TsaTrust none() {
        return NONE;
    }

    /**
     * Pins the given fingerprints (see {@link #normalize}).
     *
     * @throws IllegalArgumentException when one is not a SHA-256 fingerprint
     */
    public static TsaTrust pinned(Collection<String> fingerprints) {
        Set<String> out = new TreeSet<>();
        for (String f : fingerprints) {
            out.add(normalize(f));
        }
        return out.isEmpty() ? NONE : new TsaTrust(Collections.unmodifiableSet(out));
    }

    /**
     * A SHA-256 fingerprint as 64 lowercase hex digits. Accepts upper case and the colon-separated
     * form {@code openssl x509 -noout -fingerprint -sha256} prints ({@code AB:CD:...}), so the
     * auditor can paste either.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static String normalize(String fingerprint) {
        String s = fingerprint == null ? "" : fingerprint.trim();
        if (s.regionMatches(true, 0, "sha256 fingerprint=", 0, "sha256 fingerprint=".length())) {
            s = s.substring("sha256 fingerprint=".length());
        }
        if (s.matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){31}")) {
            s = s.replace(":", "");
        }
        if (!s.matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a TSA pin is the SHA-256 of the TSA certificate (DER): 64 hex digits, "
                    + "optionally colon-separated; got \"" + fingerprint + "\"");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return pins.isEmpty();
    }

    /** True when {@code certSha256} (lowercase hex) is pinned. */
    public boolean trusts(String certSha256) {
        return pins.contains(certSha256);
    }

    /** The pins, sorted, lowercase hex. */
    public Set<String> pins() {
        return pins;
    }

    @Override
    public String toString() {
        return pins.isEmpty() ? "no TSA pinned" : "TSA pins " + pins;
    }
}
