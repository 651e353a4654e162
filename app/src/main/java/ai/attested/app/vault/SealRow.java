package ai.attested.app.vault;

import java.nio.charset.StandardCharsets;

/**
 * One database row as the opening scan reads it: the index columns and the seal JSON as the UTF-8
 * bytes stored (decision 0064), so that comparing it with the mirror line and hashing it into the
 * row digest need no string decoding. Turned into a {@link StoredSeal} only where a seal is read.
 */
record SealRow(
        long seq,
        String prevSealHash,
        String sealHash,
        String deviceTime,
        String subjectKind,
        String subjectName,
        String subjectHash,
        String description,
        byte[] json) {

    static SealRow of(StoredSeal s) {
        return new SealRow(s.seq(), s.prevSealHash(), s.sealHash(), s.deviceTime(), s.subjectKind(), s.subjectName(),
                s.subjectHash(), s.description(), s.json().getBytes(StandardCharsets.UTF_8));
    }

    StoredSeal toStoredSeal() {
        return new StoredSeal(seq, prevSealHash, sealHash, deviceTime, subjectKind, subjectName, subjectHash, description,
                new String(json, StandardCharsets.UTF_8));
    }
}
