package ai.attested.app.vault;

/**
 * The fields of a seal the store indexes, as read from its JSON by a {@link SealCodec}.
 *
 * @param deviceTime ISO 8601 UTC with milliseconds, as in the seal
 * @param subjectKind FILE, TEXT or FOLDER
 */
public record SealFacts(
        String vaultId,
        long seq,
        String prevSealHash,
        String sealHash,
        String deviceTime,
        String subjectKind,
        String subjectName,
        String subjectHash,
        String description) {}
