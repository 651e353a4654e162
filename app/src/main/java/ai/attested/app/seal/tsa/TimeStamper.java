package ai.attested.app.seal.tsa;

import ai.attested.bundle.seal.TimeSource;

/**
 * Obtains the time source of a seal from its seal hash. Never fails the seal: when no
 * authority is configured or it cannot be used, the outcome is honestly {@code DEVICE}, with
 * a code saying why.
 */
@FunctionalInterface
public interface TimeStamper {
    Outcome stamp(String sealHashHex);

    /**
     * The time source to store, and why a configured TSA was not used ({@code null} reason
     * code only when the TSA answered or none is configured — see {@link #tsaUsed()}).
     */
    record Outcome(TimeSource timeSource, String code, String detail) {
        public static final String TSA_OK = "TSA_OK";
        public static final String TSA_NOT_CONFIGURED = "TSA_NOT_CONFIGURED";
        public static final String TSA_UNREACHABLE = "TSA_UNREACHABLE";
        public static final String TSA_REJECTED = "TSA_REJECTED";
        public static final String TSA_RESPONSE_INVALID = "TSA_RESPONSE_INVALID";

        public boolean tsaUsed() {
            return timeSource.kind() == TimeSource.Kind.TSA;
        }
    }

    /** Device time only, because no authority is configured. */
    static TimeStamper deviceOnly() {
        return hash -> new Outcome(TimeSource.device(), Outcome.TSA_NOT_CONFIGURED, "no time-stamp authority is configured; device time only");
    }
}
