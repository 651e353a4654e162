package ai.attested.app.vault;

import java.util.List;

/**
 * The state of a vault's chain after the last verification: OK with {@code sealCount} seals, or
 * the findings (first = lowest seal number). {@code repairs} lists the crash leftovers completed
 * on open; {@code signaturesChecked} how many seals had their signature checked one by one (the
 * others are covered by the operator-signed verified state, see docs/decisions/0060).
 */
public record ChainStatus(
        long sealCount,
        String headSealHash,
        List<ChainFinding> findings,
        long totalFindings,
        List<String> repairs,
        long signaturesChecked) {

    public ChainStatus {
        findings = List.copyOf(findings);
        repairs = List.copyOf(repairs);
    }

    public boolean ok() {
        return totalFindings == 0;
    }

    /** The finding with the lowest seal number. */
    public ChainFinding firstFinding() {
        if (findings.isEmpty()) {
            throw new IllegalStateException("the chain has no findings");
        }
        return findings.getFirst();
    }

    /** {@code chain: OK (N seals)} or {@code chain: FAIL (seal #SEQ, CODE)}. */
    public String summaryLine() {
        if (ok()) {
            return "chain: OK (" + sealCount + (sealCount == 1 ? " seal)" : " seals)");
        }
        ChainFinding f = firstFinding();
        return "chain: FAIL (seal #" + f.seq() + ", " + f.code() + ")";
    }
}
