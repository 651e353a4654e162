package ai.attested.app.vault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Collects chain findings, keeping the {@code limit} with the lowest seal numbers (a dropped line
 * near the start makes every later line disagree; the first ones say what happened) and counting all.
 * At one seal number, a finding about the seal's own content comes before one about the stores
 * disagreeing, because it says more.
 */
final class Findings {

    private static final Map<String, Integer> PRIORITY = Map.ofEntries(
            Map.entry("SEAL_MALFORMED", 0), Map.entry("SEAL_NOT_CANONICAL", 0), Map.entry("SEAL_HASH_MISMATCH", 1),
            Map.entry("SEAL_SIGNER_MISMATCH", 2), Map.entry("SEAL_SIGNATURE_INVALID", 2), Map.entry("SEAL_VAULT_MISMATCH", 3),
            Map.entry("SEAL_INDEX_MISMATCH", 4), Map.entry("SEAL_SEQ_GAP", 5), Map.entry("CHAIN_LINK_BROKEN", 6),
            Map.entry("JSONL_ORDER_BROKEN", 7), Map.entry("STORES_DISAGREE", 8));

    static final Comparator<ChainFinding> ORDER = Comparator.comparingLong(ChainFinding::seq)
            .thenComparingInt(f -> PRIORITY.getOrDefault(f.code(), 9))
            .thenComparing(ChainFinding::message);

    private final int limit;
    private final PriorityQueue<ChainFinding> worstLast = new PriorityQueue<>(ORDER.reversed());
    private long total;

    Findings(int limit) {
        this.limit = limit;
    }

    void add(long seq, String code, String message) {
        add(new ChainFinding(seq, code, message));
    }

    void add(ChainFinding f) {
        total++;
        worstLast.add(f);
        if (worstLast.size() > limit) {
            worstLast.poll();
        }
    }

    void addAll(List<ChainFinding> fs) {
        fs.forEach(this::add);
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    List<ChainFinding> sorted() {
        List<ChainFinding> out = new ArrayList<>(worstLast);
        out.sort(ORDER);
        return out;
    }
}
