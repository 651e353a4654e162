package ai.attested.bundle.seal;

/** One result of checking a seal: a stable code (UPPER_SNAKE) and a plain sentence. */
public record SealFinding(String code, String detail) {
    public SealFinding {
        SealRules.require("code", code);
        SealRules.require("detail", detail);
    }

    @Override
    public String toString() {
        return code + ": " + detail;
    }
}
