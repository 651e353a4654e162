package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Turns a group of minters into checked seals for the positions after the current head. */
final class GroupMinter {

    private final VaultInfo info;
    private final Ed25519PrivateKey key;
    private final SealChecks checks;
    private final ExecutorService pool;

    GroupMinter(VaultInfo info, Ed25519PrivateKey key, SealChecks checks, ExecutorService pool) {
        this.info = info;
        this.key = key;
        this.checks = checks;
        this.pool = pool;
    }

    /** Mints a group and waits for it; see {@link #start}. */
    List<StoredSeal> mint(List<? extends SealMinter> minters, long count, String head) {
        return start(minters, count, head).await();
    }

    /**
     * Mints consecutive groups of up to {@code groupSize} and hands each to {@code store} in order;
     * the next group is started before the current one is stored, so its signing overlaps the
     * writing. When {@code store} or a group fails, the groups after it are abandoned.
     */
    void mintInGroups(List<? extends SealMinter> minters, int groupSize, long count, String head, Consumer<List<StoredSeal>> store) {
        Pending next = minters.isEmpty() ? null : start(group(minters, 0, groupSize), count, head);
        for (int from = groupSize; next != null; from += groupSize) {
            Pending current = next;
            try {
                next = from >= minters.size() ? null : start(group(minters, from, groupSize), current.lastSeq(), current.lastHash());
            } catch (RuntimeException e) {
                current.cancel();
                throw e;
            }
            try {
                store.accept(current.await());
            } catch (RuntimeException e) {
                if (next != null) {
                    next.cancel();
                }
                throw e;
            }
        }
    }

    private static List<? extends SealMinter> group(List<? extends SealMinter> minters, int from, int size) {
        return minters.subList(from, Math.min(minters.size(), from + size));
    }

    /**
     * Starts minting a group: chain positions are assigned in order on this thread (each seal hash
     * is known before its signature), then the signatures are made and every new seal is fully
     * checked (canonical form, hash, signature, position) on all cores. The next group can be
     * started from {@link Pending#lastSeq()} and {@link Pending#lastHash()} while this one runs.
     */
    Pending start(List<? extends SealMinter> minters, long count, String head) {
        List<SealMinter.Prepared> prepared = new ArrayList<>(minters.size());
        long seq = count;
        String prev = head;
        for (SealMinter m : minters) {
            seq++;
            SealMinter.Prepared p = m.prepare(new SealContext(info.vaultId(), info.username(), seq, prev, key));
            if (p.sealHash() == null) {
                String json = p.finish().get();
                p = new SealMinter.Prepared(checks.read(json).sealHash(), () -> json);
            }
            prepared.add(p);
            prev = p.sealHash();
        }
        List<Future<StoredSeal>> done = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            long position = count + 1 + i;
            String expectPrev = i == 0 ? head : prepared.get(i - 1).sealHash();
            SealMinter.Prepared p = prepared.get(i);
            done.add(pool.submit(() -> {
                String json = p.finish().get();
                SealFacts facts = checks.read(json);
                if (facts.seq() != position || !facts.prevSealHash().equals(expectPrev) || !facts.sealHash().equals(p.sealHash())
                        || !facts.vaultId().equals(info.vaultId().formatted())) {
                    throw new AppException("SEAL_REJECTED", "The new seal does not take chain position #" + position + " of this vault.");
                }
                return StoredSeal.of(facts, json);
            }));
        }
        return new Pending(seq, prev, done);
    }

    /** A group being minted: its positions are fixed, its seals may still be being signed and checked. */
    record Pending(long lastSeq, String lastHash, List<Future<StoredSeal>> seals) {

        /** The checked seals in order; nothing is stored yet. */
        List<StoredSeal> await() {
            List<StoredSeal> batch = new ArrayList<>(seals.size());
            try {
                for (var f : seals) {
                    batch.add(f.get());
                }
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                throw new AppException("SEAL_INTERRUPTED", "Sealing was interrupted; nothing was stored.", e);
            } catch (ExecutionException e) {
                cancel();
                if (e.getCause() instanceof AppException app) {
                    throw app;
                }
                throw new AppException("SEAL_FAILED", "Sealing failed: " + e.getCause() + "; nothing was stored.", e.getCause());
            }
            return batch;
        }

        /** Abandons the group (a group before it failed): its seals are never stored. */
        void cancel() {
            seals.forEach(f -> f.cancel(true));
        }
    }
}
