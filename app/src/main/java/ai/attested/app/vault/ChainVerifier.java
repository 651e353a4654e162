package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Verifies the seal chain in one streaming pass over the database rows and the mirror lines in
 * lockstep: seq contiguity, prev links and byte equality of both stores here, each seal's own
 * hash, signature and index columns in parallel ({@link ParallelSealChecks}). A seal present in
 * only one store at the end is a repair candidate, checked like any other seal.
 */
final class ChainVerifier {

    static final String ZERO_HASH = "0".repeat(64);
    private static final int KEPT_FINDINGS = 200;

    private final SealChecks checks;
    private final ExecutorService pool;

    ChainVerifier(SealChecks checks, ExecutorService pool) {
        this.checks = checks;
        this.pool = pool;
    }

    /**
     * Scans both stores. A claimed verified state is relied on while its signature is checked on
     * another core; the scan trusts its prefix only if the signature holds and the rows reproduce
     * its digest, else every seal is verified. The Merkle tree over the chain (crash leftovers
     * included) is built into a fresh {@code trees} tree.
     */
    ChainScan scan(SealTable table, JsonlMirror mirror, VerifiedState.Claimed claimed, Supplier<ChainTree> trees) {
        if (claimed != null) {
            Future<Boolean> signed = pool.submit(claimed::signatureValid);
            try {
                ChainScan scan = new Pass(claimed.state(), trees.get()).run(table, mirror);
                if (await(signed)) {
                    return scan;
                }
            } catch (PrefixNotConfirmed e) {
                // the rows are not those that were verified: verify everything
            }
        }
        return new Pass(null, trees.get()).run(table, mirror);
    }

    private static boolean await(Future<Boolean> signed) {
        try {
            return signed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("VAULT_VERIFY_INTERRUPTED", "Verification was interrupted.", e);
        } catch (ExecutionException e) {
            return false;
        }
    }

    private static final class PrefixNotConfirmed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrefixNotConfirmed() {
            super(null, null, false, false);
        }
    }

    /** One lockstep pass; mutable state kept here, not in the verifier. */
    private final class Pass {
        private final VerifiedState trusted;
        private final long trustedCount;
        private final Findings findings = new Findings(KEPT_FINDINGS);
        private final RowDigest digest = new RowDigest();
        private final ParallelSealChecks contentChecks = new ParallelSealChecks(checks, pool, findings);
        private final List<StoredSeal> h2Only = new ArrayList<>();
        private final List<StoredSeal> jsonlOnly = new ArrayList<>();
        private final ChainTree tree;
        private long expectSeq = 1;
        private String prevHash = ZERO_HASH;
        private long tailSignaturesChecked;
        private JsonlMirror.LineReader lines;
        private boolean prefixConfirmed;

        Pass(VerifiedState trusted, ChainTree tree) {
            this.trusted = trusted;
            this.tree = tree;
            this.trustedCount = trusted == null ? 0 : trusted.count();
            this.prefixConfirmed = trusted == null;
        }

        ChainScan run(SealTable table, JsonlMirror mirror) {
            lines = mirror.lines();
            try (RowFeed feed = new RowFeed(table, row -> tree.add(row.sealHash()))) {
                for (List<SealRow> batch = feed.next(); !batch.isEmpty(); batch = feed.next()) {
                    for (SealRow row : batch) {
                        row(row);
                    }
                }
                if (!prefixConfirmed) {
                    throw new PrefixNotConfirmed();
                }
                contentChecks.finish();
                long h2Count = digest.count();
                String h2Head = prevHash;
                long torn = h2Only.isEmpty() ? jsonlTail() : -1;
                if (torn < 0 && lines.hasTornTail()) {
                    torn = lines.tornTailStart();
                }
                long signaturesChecked = contentChecks.submitted() + tailSignaturesChecked;
                return new ChainScan(h2Count, h2Head, digest, findings, h2Only, jsonlOnly, torn, signaturesChecked, trustedCount, tree);
            } catch (PrefixNotConfirmed e) {
                contentChecks.cancel();
                throw e;
            }
        }

        private void row(SealRow row) {
            byte[] json = row.json();
            digest.add(row);
            if (row.seq() != expectSeq) {
                findings.add(expectSeq, "SEAL_SEQ_GAP", "The database has no seal #" + expectSeq
                        + " (the next row is #" + row.seq() + "): seals were removed.");
            }
            if (!row.prevSealHash().equals(prevHash)) {
                findings.add(row.seq(), "CHAIN_LINK_BROKEN", "Seal #" + row.seq()
                        + " does not link to the hash of the seal before it.");
            }
            if (!advance()) {
                h2Only.add(row.toStoredSeal());
            } else if (!lines.lineEquals(json)) {
                compareMismatch(row.seq(), lines.line());
            }
            if (row.seq() > trustedCount) {
                if (!prefixConfirmed) {
                    throw new PrefixNotConfirmed();
                }
                contentChecks.add(row);
            } else if (row.seq() == trustedCount) {
                // rows 1..N must hash to exactly what the operator signed; otherwise verify all
                if (!digest.currentHex().equals(trusted.rowsSha256()) || !row.sealHash().equals(trusted.headSealHash())) {
                    throw new PrefixNotConfirmed();
                }
                prefixConfirmed = true;
            }
            prevHash = row.sealHash();
            expectSeq = row.seq() + 1;
        }

        private void compareMismatch(long seq, byte[] line) {
            if (findings.total() < KEPT_FINDINGS) {
                try {
                    SealFacts lineFacts = checks.readUnsigned(new String(line, StandardCharsets.UTF_8));
                    if (lineFacts.seq() != seq) {
                        findings.add(seq, "JSONL_ORDER_BROKEN", "Line " + seq + " of seals.jsonl holds seal #"
                                + lineFacts.seq() + ": a line was dropped, added or moved.");
                        return;
                    }
                } catch (AppException e) {
                    // not even a seal: reported as a disagreement below
                }
            }
            findings.add(seq, "STORES_DISAGREE", "Seal #" + seq + " differs between the database and line " + seq
                    + " of seals.jsonl.");
        }

        /** Reads mirror lines beyond the database: crash leftovers if they chain on; returns a torn-tail offset or -1. */
        private long jsonlTail() {
            byte[] line;
            while ((line = nextLine()) != null) {
                long seq = expectSeq;
                if (isNulPadding(line)) {
                    long start = lines.lastLineStart();
                    return restIsNulPadding() ? start : finding(seq, "JSONL_LINE_MALFORMED",
                            "Line " + seq + " of seals.jsonl is not a seal.");
                }
                String json = new String(line, StandardCharsets.UTF_8);
                try {
                    SealFacts facts = checks.read(json);
                    tailSignaturesChecked++;
                    if (!Arrays.equals(json.getBytes(StandardCharsets.UTF_8), line) || facts.seq() != seq
                            || !facts.prevSealHash().equals(prevHash) || !checks.ofThisVault(facts)) {
                        return finding(seq, "JSONL_ORDER_BROKEN", "Line " + seq + " of seals.jsonl (seal #" + facts.seq()
                                + ") does not continue the chain after seal #" + (seq - 1) + ".");
                    }
                    jsonlOnly.add(StoredSeal.of(facts, json));
                    tree.add(facts.sealHash());
                    prevHash = facts.sealHash();
                    expectSeq++;
                } catch (AppException e) {
                    return finding(seq, e.code(), "Line " + seq + " of seals.jsonl: " + e.getMessage());
                }
            }
            return -1;
        }

        private long finding(long seq, String code, String message) {
            findings.add(seq, code, message);
            return -1;
        }

        private boolean restIsNulPadding() {
            byte[] line;
            boolean allNul = true;
            while ((line = nextLine()) != null) {
                allNul &= isNulPadding(line);
            }
            return allNul;
        }

        private byte[] nextLine() {
            return advance() ? lines.line() : null;
        }

        private boolean advance() {
            try {
                return lines.advance();
            } catch (IOException e) {
                throw new AppException("JSONL_IO_ERROR", "seals.jsonl cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** A line of NUL bytes: what a file system may leave where an unfinished append was (power loss). */
    private static boolean isNulPadding(byte[] line) {
        for (byte b : line) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
