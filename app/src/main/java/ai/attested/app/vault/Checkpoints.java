package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.crypto.Hex;
import ai.attested.crypto.merkle.ConsistencyProof;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteException;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.crypto.note.NoteVerifierKey;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import ai.attested.crypto.merkle.CompactMerkleTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Merkle checkpoints over the seal chain: an RFC 9162 tree whose leaves are the 32 raw bytes of
 * each seal_hash, in seq order, signed by the operator key as a C2SP tlog-checkpoint note. One is
 * made every {@value #INTERVAL} seals and on demand; each is stored in the database and as
 * {@code checkpoints/<size>.checkpoint}.
 */
public final class Checkpoints {

    public static final int INTERVAL = 100;

    /** A stored checkpoint: the signed note and what it says. */
    public record Stored(long treeSize, String rootHash, String signedNote, String createdAt) {}

    /** Seal {@code seq} (leaf index seq-1) is in the tree of {@code checkpoint}: the audit path. */
    public record Inclusion(long seq, String sealHash, Stored checkpoint, List<byte[]> path) {}

    /** The tree of {@code older} is a prefix of the tree of {@code newer}: the consistency path. */
    public record Consistency(Stored older, Stored newer, List<byte[]> path) {}

    private final VaultLocation location;
    private final String origin;
    private final NoteVerifierKey verifierKey;
    private final SealTable table;
    /** The Merkle tree over the whole chain, kept in step with it by the vault. */
    private CompactMerkleTree tree = new CompactMerkleTree();
    /** Roots of the tree at the sizes of the stored checkpoints and at the last multiple of INTERVAL. */
    private final Map<Long, byte[]> rootsAtSizes = new HashMap<>();
    private Optional<Stored> latest;

    Checkpoints(VaultLocation location, VaultInfo info, SealTable table) {
        this.location = location;
        this.origin = "sovereign-vault/" + info.vaultId().formatted();
        this.verifierKey = NoteVerifierKey.ed25519(origin, info.publicKey());
        this.table = table;
        this.latest = loadLatest();
    }

    /** Rebuilds the tree over the chain's seal hashes (seq order), noting the roots that checks and catch-up need. */
    void rebuild(List<String> sealHashes) {
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        all().forEach(c -> wanted.add(c.treeSize()));
        wanted.add((long) sealHashes.size() / INTERVAL * INTERVAL);
        rootsAtSizes.clear();
        tree = new CompactMerkleTree();
        for (String h : sealHashes) {
            tree.append(MerkleTree.leafHash(Hex.decode(h)));
            if (wanted.contains(tree.size())) {
                rootsAtSizes.put(tree.size(), tree.root());
            }
        }
    }

    /** Adds durable seals to the tree and signs the checkpoint of every multiple of INTERVAL they reach. */
    void appended(List<StoredSeal> seals, Ed25519PrivateKey key) {
        for (StoredSeal s : seals) {
            tree.append(MerkleTree.leafHash(Hex.decode(s.sealHash())));
            if (tree.size() % INTERVAL == 0) {
                store(tree.size(), tree.root(), key);
            }
        }
    }

    /** The signed-note verifier key ({@code name+id+key}) under which this vault's checkpoints verify. */
    public String verifierKey() {
        return verifierKey.vkey();
    }

    /** Makes the checkpoint every {@value #INTERVAL} seals asks for, if a crash left it missing. */
    void catchUp(Ed25519PrivateKey key) {
        long due = tree.size() / INTERVAL * INTERVAL;
        if (due > 0 && latest.map(s -> s.treeSize() < due).orElse(true) && rootsAtSizes.containsKey(due)) {
            store(due, rootsAtSizes.get(due), key);
        }
    }

    /** Signs a checkpoint over the whole chain now, unless the latest already covers all of it. */
    Stored create(Ed25519PrivateKey key) {
        if (tree.size() == 0) {
            throw new AppException("CHECKPOINT_EMPTY", "The vault has no seals yet; there is nothing to checkpoint.");
        }
        if (latest.isPresent() && latest.get().treeSize() >= tree.size()) {
            return latest.get();
        }
        return store(tree.size(), tree.root(), key);
    }

    private Stored store(long size, byte[] root, Ed25519PrivateKey key) {
        String note = NoteSigner.ed25519(origin, key).sign(new Checkpoint(origin, size, root).toText());
        Stored stored = new Stored(size, Hex.encode(root), note, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        table.insertCheckpoint(new CheckpointRow(stored.treeSize(), stored.rootHash(), stored.signedNote(), stored.createdAt()));
        writeFile(stored);
        latest = Optional.of(stored);
        rootsAtSizes.put(size, root.clone());
        return stored;
    }

    private void writeFile(Stored s) {
        Path file = location.checkpointsDirectory().resolve("%012d.checkpoint".formatted(s.treeSize()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, s.signedNote(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the database row is the record; the file is a copy for auditors, rewritten on the next checkpoint
        }
    }

    List<Stored> all() {
        return table.checkpoints().stream().map(r -> new Stored(r.treeSize(), r.rootHash(), r.note(), r.createdAt())).toList();
    }

    Optional<Stored> latest() {
        return latest;
    }

    private Optional<Stored> loadLatest() {
        List<Stored> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /**
     * Checks stored checkpoints against the chain: each note's signature, and that its root is the
     * root of the chain's first {@code treeSize} seals. Findings name the checkpoint's last seal.
     */
    List<ChainFinding> verify(boolean everyCheckpoint) {
        long chainLength = tree.size();
        List<Stored> all = all();
        List<Stored> toCheck = everyCheckpoint || all.isEmpty() ? all : List.of(all.getLast());
        List<ChainFinding> out = new ArrayList<>();
        for (Stored s : toCheck) {
            try {
                Checkpoint cp = Checkpoint.open(s.signedNote().getBytes(StandardCharsets.UTF_8), List.of(verifierKey));
                if (cp.treeSize() != s.treeSize() || !Hex.encode(cp.rootHash()).equals(s.rootHash()) || !cp.origin().equals(origin)) {
                    out.add(new ChainFinding(s.treeSize(), "CHECKPOINT_MISMATCH", "Checkpoint " + s.treeSize()
                            + " in the database does not match its own signed note."));
                } else if (s.treeSize() > chainLength) {
                    out.add(new ChainFinding(chainLength + 1, "CHECKPOINT_BEYOND_CHAIN", "Checkpoint " + s.treeSize()
                            + " covers more seals than the chain has (" + chainLength + "): seals were removed."));
                } else if (!Arrays.equals(rootsAtSizes.get(s.treeSize()), cp.rootHash())) {
                    out.add(new ChainFinding(s.treeSize(), "CHECKPOINT_ROOT_MISMATCH", "The first " + s.treeSize()
                            + " seals no longer have the Merkle root that checkpoint " + s.treeSize() + " signed."));
                }
            } catch (NoteException e) {
                out.add(new ChainFinding(s.treeSize(), "CHECKPOINT_SIGNATURE_INVALID", "Checkpoint " + s.treeSize()
                        + " does not verify: " + e.code() + " " + e.sentence()));
            }
        }
        return out;
    }

    Inclusion inclusion(long seq) {
        Stored cp = latest().filter(s -> s.treeSize() >= seq && seq >= 1).orElseThrow(() -> new AppException(
                "NO_CHECKPOINT_COVERS", "No checkpoint covers seal #" + seq + " yet; run 'svault vault checkpoint'."));
        InclusionProof proof = InclusionProof.create(leaves(cp.treeSize()), seq - 1, cp.treeSize());
        String sealHash = table.get(seq).orElseThrow().sealHash();
        return new Inclusion(seq, sealHash, cp, proof.path());
    }

    Consistency consistency(long size1, long size2) {
        Stored older = find(size1);
        Stored newer = find(size2);
        if (size1 > size2) {
            throw new AppException("CHECKPOINT_ORDER", "A consistency proof goes from the smaller checkpoint to the larger one.");
        }
        ConsistencyProof proof = ConsistencyProof.create(leaves(size2), size1, size2);
        return new Consistency(older, newer, proof.path());
    }

    private Stored find(long size) {
        return all().stream().filter(s -> s.treeSize() == size).findFirst().orElseThrow(() -> new AppException(
                "CHECKPOINT_NOT_FOUND", "There is no checkpoint of size " + size + "."));
    }

    private List<byte[]> leaves(long size) {
        List<byte[]> out = new ArrayList<>((int) size);
        for (String h : table.sealHashes(size)) {
            out.add(MerkleTree.leafHash(Hex.decode(h)));
        }
        return out;
    }
}
