package ai.attested.app.vault;

/**
 * One seal as the vault keeps it: the indexed fields and the canonical seal JSON they came from.
 * The JSON is the authority; the other fields are an index checked against it.
 */
public record StoredSeal(
        long seq,
        String prevSealHash,
        String sealHash,
        String deviceTime,
        String subjectKind,
        String subjectName,
        String subjectHash,
        String description,
        String json) {

    static StoredSeal of(SealFacts facts, String json) {
        return new StoredSeal(facts.seq(), facts.prevSealHash(), facts.sealHash(), facts.deviceTime(),
                facts.subjectKind(), facts.subjectName(), facts.subjectHash(), facts.description(), json);
    }

    /** Whether the indexed fields are exactly the ones the JSON states. */
    boolean indexMatches(SealFacts facts) {
        return seq == facts.seq()
                && prevSealHash.equals(facts.prevSealHash())
                && sealHash.equals(facts.sealHash())
                && deviceTime.equals(facts.deviceTime())
                && subjectKind.equals(facts.subjectKind())
                && subjectName.equals(facts.subjectName())
                && subjectHash.equals(facts.subjectHash())
                && description.equals(facts.description());
    }
}
