package ai.attested.bundle.seal;

import ai.attested.crypto.Base64s;
import java.util.regex.Pattern;

/**
 * Where a seal's time comes from. {@link Kind#DEVICE}: only the sealing machine's clock
 * ({@code device_time}), an honest caveat. {@link Kind#TSA}: additionally an RFC 3161 time-stamp
 * token over the seal hash, with the token's time, policy OID and serial copied out for display
 * (a verifier checks the copies against the token).
 *
 * <p>The time source is outside the seal hash (the token signs the seal hash, so it cannot be
 * inside it); see docs/decisions/0070-seal-statement-and-hash.md.
 */
public record TimeSource(Kind kind, String token, String tsaTime, String tsaPolicy, String tsaSerial) {
    /** Decoded tokens larger than this are refused (real ones are 1–8 KiB with certificates). */
    public static final int MAX_TOKEN_BYTES = 64 * 1024;
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]{0,9})){1,30}");
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,59}");

    public enum Kind { DEVICE, TSA }

    public TimeSource {
        SealRules.require("time_source.kind", kind);
        if (kind == Kind.DEVICE) {
            if (token != null || tsaTime != null || tsaPolicy != null || tsaSerial != null) {
                throw new IllegalArgumentException("a DEVICE time source carries no TSA fields");
            }
        } else {
            SealRules.require("time_source.token", token);
            byte[] der;
            try {
                der = Base64s.decodeStd(token);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("time_source.token is not canonical standard base64", e);
            }
            if (der.length == 0 || der.length > MAX_TOKEN_BYTES) {
                throw new IllegalArgumentException("time_source.token must be 1 to " + MAX_TOKEN_BYTES + " bytes");
            }
            SealRules.isoMillis("time_source.tsa_time", tsaTime);
            SealRules.require("time_source.tsa_policy", tsaPolicy);
            if (!OID.matcher(tsaPolicy).matches()) {
                throw new IllegalArgumentException("time_source.tsa_policy must be a dotted OID");
            }
            SealRules.require("time_source.tsa_serial", tsaSerial);
            if (!DECIMAL.matcher(tsaSerial).matches()) {
                throw new IllegalArgumentException("time_source.tsa_serial must be a decimal integer");
            }
        }
    }

    /** Device clock only. */
    public static TimeSource device() {
        return new TimeSource(Kind.DEVICE, null, null, null, null);
    }

    /** An RFC 3161 token (DER, as returned by the TSA) with the values read out of it. */
    public static TimeSource tsa(byte[] tokenDer, String tsaTime, String tsaPolicy, String tsaSerial) {
        return new TimeSource(Kind.TSA, Base64s.encodeStd(tokenDer), tsaTime, tsaPolicy, tsaSerial);
    }

    /** The DER bytes of the token; only for {@link Kind#TSA}. */
    public byte[] tokenDer() {
        if (kind != Kind.TSA) {
            throw new IllegalStateException("a DEVICE time source has no token");
        }
        return Base64s.decodeStd(token);
    }
}
