package ai.attested.verifier.seal;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.export.VerifiedBundleManifest;
import ai.attested.crypto.Hex;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.merkle.ProofException;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteException;
import ai.attested.crypto.note.NoteVerifierKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.util.List;
import java.util.Map;

/** The chain slice and the checkpoint/inclusion checks of a VerifiedBundle. */
final class ChainChecks {
    private ChainChecks() {
    }

    /** Every link follows the previous one, and each exported seal is exactly its link. */
    static void links(VerifiedBundleVerifier.Context c, VerifiedBundleManifest m, Map<Long, Seal> seals) {
        String path = VerifiedBundleLayout.CHAIN_LINKS;
        byte[] raw = c.entries.get(path);
        int before = c.failures.size();
        if (raw == null) {
            c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, "the chain slice is absent");
            c.lines.add("chain: FAIL");
            return;
        }
        ChainLinks links;
        try {
            links = ChainLinks.fromJson(raw);
        } catch (SealFormatException e) {
            c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, e.getMessage());
            c.lines.add("chain: FAIL");
            return;
        }
        List<ChainLinks.Link> l = links.links();
        if (l.get(0).seq() == 1 && !SealRules.GENESIS_PREV_HASH.equals(l.get(0).prevSealHash())) {
            c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, "seal #1 must link to 64 zeros");
        }
        for (int i = 1; i < l.size(); i++) {
            if (!l.get(i).prevSealHash().equals(l.get(i - 1).sealHash())) {
                c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, "link #" + l.get(i).seq() + " does not follow #" + l.get(i - 1).seq());
            }
        }
        for (long seq : m.seals()) {
            if (seq < links.firstSeq() || seq > links.lastSeq()) {
                c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, "exported seal #" + seq + " is outside the chain slice #"
                        + links.firstSeq() + "..#" + links.lastSeq());
                continue;
            }
            Seal s = seals.get(seq);
            ChainLinks.Link link = links.link(seq);
            if (s != null && (!link.sealHash().equals(s.sealHash()) || !link.prevSealHash().equals(s.prevSealHash()))) {
                c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, VerifiedBundleLayout.sealDir(seq) + VerifiedBundleLayout.SEAL_JSON,
                        "seal #" + seq + " is not the seal the chain slice links at #" + seq);
            }
        }
        if (links.firstSeq() != m.seals().get(0) || links.lastSeq() != m.seals().get(m.seals().size() - 1)) {
            c.fail(SealBundleCodes.CHAIN_LINK_MISMATCH, path, "the chain slice must run from the first to the last exported seal");
        }
        c.lines.add("chain: " + (c.failures.size() == before ? "OK (#" + links.firstSeq() + "..#" + links.lastSeq() + ")" : "FAIL"));
    }

    /** The checkpoint note verifies under the vault key; each inclusion proof leads to its root. */
    static void checkpoint(VerifiedBundleVerifier.Context c, VerifiedBundleManifest m, Map<Long, Seal> seals) {
        int before = c.failures.size();
        byte[] note = c.entries.get(VerifiedBundleLayout.CHECKPOINT);
        Checkpoint cp = null;
        if (note != null) {
            try {
                NoteVerifierKey vkey = NoteVerifierKey.ed25519("sovereign-vault/" + m.vaultId(),
                        Ed25519PublicKey.fromRaw(m.signer().publicKeyRaw()));
                cp = Checkpoint.open(note, List.of(vkey));
            } catch (NoteException | IllegalArgumentException e) {
                c.fail(SealBundleCodes.CHECKPOINT_SIGNATURE_INVALID, VerifiedBundleLayout.CHECKPOINT,
                        "the checkpoint does not verify under the vault key: " + e.getMessage());
            }
        }
        int included = 0;
        for (long seq : m.seals()) {
            String path = VerifiedBundleLayout.sealDir(seq) + VerifiedBundleLayout.INCLUSION_PROOF;
            byte[] raw = c.entries.get(path);
            if (raw == null) {
                c.caveat(SealBundleCodes.NO_CHECKPOINT, "seal #" + seq, "no checkpoint covers this seal yet; its place in the chain rests on the chain slice");
                continue;
            }
            if (inclusionHolds(c, path, raw, cp, note != null, seals.get(seq))) {
                included++;
            }
        }
        String line;
        if (c.failures.size() != before) {
            line = "FAIL";
        } else if (cp == null) {
            line = "NONE (no checkpoint covers these seals yet)";
        } else {
            line = "OK (tree size " + cp.treeSize() + ", " + included + "/" + m.seals().size() + " seals included)";
        }
        c.lines.add("checkpoint: " + line);
    }

    private static boolean inclusionHolds(VerifiedBundleVerifier.Context c, String path, byte[] raw, Checkpoint cp,
            boolean notePresent, Seal seal) {
        InclusionProofFile p;
        try {
            p = InclusionProofFile.fromJson(raw);
        } catch (SealFormatException e) {
            c.fail(SealBundleCodes.INCLUSION_PROOF_INVALID, path, e.getMessage());
            return false;
        }
        if (cp == null) {
            if (!notePresent) {
                c.fail(SealBundleCodes.INCLUSION_PROOF_INVALID, path, "an inclusion proof without the checkpoint it refers to");
            }
            return false;
        }
        if (seal != null && (p.seq() != seal.seq() || !p.sealHash().equals(seal.sealHash()))) {
            c.fail(SealBundleCodes.INCLUSION_PROOF_INVALID, path, "the proof is for another seal");
            return false;
        }
        if (p.treeSize() != cp.treeSize() || !p.rootHash().equals(Hex.encode(cp.rootHash()))) {
            c.fail(SealBundleCodes.INCLUSION_PROOF_INVALID, path, "the proof is for another tree than the checkpoint's");
            return false;
        }
        try {
            InclusionProof.verify(MerkleTree.leafHash(Hex.decode(p.sealHash())), p.seq() - 1, p.treeSize(), p.pathBytes(), cp.rootHash());
            return true;
        } catch (ProofException e) {
            c.fail(SealBundleCodes.INCLUSION_PROOF_INVALID, path, "the audit path does not lead to the checkpoint root: " + e.getMessage());
            return false;
        }
    }
}
