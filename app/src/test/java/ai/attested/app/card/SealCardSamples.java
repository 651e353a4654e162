package ai.attested.app.card;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Sample cards made from real seals: real SHA-256 of real bytes, signed with the published TV-SIG-001
 * test key (never a user key), the QR payload being the seal's SV1 text (~260 chars). Longer payloads
 * for capacity tests extend that text with a deterministic filler, since the card treats it as opaque.
 */
final class SealCardSamples {
    static final String VAULT_ID = "1234-56789-0120";
    static final String DEVICE_TIME = "2026-02-11T12:00:00.000Z";
    static final Instant TSA_TIME = Instant.parse("2026-02-11T12:00:01.250Z");

    private SealCardSamples() {
    }

    /** A file seal with a real RFC 3161 token from a throw-away test TSA. */
    static SealCardModel fileSeal() {
        Seal seal = seal(42, SubjectKind.FILE, "Q3-2026 board minutes (signed).pdf",
                "Minutes of the Q3 board meeting as approved on 11 February 2026, sealed before distribution "
                        + "to the audit committee.");
        try {
            byte[] token = new TestTsa().stamp(Hex.decode(seal.sealHash()), TSA_TIME, 7001);
            TsaTokenInfo info = TsaTokenVerifier.verify(token, Hex.decode(seal.sealHash()));
            seal = seal.withTimeSource(TimeSource.tsa(token, info.genTime(), info.policy(), info.serial()));
        } catch (Exception e) {
            throw new IllegalStateException("the test TSA failed", e);
        }
        return SealCardModel.fromSeal(seal);
    }

    /** A device-time-only seal; {@code payloadLength} 0 keeps the natural SV1 payload. */
    static SealCardModel model(SubjectKind kind, String name, String description, Instant tsa, int payloadLength) {
        Seal seal = seal(42, kind, name.isBlank() ? "note" : name, description);
        SealCardModel m = SealCardModel.fromSeal(seal);
        String payload = payloadLength > 0 ? pad(m.qrPayload(), payloadLength) : m.qrPayload();
        return new SealCardModel(m.vaultId(), m.sequence(), m.subjectKind(), name, m.subjectSha256(), m.sealHash(),
                m.keyId(), m.operator(), m.description(), m.deviceTime(), tsa, payload);
    }

    static Seal seal(long seq, SubjectKind kind, String name, String description) {
        byte[] content = ("content of " + name).getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(content);
        SealSubject subject = switch (kind) {
            case FILE -> SealSubject.file(name, content.length, sha);
            case TEXT -> SealSubject.text(name, content.length, sha);
            case FOLDER -> SealSubject.folder(name, content.length, sha, 3);
        };
        String prev = seq == 1 ? SealRules.GENESIS_PREV_HASH : Sha256.hex(("seal " + (seq - 1)).getBytes(StandardCharsets.UTF_8));
        return new SealDraft(VAULT_ID, seq, prev, subject, description, "Dana Whitfield", DEVICE_TIME)
                .sign(TestKeys.tvSig001(), TimeSource.device());
    }

    static SealCardModel withPayload(SealCardModel m, String payload) {
        return new SealCardModel(m.vaultId(), m.sequence(), m.subjectKind(), m.subjectName(), m.subjectSha256(),
                m.sealHash(), m.keyId(), m.operator(), m.description(), m.deviceTime(), m.tsaTime(), payload);
    }

    /** Extends a payload to exactly {@code length} chars with a deterministic lower-case hex filler. */
    static String pad(String payload, int length) {
        StringBuilder s = new StringBuilder(payload).append(".x");
        String filler = Sha256.hex(payload.getBytes(StandardCharsets.US_ASCII));
        while (s.length() < length) {
            s.append(filler.charAt(s.length() % filler.length()));
        }
        return s.substring(0, length);
    }
}
