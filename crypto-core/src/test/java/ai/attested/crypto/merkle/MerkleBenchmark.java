package ai.attested.crypto.merkle;

import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteException;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-process benchmark of the Merkle operations the vault performs at 100,000+ seals.
 * Not a test (surefire ignores the name). Prints the median of timed rounds after warm-up.
 *
 * <pre>
 * ./mvnw -B -q -pl crypto-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ai.attested.crypto.merkle.MerkleBenchmark -Dexec.args="100000 21"
 * </pre>
 */
public final class MerkleBenchmark {
    /** Results land here so the JIT cannot drop the work that produced them. */
    private static volatile Object blackhole;

    private MerkleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int leaves = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<byte[]> hashes = new ArrayList<>(leaves);
        for (int i = 0; i < leaves; i++) {
            hashes.add(MerkleTree.leafHash(("seal-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] root = MerkleTree.root(hashes);
        int index = leaves / 3;
        List<byte[]> path = InclusionProof.create(hashes, index, leaves).path();
        int size1 = leaves - leaves / 7;
        byte[] root1 = MerkleTree.root(hashes.subList(0, size1));
        List<byte[]> consistency = ConsistencyProof.create(hashes, size1, leaves).path();
        System.out.printf("Merkle benchmark: %,d leaves, %d rounds, java %s%n", leaves, rounds,
                System.getProperty("java.version"));

        report("MerkleTree.root", rounds, () -> MerkleTree.root(hashes));
        report("CompactMerkleTree.of + root", rounds, () -> CompactMerkleTree.of(hashes).root());
        report("CompactMerkleTree append 1 + root", rounds * 1000, appendOne(hashes));
        report("InclusionProof.create", rounds, () -> InclusionProof.create(hashes, index, leaves));
        report("InclusionProof.verify", rounds * 1000, () -> {
            InclusionProof.verify(hashes.get(index), index, leaves, path, root);
            return null;
        });
        report("ConsistencyProof.create", rounds, () -> ConsistencyProof.create(hashes, size1, leaves));
        report("ConsistencyProof.verify", rounds * 1000, () -> {
            ConsistencyProof.verify(size1, leaves, consistency, root1, root);
            return null;
        });
        NoteSigner signer = NoteSigner.ed25519("sovereign-vault/0000-00000-0000", Ed25519PrivateKey.fromSeed(new byte[32]));
        String checkpointText = new Checkpoint(signer.name(), leaves, root).toText();
        byte[] note = signer.sign(checkpointText).getBytes(StandardCharsets.UTF_8);
        report("NoteSigner.sign (checkpoint)", rounds * 100, () -> signer.sign(checkpointText));
        report("Checkpoint.open (verify + parse)", rounds * 100, () -> Checkpoint.open(note, List.of(signer.verifierKey())));
    }

    private static Op appendOne(List<byte[]> hashes) {
        CompactMerkleTree tree = CompactMerkleTree.of(hashes);
        byte[] extra = hashes.get(0);
        return () -> {
            tree.append(extra);
            return tree.root();
        };
    }

    /** One timed operation; may throw because verification does. */
    private interface Op {
        Object run() throws ProofException, NoteException;
    }

    private static void report(String name, int rounds, Op op) throws ProofException, NoteException {
        for (int i = 0; i < Math.max(3, rounds / 3); i++) {
            blackhole = op.run(); // warm-up
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            blackhole = op.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMicros = nanos[rounds / 2] / 1000.0;
        System.out.printf("  %-36s median %,12.1f us   (min %,.1f us)%n", name, medianMicros, nanos[0] / 1000.0);
    }
}
