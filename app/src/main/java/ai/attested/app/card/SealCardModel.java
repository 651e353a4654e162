package ai.attested.app.card;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.TimeSource;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a seal card shows, already decided by the vault: the card renders it and never looks
 * anything up. The vault fills it from a stored seal; {@code description} is already filtered for
 * bad words, and {@code qrPayload} is the opaque ASCII string the vault wants scanners to read.
 *
 * @param vaultId       13 digits shown as {@code XXXX-XXXXX-XXXX}
 * @param sequence      the seal's sequence number in its vault (1 or more)
 * @param subjectKind   what was sealed
 * @param subjectName   file or folder name, or a label for text; may be empty for text
 * @param subjectSha256 lowercase hex SHA-256 of the subject (64 chars)
 * @param sealHash      lowercase hex seal hash (64 chars)
 * @param keyId         signer key id, lowercase hex (16 chars)
 * @param operator      operator name
 * @param description   filtered description; may be empty
 * @param deviceTime    the device clock when sealing
 * @param tsaTime       the RFC 3161 time-stamp authority's time, or {@code null} when the seal has
 *                      only the device time (the card then says so)
 * @param qrPayload     printable ASCII (0x20..0x7E), 1..{@value #MAX_QR_PAYLOAD} chars
 */
public record SealCardModel(
        String vaultId,
        long sequence,
        SubjectKind subjectKind,
        String subjectName,
        String subjectSha256,
        String sealHash,
        String keyId,
        String operator,
        String description,
        Instant deviceTime,
        Instant tsaTime,
        String qrPayload) {

    /** Longest QR payload a card accepts; see docs/decisions/0040-card-qr-sizing.md. */
    public static final int MAX_QR_PAYLOAD = 600;

    private static final Pattern VAULT_ID = Pattern.compile("\\d{4}-\\d{5}-\\d{4}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    public SealCardModel {
        require(vaultId != null && VAULT_ID.matcher(vaultId).matches(),
                "The vault id must be 13 digits written XXXX-XXXXX-XXXX.");
        require(sequence >= 1, "The seal sequence number must be 1 or more.");
        require(subjectKind != null, "The subject kind (FILE, TEXT or FOLDER) is missing.");
        require(subjectSha256 != null && HASH.matcher(subjectSha256).matches(),
                "The subject SHA-256 must be 64 lowercase hex characters.");
        require(sealHash != null && HASH.matcher(sealHash).matches(),
                "The seal hash must be 64 lowercase hex characters.");
        require(keyId != null && KEY_ID.matcher(keyId).matches(),
                "The key id must be 16 lowercase hex characters.");
        require(deviceTime != null, "The device time is missing.");
        subjectName = Objects.requireNonNullElse(subjectName, "");
        operator = Objects.requireNonNullElse(operator, "");
        description = Objects.requireNonNullElse(description, "");
        checkPayload(qrPayload);
    }

    /**
     * The card of a stored seal: its own fields, the TSA time when its time source is a TSA, and
     * the {@link SealQrPayload} (SV1) text as QR payload. The description is shown as the seal
     * holds it (it was filtered when the seal was made).
     */
    public static SealCardModel fromSeal(Seal seal) {
        TimeSource ts = seal.timeSource();
        Instant tsa = ts.kind() == TimeSource.Kind.TSA ? Instant.parse(ts.tsaTime()) : null;
        return new SealCardModel(seal.vaultId(), seal.seq(), seal.subject().kind(), seal.subject().name(),
                seal.subject().sha256(), seal.sealHash(), seal.signer().keyId(), seal.operator(), seal.description(),
                Instant.parse(seal.deviceTime()), tsa, SealQrPayload.of(seal).encode());
    }

    /** The TSA time if the seal has one. */
    public Optional<Instant> tsaTimeIfPresent() {
        return Optional.ofNullable(tsaTime);
    }

    private static void checkPayload(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new AppException("CARD_QR_PAYLOAD_EMPTY", "The seal card needs a QR payload; it is empty.");
        }
        if (payload.length() > MAX_QR_PAYLOAD) {
            throw new AppException("CARD_QR_PAYLOAD_TOO_LONG", "The QR payload has " + payload.length()
                    + " characters; a seal card holds at most " + MAX_QR_PAYLOAD + " so phones can still scan it.");
        }
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new AppException("CARD_QR_PAYLOAD_NOT_ASCII", "The QR payload must be printable ASCII; "
                        + "character " + i + " is U+" + String.format("%04X", (int) c) + ".");
            }
        }
    }

    private static void require(boolean ok, String sentence) {
        if (!ok) {
            throw new AppException("CARD_MODEL_INVALID", sentence);
        }
    }
}
