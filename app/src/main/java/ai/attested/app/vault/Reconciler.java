package ai.attested.app.vault;

import java.util.ArrayList;
import java.util.List;

/**
 * Completes what a crash interrupted, and nothing else (docs/decisions/0060-seal-store-protocol.md):
 * only when the scan found no disagreement, it cuts a torn last mirror line, copies seals that
 * reached only the mirror into the database, and seals that reached only the database into the
 * mirror. Each repair is reported.
 */
final class Reconciler {

    private Reconciler() {}

    static List<String> repair(ChainScan scan, SealTable table, JsonlMirror mirror) {
        List<String> done = new ArrayList<>();
        if (!scan.findings().isEmpty()) {
            return done; // disagreement of content: report, never touch either store
        }
        if (scan.tornTailStart() >= 0) {
            long cut = mirror.length() - scan.tornTailStart();
            mirror.truncate(scan.tornTailStart());
            done.add("JSONL_TORN_TAIL_TRUNCATED: removed an unfinished last line of seals.jsonl (" + cut + " bytes)");
        }
        if (!scan.jsonlOnly().isEmpty()) {
            table.insert(scan.jsonlOnly());
            done.add("H2_COMPLETED_FROM_JSONL: " + range(scan.jsonlOnly()) + " reached seals.jsonl but not the database; copied");
        }
        if (!scan.h2Only().isEmpty()) {
            mirror.append(scan.h2Only().stream().map(StoredSeal::json).toList());
            done.add("JSONL_COMPLETED_FROM_H2: " + range(scan.h2Only()) + " reached the database but not seals.jsonl; copied");
        }
        return done;
    }

    private static String range(List<StoredSeal> seals) {
        long first = seals.getFirst().seq();
        long last = seals.getLast().seq();
        return first == last ? "seal #" + first : "seals #" + first + "-#" + last;
    }
}
