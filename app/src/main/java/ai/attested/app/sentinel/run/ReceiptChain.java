package ai.attested.app.sentinel.run;

import ai.attested.app.sentinel.Timestamps;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.sign.ReceiptSealer;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.time.Instant;
import java.util.Optional;

/**
 * The hash chain of one run (seed 004 §7.3–7.5): counters from 1 with no gap, each receipt linked to
 * the previous one's this_receipt_hash, sealed with the policy issuer's key and on disk before
 * {@link #append} returns.
 */
public final class ReceiptChain {
    private final RunDirectory dir;
    private final String runId;
    private final String policyId;
    private final Ed25519PrivateKey key;
    private long nextCounter;
    private String prevHash;
    private Receipt last;

    private ReceiptChain(RunDirectory dir, String runId, String policyId, Ed25519PrivateKey key, Receipt last) {
        this.dir = dir;
        this.runId = runId;
        this.policyId = policyId;
        this.key = key;
        this.last = last;
        this.nextCounter = last == null ? 1 : last.counter() + 1;
        this.prevHash = last == null ? ReceiptDraft.GENESIS_PREV_HASH : last.thisReceiptHash();
    }

    public static ReceiptChain start(RunDirectory dir, String runId, String policyId, Ed25519PrivateKey key) {
        return new ReceiptChain(dir, runId, policyId, key, null);
    }

    /** Continues after {@code last}, which must already have been checked (see {@link RunChainCheck}). */
    public static ReceiptChain continueAfter(RunDirectory dir, Receipt last, Ed25519PrivateKey key) {
        return new ReceiptChain(dir, last.runId(), last.policyId(), key, last);
    }

    public Receipt append(Instant at, EventType type, Decision decision, Measurement measurement) {
        ReceiptDraft draft = new ReceiptDraft(runId, nextCounter, Timestamps.format(at), type, decision, policyId,
                measurement, prevHash);
        Receipt r = ReceiptSealer.seal(draft, key);
        dir.append(r);
        last = r;
        nextCounter++;
        prevHash = r.thisReceiptHash();
        return r;
    }

    public Optional<Receipt> last() {
        return Optional.ofNullable(last);
    }

    public long count() {
        return nextCounter - 1;
    }

    public String runId() {
        return runId;
    }
}
