package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Turns a group of minters into checked seals for the positions after the current head. */
final class GroupMinter {

    private final VaultInfo info;
    private final Ed25519PrivateKey key;
    private final ChainVerifier verifier;
    private final ExecutorService pool;

    GroupMinter(VaultInfo info, Ed25519PrivateKey key, ChainVerifier verifier, ExecutorService pool) {
        this.info = info;
        this.key = key;
        this.verifier = verifier;
        this.pool = pool;
    }

    /**
     * Mints a group: chain positions are assigned in order (each seal hash is known before its
     * signature), then the signatures are made and every new seal is fully checked (canonical form,
     * hash, signature, position) on all cores.
     */
    List<StoredSeal> mint(List<? extends SealMinter> minters, long count, String head) {
        List<SealMinter.Prepared> prepared = new ArrayList<>(minters.size());
        long seq = count;
        String prev = head;
        for (SealMinter m : minters) {
            seq++;
            SealMinter.Prepared p = m.prepare(new SealContext(info.vaultId(), info.username(), seq, prev, key));
            if (p.sealHash() == null) {
                String json = p.finish().get();
                p = new SealMinter.Prepared(verifier.readOwn(json).sealHash(), () -> json);
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
                SealFacts facts = verifier.readOwn(json);
                if (facts.seq() != position || !facts.prevSealHash().equals(expectPrev) || !facts.sealHash().equals(p.sealHash())
                        || !facts.vaultId().equals(info.vaultId().formatted())) {
                    throw new AppException("SEAL_REJECTED", "The new seal does not take chain position #" + position + " of this vault.");
                }
                return StoredSeal.of(facts, json);
            }));
        }
        List<StoredSeal> batch = new ArrayList<>(done.size());
        for (var f : done) {
            try {
                batch.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AppException("SEAL_INTERRUPTED", "Sealing was interrupted; nothing was stored.", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AppException app) {
                    throw app;
                }
                throw new AppException("SEAL_FAILED", "Sealing failed: " + e.getCause() + "; nothing was stored.", e.getCause());
            }
        }
        return batch;
    }

}
