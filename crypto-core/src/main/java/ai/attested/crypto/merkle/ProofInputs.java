package ai.attested.crypto.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Shared argument checks and copies for the two proof kinds. */
final class ProofInputs {
    private ProofInputs() {
    }

    static void requireHash(byte[] hash, String what) throws ProofException {
        if (hash == null || hash.length != MerkleTree.HASH_SIZE) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED, what + " must be "
                    + MerkleTree.HASH_SIZE + " bytes, got " + (hash == null ? "none" : hash.length + " bytes"));
        }
    }

    /** Checks every path element and returns them as a list we own (null means empty, as in Go). */
    static List<byte[]> checkedPath(List<byte[]> path) throws ProofException {
        if (path == null) {
            return List.of();
        }
        List<byte[]> copy = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            requireHash(path.get(i), "proof hash " + i);
            copy.add(path.get(i));
        }
        return copy;
    }

    static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    static List<byte[]> immutableCopy(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            copy.add(hash.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    static int toIntSize(long size, String what) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("MERKLE_TREE_SIZE_INVALID: " + what + " " + size
                    + " is larger than a list can hold");
        }
        return (int) size;
    }
}
