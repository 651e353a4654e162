package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Verifies the seal chain in one streaming pass over the database rows and the mirror lines in
 * lockstep: seq contiguity, prev links, byte equality of both stores, and (in parallel, chunk by
 * chunk) each seal's own hash, signature and index columns. A seal present in only one store at
 * the end is a repair candidate, checked like any other seal.
 */
final class ChainVerifier {

    static final String ZERO_HASH = "0".repeat(64);
    private static final int CHUNK = 256;
    private static final int MAX_IN_FLIGHT = 16;
    private static final int KEPT_FINDINGS = 200;

    private final SealCodec codec;
    private final byte[] operatorKey;
    private final String vaultId;
    private final ExecutorService pool;

    ChainVerifier(SealCodec codec, byte[] operatorKey, String vaultId, ExecutorService pool) {
        this.codec = codec;
        this.operatorKey = operatorKey.clone();
        this.vaultId = vaultId;
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

    /** Reads a seal this process just minted: canonical form, hash, signature, before it is stored. */
    SealFacts readOwn(String json) {
        return codec.read(json, operatorKey, true);
    }

    /** Checks one seal's content against its own hash and signature, and its row against the content. */
    List<ChainFinding> checkContent(SealRow raw) {
        StoredSeal row = raw.toStoredSeal();
        List<ChainFinding> out = new ArrayList<>(0);
        try {
            SealFacts facts = codec.read(row.json(), operatorKey, true);
            if (!facts.vaultId().equals(vaultId)) {
                out.add(new ChainFinding(row.seq(), "SEAL_VAULT_MISMATCH",
                        "Seal #" + row.seq() + " belongs to vault " + facts.vaultId() + ", not to this vault."));
            }
            if (!row.indexMatches(facts)) {
                out.add(new ChainFinding(row.seq(), "SEAL_INDEX_MISMATCH",
                        "The database columns of seal #" + row.seq() + " differ from the seal's own JSON."));
            }
        } catch (AppException e) {
            out.add(new ChainFinding(row.seq(), e.code(), "Seal #" + row.seq() + " in the database: " + e.getMessage()));
        }
        return out;
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
        private final Deque<Future<List<ChainFinding>>> inFlight = new ArrayDeque<>();
        private final List<StoredSeal> h2Only = new ArrayList<>();
        private final List<StoredSeal> jsonlOnly = new ArrayList<>();
        private final ChainTree tree;
        private List<SealRow> chunk = new ArrayList<>(CHUNK);
        private long expectSeq = 1;
        private String prevHash = ZERO_HASH;
        private long signaturesChecked;
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
                submitChunk();
                while (!inFlight.isEmpty()) {
                    awaitOldest();
                }
                long h2Count = digest.count();
                String h2Head = prevHash;
                long torn = h2Only.isEmpty() ? jsonlTail() : -1;
                if (torn < 0 && lines.hasTornTail()) {
                    torn = lines.tornTailStart();
                }
                return new ChainScan(h2Count, h2Head, digest, findings, h2Only, jsonlOnly, torn, signaturesChecked, trustedCount, tree);
            } catch (PrefixNotConfirmed e) {
                inFlight.forEach(f -> f.cancel(true));
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
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    submitChunk();
                }
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
                    SealFacts lineFacts = codec.read(new String(line, StandardCharsets.UTF_8), operatorKey, false);
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

        private void submitChunk() {
            if (chunk.isEmpty()) {
                return;
            }
            List<SealRow> work = chunk;
            chunk = new ArrayList<>(CHUNK);
            signaturesChecked += work.size();
            inFlight.add(pool.submit(() -> {
                List<ChainFinding> out = new ArrayList<>();
                for (SealRow s : work) {
                    out.addAll(checkContent(s));
                }
                return out;
            }));
            while (inFlight.size() > MAX_IN_FLIGHT) {
                awaitOldest();
            }
        }

        private void awaitOldest() {
            try {
                findings.addAll(inFlight.removeFirst().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AppException("VAULT_VERIFY_INTERRUPTED", "Verification was interrupted.", e);
            } catch (ExecutionException e) {
                throw new AppException("VAULT_VERIFY_FAILED", "Verification failed: " + e.getCause(), e.getCause());
            }
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
                    SealFacts facts = codec.read(json, operatorKey, true);
                    signaturesChecked++;
                    if (!Arrays.equals(json.getBytes(StandardCharsets.UTF_8), line) || facts.seq() != seq
                            || !facts.prevSealHash().equals(prevHash) || !facts.vaultId().equals(vaultId)) {
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
