package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.app.operator.KeyUnlocker;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A vault: the operator's identity and key, and the append-only seal chain kept in an H2 file and
 * a JSONL mirror. Opening ({@link VaultOpening}) takes the vault's process lock, verifies the chain,
 * and completes what a crash interrupted. Thread-safe; close it to release the lock.
 */
public final class Vault implements AutoCloseable {

    /** How many seals may be appended between two refreshes of the signed verified state. */
    private static final long STATE_REFRESH = 1000;

    private final VaultLocation location;
    private final VaultInfo info;
    private final VaultLock lock;
    private final SealTable table;
    private final JsonlMirror mirror;
    private final Ed25519PrivateKey key; // null when opened read-only
    private final ExecutorService pool;
    private final SealChecks checks;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private ChainStatus status;
    private RowDigest digest;
    private long count;
    private String head;
    private long stateCount;
    private boolean broken;

    /** Takes over the lock and both stores; see {@link VaultOpening}. */
    Vault(VaultLocation location, VaultInfo info, VaultLock lock, SealTable table, JsonlMirror mirror,
            Ed25519PrivateKey key, SealCodec codec, LongConsumer beforeIntervalCheckpoint) {
        this.location = location;
        this.info = info;
        this.lock = lock;
        this.table = table;
        this.mirror = mirror;
        this.key = key;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "vault-verify");
            t.setDaemon(true);
            return t;
        });
        this.checks = new SealChecks(codec, info.publicKey().raw(), info.vaultId().formatted());
        this.verifier = new ChainVerifier(checks, pool);
        this.checkpoints = new Checkpoints(location, info, table, beforeIntervalCheckpoint);
    }

    /** Creates a new vault (Vault ID, operator key, empty chain) and opens it for sealing. */
    public static Vault create(VaultLocation location, VaultSetup setup, SealCodec codec) {
        return VaultOpening.create(location, setup, codec);
    }

    /** {@link #create(VaultLocation, VaultSetup, SealCodec)} with the project's seal format. */
    public static Vault create(VaultLocation location, VaultSetup setup) {
        return create(location, setup, new BundleSealCodec());
    }

    /** {@link #open(VaultLocation, KeyUnlocker, SealCodec)} with the project's seal format. */
    public static Vault open(VaultLocation location, KeyUnlocker unlocker) {
        return open(location, unlocker, new BundleSealCodec());
    }

    /** {@link #openReadOnly(VaultLocation, SealCodec)} with the project's seal format. */
    public static Vault openReadOnly(VaultLocation location) {
        return openReadOnly(location, new BundleSealCodec());
    }

    /** Opens a vault for sealing: unlocks the operator key (no network ever), verifies and repairs the chain. */
    public static Vault open(VaultLocation location, KeyUnlocker unlocker, SealCodec codec) {
        return VaultOpening.open(location, unlocker, codec, true, VaultOpening.NO_HOOK);
    }

    /**
     * {@link #open(VaultLocation, KeyUnlocker, SealCodec)} that calls {@code beforeIntervalCheckpoint}
     * with the size of every every-100 checkpoint just before signing it: crash tests stop the
     * process at that exact instant.
     */
    static Vault open(VaultLocation location, KeyUnlocker unlocker, SealCodec codec, LongConsumer beforeIntervalCheckpoint) {
        return VaultOpening.open(location, unlocker, codec, true, beforeIntervalCheckpoint);
    }

    /** Opens a vault to read and verify it; appending and checkpoints need {@link #open}. */
    public static Vault openReadOnly(VaultLocation location, SealCodec codec) {
        return VaultOpening.open(location, null, codec, false, VaultOpening.NO_HOOK);
    }

    /**
     * Verifies both stores now and completes crash leftovers. {@code full} ignores the signed
     * verified state and checks every seal's signature.
     */
    public synchronized ChainStatus verify(boolean full) {
        VerifiedState.Claimed claimed = full ? null
                : VerifiedState.readClaimed(location.verifiedStateFile(), info.publicKey(), info.vaultId().formatted()).orElse(null);
        ChainScan scan = verifier.scan(table, mirror, claimed, checkpoints::newTree);
        List<String> repairs = new ArrayList<>(Reconciler.repair(scan, table, mirror));
        digest = scan.digest();
        count = scan.h2Count();
        head = scan.h2Head();
        for (StoredSeal s : scan.jsonlOnly()) {
            digest.add(SealRow.of(s));
            count = s.seq();
            head = s.sealHash();
        }
        checkpoints.adopt(scan.tree());
        if (scan.findings().isEmpty()) {
            scan.findings().addAll(checkpoints.verify(full));
        }
        boolean ok = scan.findings().isEmpty();
        // a state the rows did not confirm (every seal was then checked) is rewritten below
        stateCount = scan.trustedCount();
        if (key != null && ok) {
            refreshVerifiedState();
            repairs.addAll(checkpoints.catchUp(key));
        }
        status = new ChainStatus(count, head, scan.findings().sorted(), scan.findings().total(), repairs, scan.signaturesChecked());
        broken = !status.ok();
        return status;
    }

    /** Appends one seal; see {@link #append(List)}. */
    public StoredSeal append(SealMinter minter) {
        return append(List.of(minter)).getFirst();
    }

    /**
     * Appends seals as one durable group: minted in order, checked, written to the mirror and
     * forced to disk, then inserted into the database in one transaction and forced to disk. When
     * this returns, every seal of the group is durable in both stores; before, none is reported.
     */
    public synchronized List<StoredSeal> append(List<? extends SealMinter> minters) {
        requireAppendable();
        if (minters.isEmpty()) {
            return List.of();
        }
        List<StoredSeal> batch = new GroupMinter(info, key, checks, pool).mint(minters, count, head);
        store(batch);
        return batch;
    }

    /**
     * Appends seals as consecutive durable groups of up to {@code groupSize}, each exactly as
     * {@link #append(List)} does; while one group is written and forced to disk, the next is
     * signed and checked on the other cores. {@code onDurable} receives each group once it is
     * durable in both stores, before any later group is written. On a failure, the groups already
     * handed over stay durable and no later one is stored.
     */
    public synchronized void append(List<? extends SealMinter> minters, int groupSize, Consumer<List<StoredSeal>> onDurable) {
        requireAppendable();
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize must be at least 1");
        }
        new GroupMinter(info, key, checks, pool).mintInGroups(minters, groupSize, count, head, batch -> {
            store(batch);
            onDurable.accept(batch);
        });
    }

    private void requireAppendable() {
        if (key == null) {
            throw new AppException("VAULT_READ_ONLY", "This vault was opened read-only; open it with the operator key to seal.");
        }
        if (broken) {
            throw new AppException("CHAIN_BROKEN", "The seal chain did not verify (" + status.summaryLine()
                    + "); no seal is added until it is investigated with 'svault vault verify'.");
        }
    }

    /** Writes a minted group to the mirror (forced), then the database (committed, synced); then counts it. */
    private void store(List<StoredSeal> batch) {
        mirror.append(batch.stream().map(StoredSeal::json).toList());
        try {
            table.insert(batch);
        } catch (RuntimeException e) {
            broken = true; // the mirror is ahead; the next open completes the database from it
            throw new AppException("VAULT_WRITE_FAILED", "The seal reached seals.jsonl but not the database: "
                    + e.getMessage() + " Close and reopen the vault to complete it.", e);
        }
        for (StoredSeal s : batch) {
            digest.add(SealRow.of(s));
        }
        count = batch.getLast().seq();
        head = batch.getLast().sealHash();
        status = new ChainStatus(count, head, List.of(), 0, status.repairs(), status.signaturesChecked());
        checkpoints.appended(batch, key);
        if (count - stateCount >= STATE_REFRESH) {
            refreshVerifiedState();
        }
    }

    private void refreshVerifiedState() {
        if (count == 0 || count == stateCount) {
            return;
        }
        try {
            new VerifiedState(info.vaultId().formatted(), count, head, digest.currentHex()).write(location.verifiedStateFile(), key);
            stateCount = count;
        } catch (IOException e) {
            // a missing cache only makes the next open slower; the chain itself is unaffected
        }
    }

    public VaultInfo info() {
        return info;
    }

    public VaultLocation location() {
        return location;
    }

    public synchronized ChainStatus chainStatus() {
        return status;
    }

    public synchronized long sealCount() {
        return count;
    }

    /** Seals matching {@code query}, newest first, {@code limit} from {@code offset}, with the total count. */
    public synchronized SealPage seals(SealQuery query, long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new AppException("PAGE_INVALID", "A page starts at 0 or later and holds 1 to 10000 seals.");
        }
        return table.search(query, offset, limit);
    }

    public synchronized Optional<StoredSeal> seal(long seq) {
        return table.get(seq);
    }

    /** Signs a checkpoint over all seals now (unless the latest already covers them) and returns it. */
    public synchronized Checkpoints.Stored checkpoint() {
        if (key == null) {
            throw new AppException("VAULT_READ_ONLY", "A checkpoint is signed with the operator key; open the vault with it.");
        }
        if (broken) {
            throw new AppException("CHAIN_BROKEN", "No checkpoint over a chain that did not verify (" + status.summaryLine() + ").");
        }
        return checkpoints.create(key);
    }

    /** The signed-note verifier key ({@code name+id+key}) an auditor pins to check this vault's checkpoints. */
    public String checkpointVerifierKey() {
        return checkpoints.verifierKey();
    }

    public synchronized Optional<Checkpoints.Stored> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** The inclusion proof of seal {@code seq} in the latest checkpoint that covers it. */
    public synchronized Checkpoints.Inclusion inclusionProof(long seq) {
        return checkpoints.inclusion(seq);
    }

    /** A consistency proof between the checkpoints of sizes {@code size1} and {@code size2}. */
    public synchronized Checkpoints.Consistency consistencyProof(long size1, long size2) {
        return checkpoints.consistency(size1, size2);
    }

    int schemaVersion() {
        return table.schemaVersion();
    }

    @Override
    public synchronized void close() {
        if (key != null && status != null && status.ok() && !broken) {
            refreshVerifiedState();
        }
        pool.shutdownNow();
        mirror.close();
        table.close();
        lock.close();
    }
}
