package ai.attested.app.vault;

import java.util.List;

/**
 * What one pass over both stores found: the database chain (count, head, running row digest),
 * findings, and the crash leftovers a clean chain may repair: seals present in only one store at
 * the end, and a torn last line of the mirror ({@code tornTailStart} &ge; 0). {@code sealHashes}: the
 * database's seal hashes in seq order (the Merkle leaves).
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
        List<String> sealHashes) {}
