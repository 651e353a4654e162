package ai.attested.app.vault;

import ai.attested.crypto.Hex;
import ai.attested.crypto.merkle.CompactMerkleTree;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The RFC 9162 Merkle tree over the chain (leaf = the 32 raw bytes of a seal_hash, in seq order),
 * grown seal by seal as the opening scan or an append reaches it. It remembers the root at every
 * size a stored checkpoint has and at every multiple of {@link Checkpoints#INTERVAL} (where a crash
 * may have left a checkpoint unsigned; decision 0065), so checkpoints can be checked and recreated
 * without reading the chain again. Confined to one thread at a time.
 */
final class ChainTree {

    private final CompactMerkleTree tree = new CompactMerkleTree();
    private final Set<Long> checkpointSizes;
    private final Map<Long, byte[]> roots = new HashMap<>();
    private final MessageDigest sha256;
    private final byte[] leafInput = new byte[33]; // 0x00 || seal hash, reused for every leaf

    /** An empty tree that will remember the roots at {@code checkpointSizes} (the stored checkpoints). */
    ChainTree(Set<Long> checkpointSizes) {
        this.checkpointSizes = Set.copyOf(checkpointSizes);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Appends the leaf of one seal (its seal_hash as 64 lowercase hex digits). A malformed hash can
     * only come from a tampered row, which the scan reports; its leaf is then just some other value.
     */
    void add(String sealHashHex) {
        if (Hex.isLowerHex(sealHashHex, 64)) {
            for (int i = 0; i < 32; i++) {
                leafInput[1 + i] = (byte) (Character.digit(sealHashHex.charAt(2 * i), 16) << 4
                        | Character.digit(sealHashHex.charAt(2 * i + 1), 16));
            }
            sha256.update(leafInput);
        } else {
            sha256.update(sealHashHex.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        tree.append(sha256.digest());
        long size = tree.size();
        if (checkpointSizes.contains(size) || size % Checkpoints.INTERVAL == 0) {
            roots.put(size, tree.root());
        }
    }

    long size() {
        return tree.size();
    }

    byte[] root() {
        return tree.root();
    }

    /** The root at {@code size}, if this tree passed that size and was asked to remember it; else null. */
    byte[] rootAt(long size) {
        byte[] r = roots.get(size);
        return r == null ? null : r.clone();
    }
}
