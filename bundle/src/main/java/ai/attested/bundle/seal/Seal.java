package ai.attested.bundle.seal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One seal, format {@code svault-seal/1} (docs/FORMATS.md §1). Immutable and valid by
 * construction: every field follows {@link SealRules}. That the hash and signature are right is
 * a separate question, answered by {@link SealVerifier}.
 *
 * <p>{@code extensions} holds fields this version does not know (DESIGN §2.1.6: additive fields
 * are allowed and the hash covers them): JSON Pointer (RFC 6901) of the field → canonical JSON
 * text of its value. Seals written by this project have none; the map keeps a read seal's hash
 * reproducible.
 */
public record Seal(
        String format,
        String vaultId,
        long seq,
        String prevSealHash,
        SealSubject subject,
        String description,
        String operator,
        String deviceTime,
        TimeSource timeSource,
        SealSigner signer,
        String sealHash,
        Map<String, String> extensions) {

    public Seal {
        if (!SealRules.FORMAT_V1.equals(format)) {
            throw new IllegalArgumentException("format must be \"" + SealRules.FORMAT_V1 + "\"");
        }
        SealRules.vaultId("vault_id", vaultId);
        SealRules.seq("seq", seq);
        SealRules.sha256Hex("prev_seal_hash", prevSealHash);
        SealRules.genesisLink(seq, prevSealHash);
        SealRules.require("subject", subject);
        SealRules.text("description", description, 0, SealRules.MAX_DESCRIPTION_CHARS);
        SealRules.text("operator", operator, 1, SealRules.MAX_OPERATOR_CHARS);
        SealRules.isoMillis("device_time", deviceTime);
        SealRules.require("time_source", timeSource);
        SealRules.require("signer", signer);
        SealRules.sha256Hex("seal_hash", sealHash);
        extensions = Collections.unmodifiableMap(new TreeMap<>(extensions == null ? Map.of() : extensions));
    }

    /** The compact statement the signature is over and the QR code carries. */
    public SealStatement statement() {
        return new SealStatement(format, vaultId, seq, subject.kind(), subject.sha256(), sealHash, deviceTime, signer.keyId());
    }

    /** The same seal with another time source (the seal hash and signature do not cover it). */
    public Seal withTimeSource(TimeSource other) {
        return new Seal(format, vaultId, seq, prevSealHash, subject, description, operator, deviceTime,
                other, signer, sealHash, extensions);
    }

    /** True for the first seal of a vault. */
    public boolean isGenesis() {
        return seq == 1;
    }
}
