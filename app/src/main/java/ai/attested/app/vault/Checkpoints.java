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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

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
    /** Called with the size of each every-{@value #INTERVAL} checkpoint just before it is signed (crash tests). */
    private final LongConsumer beforeIntervalCheckpoint;
    /** Sizes of the stored checkpoints. */
    private final Set<Long> storedSizes = new HashSet<>();
    /** The Merkle tree over the whole chain, kept in step with it by the vault. */
    private ChainTree tree = new ChainTree(Set.of());
    private Optional<Stored> latest;

    Checkpoints(VaultLocation location, VaultInfo info, SealTable table, LongConsumer beforeIntervalCheckpoint) {
        this.location = location;
        this.origin = "sovereign-vault/" + info.vaultId().formatted();
        this.verifierKey = NoteVerifierKey.ed25519(origin, info.publicKey());
        this.table = table;
        this.beforeIntervalCheckpoint = beforeIntervalCheckpoint;
        List<Stored> all = all();
        all.forEach(c -> storedSizes.add(c.treeSize()));
        this.latest = all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** An empty tree for a scan of the chain, remembering the roots that checks and catch-up need. */
    ChainTree newTree() {
        return new ChainTree(storedSizes);
    }

    /** Takes the tree a scan built (over the whole chain, crash leftovers included) as the chain's tree. */
    void adopt(ChainTree scanned) {
        tree = scanned;
    }

    /** Adds durable seals to the tree and signs the checkpoint of every multiple of INTERVAL they reach. */
    void appended(List<StoredSeal> seals, Ed25519PrivateKey key) {
        for (StoredSeal s : seals) {
            tree.add(s.sealHash());
            if (tree.size() % INTERVAL == 0) {
                beforeIntervalCheckpoint.accept(tree.size());
                store(tree.size(), tree.root(), key);
            }
        }
    }

    /** The signed-note verifier key ({@code name+id+key}) under which this vault's checkpoints verify. */
    public String verifierKey() {
        return verifierKey.vkey();
    }

    /**
     * Signs every checkpoint at a multiple of {@value #INTERVAL} that is missing (a crash can stop a
     * group of seals after they are durable and before all their checkpoints are signed; decision
     * 0065), and rewrites checkpoint files that are missing beside their database rows. Called only
     * over a chain that verified. Returns what it did, for the vault's list of repairs.
     */
    List<String> catchUp(Ed25519PrivateKey key) {
        List<String> repairs = new ArrayList<>();
        List<Stored> signed = new ArrayList<>();
        for (long size = INTERVAL; size <= tree.size(); size += INTERVAL) {
            if (!storedSizes.contains(size)) {
                signed.add(sign(size, tree.rootAt(size), key));
            }
        }
        if (!signed.isEmpty()) {
            record(signed);
            repairs.add("CHECKPOINTS_RECREATED: " + sizes(signed.stream().map(Stored::treeSize).toList())
                    + " (left unsigned when a process stopped) signed now");
        }
        List<Long> rewritten = new ArrayList<>();
        Set<String> files = checkpointFiles();
        for (Stored s : all()) {
            if (!files.contains(file(s.treeSize()).getFileName().toString()) && writeFile(s)) {
                rewritten.add(s.treeSize());
            }
        }
        if (!rewritten.isEmpty()) {
            repairs.add("CHECKPOINT_FILES_REWRITTEN: " + sizes(rewritten) + " written again to checkpoints/ from the database");
        }
        return repairs;
    }

    private Set<String> checkpointFiles() {
        try (var list = Files.list(location.checkpointsDirectory())) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            return Set.of(); // no folder: every file is written again
        }
    }

    private static String sizes(List<Long> sizes) {
        String list = sizes.size() <= 10 ? sizes.toString()
                : sizes.subList(0, 10).toString().replace("]", ", ... (" + sizes.size() + " in all)]");
        return (sizes.size() == 1 ? "checkpoint " : "checkpoints ") + list.substring(1, list.length() - 1);
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
        Stored stored = sign(size, root, key);
        record(List.of(stored));
        return stored;
    }

    private Stored sign(long size, byte[] root, Ed25519PrivateKey key) {
        String note = NoteSigner.ed25519(origin, key).sign(new Checkpoint(origin, size, root).toText());
        return new Stored(size, Hex.encode(root), note, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    /** Stores signed checkpoints: their rows in one transaction (one fsync), then their files. */
    private void record(List<Stored> signed) {
        table.insertCheckpoints(signed.stream()
                .map(s -> new CheckpointRow(s.treeSize(), s.rootHash(), s.signedNote(), s.createdAt())).toList());
        for (Stored s : signed) {
            storedSizes.add(s.treeSize());
            writeFile(s);
            if (latest.map(l -> l.treeSize() < s.treeSize()).orElse(true)) {
                latest = Optional.of(s);
            }
        }
    }

    private Path file(long size) {
        return location.checkpointsDirectory().resolve("%012d.checkpoint".formatted(size));
    }

    /** Writes the auditors' copy of a checkpoint; false if it could not (the database row is the record). */
    private boolean writeFile(Stored s) {
        Path file = file(s.treeSize());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, s.signedNote(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false; // rewritten by the next keyed open
        }
    }

    List<Stored> all() {
        return table.checkpoints().stream().map(r -> new Stored(r.treeSize(), r.rootHash(), r.note(), r.createdAt())).toList();
    }

    Optional<Stored> latest() {
        return latest;
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
                } else if (!Arrays.equals(tree.rootAt(s.treeSize()), cp.rootHash())) {
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
