package ai.attested.app.card;

import ai.attested.app.card.SealCardModel.SubjectKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Sample card models with real hashes and a real Ed25519 signature (fixed test key, never a user key),
 * shaped like the payload the vault puts in a card's QR: seal hash, key id, time and signature.
 */
final class SealCardSamples {
    static final Instant DEVICE_TIME = Instant.parse("2026-02-11T12:00:00.000Z");
    static final Instant TSA_TIME = Instant.parse("2026-02-11T12:00:01.250Z");
    private static final byte[] TEST_SEED = HexFormat.of().parseHex(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"); // RFC 8032 test 1 secret key

    private SealCardSamples() {
    }

    static SealCardModel fileSeal() {
        return model(SubjectKind.FILE, "Q3-2026 board minutes (signed).pdf",
                "Minutes of the Q3 board meeting as approved on 11 February 2026, sealed before distribution "
                        + "to the audit committee.", TSA_TIME, 0);
    }

    /** A seal with only the device time and a payload padded to {@code payloadLength} characters (0 = natural). */
    static SealCardModel model(SubjectKind kind, String name, String description, Instant tsa, int payloadLength) {
        String subjectHash = sha256Hex(("subject:" + name).getBytes(StandardCharsets.UTF_8));
        String sealHash = sha256Hex(("seal:" + subjectHash).getBytes(StandardCharsets.UTF_8));
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(TEST_SEED, 0);
        String keyId = sha256Hex(key.generatePublicKey().getEncoded()).substring(0, 16);
        String payload = payload("4829-10375-5516", 42, sealHash, keyId, DEVICE_TIME, key);
        if (payloadLength > 0) {
            payload = pad(payload, payloadLength);
        }
        return new SealCardModel("4829-10375-5516", 42, kind, name, subjectHash, sealHash, keyId,
                "Dana Whitfield", description, DEVICE_TIME, tsa, payload);
    }

    static SealCardModel withPayload(SealCardModel m, String payload) {
        return new SealCardModel(m.vaultId(), m.sequence(), m.subjectKind(), m.subjectName(), m.subjectSha256(),
                m.sealHash(), m.keyId(), m.operator(), m.description(), m.deviceTime(), m.tsaTime(), payload);
    }

    /** An offline-verifiable payload: fields and an Ed25519 signature over them, URL-safe base64. */
    static String payload(String vaultId, long seq, String sealHash, String keyId, Instant time,
            Ed25519PrivateKeyParameters key) {
        String signed = "v=1&vid=" + vaultId + "&seq=" + seq + "&sh=" + sealHash + "&kid=" + keyId
                + "&t=" + CardValues.time(time);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] msg = signed.getBytes(StandardCharsets.US_ASCII);
        signer.update(msg, 0, msg.length);
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(signer.generateSignature());
        String pub = Base64.getUrlEncoder().withoutPadding().encodeToString(key.generatePublicKey().getEncoded());
        return "https://verify.attested.ai/s#" + signed + "&pk=" + pub + "&sig=" + sig;
    }

    /** Extends a payload to exactly {@code length} chars with a deterministic extra field. */
    static String pad(String payload, int length) {
        StringBuilder s = new StringBuilder(payload).append("&x=");
        String filler = sha256Hex(payload.getBytes(StandardCharsets.US_ASCII));
        while (s.length() < length) {
            s.append(filler.charAt(s.length() % filler.length()));
        }
        return s.substring(0, length);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
