package ai.attested.app.vault;

/** A disagreement found in the seal chain: the seal number, a stable code, a plain sentence. */
public record ChainFinding(long seq, String code, String message) implements Comparable<ChainFinding> {
    @Override
    public int compareTo(ChainFinding o) {
        return Long.compare(seq, o.seq);
    }
}
