package ai.attested.app.vault;

import java.util.List;

/**
 * What one pass over both stores found: the database chain (count, head, running row digest),
 * findings, and the crash leftovers a clean chain may repair: seals present in only one store at
 * the end, and a torn last line of the mirror ({@code tornTailStart} &ge; 0). {@code trustedCount}: the
 * seals covered by the signed verified state whose signatures were not checked again (0 if none);
 * {@code tree}: the
 * Merkle tree over the database's seals and then the mirror-only ones, in seq order.
 */
record ChainScan(
        long h2Count,
        String h2Head,
        RowDigest digest,
        Findings findings,
        List<StoredSeal> h2Only,
        List<StoredSeal> jsonlOnly,
        long tornTailStart,
        long signaturesChecked,
        long trustedCount,
        ChainTree tree) {}
