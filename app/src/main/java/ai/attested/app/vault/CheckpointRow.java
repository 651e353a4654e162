package ai.attested.app.vault;

/** A stored checkpoint: the tree size, its Merkle root (hex) and the signed note text. */
public record CheckpointRow(long treeSize, String rootHash, String note, String createdAt) {}
