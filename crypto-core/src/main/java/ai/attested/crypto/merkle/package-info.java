/**
 * RFC 9162 (RFC 6962) Merkle trees over SHA-256: roots, inclusion proofs and consistency proofs.
 *
 * <p>Every method takes 32-byte <em>leaf hashes</em>; make them with
 * {@link ai.attested.crypto.merkle.MerkleTree#leafHash(byte[])}. Typical use by a log:
 * <pre>{@code
 * List<byte[]> leaves = ...;                                   // leafHash(data) per entry, in order
 * byte[] root = MerkleTree.root(leaves);                        // O(n)
 * InclusionProof p = InclusionProof.create(leaves, index, size);
 * InclusionProof.verify(leafHash, index, size, p.path(), root); // throws ProofException
 * ConsistencyProof c = ConsistencyProof.create(leaves, size1, size2);
 * ConsistencyProof.verify(size1, size2, c.path(), root1, root2);
 * CompactMerkleTree live = CompactMerkleTree.of(leaves);        // then live.append(h); live.root();
 * }</pre>
 * Verification returns normally or throws {@link ai.attested.crypto.merkle.ProofException} with
 * a code; it never returns a boolean. Decisions 0020 and 0021 describe how the vault uses this.
 */
package ai.attested.crypto.merkle;
