package ai.attested.bundle.seal;

import ai.attested.crypto.Base64s;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a seal card's QR code carries: the signed statement plus public key and signature,
 * so that the code alone verifies offline (docs/FORMATS.md §4). Grammar, ASCII, '.'-separated:
 * <pre>
 *   SV1.VAULT_ID.SEQ.KIND.DEVICE_MS.SUBJECT_SHA256.SEAL_HASH.PUBLIC_KEY.SIGNATURE
 * </pre>
 * KIND is F, T or D (file, text, folder); DEVICE_MS is device_time as decimal milliseconds since
 * the Unix epoch; the last four are unpadded base64url of 32, 32, 32 and 64 bytes. The key id is
 * derived from the public key, so it is not carried.
 */
public record SealQrPayload(SealStatement statement, SealSigner signer) {
    public static final String PREFIX = "SV1";
    /** Longer strings are refused before splitting (a real payload is about 260 characters). */
    public static final int MAX_LENGTH = 512;
    private static final Pattern SEQ = Pattern.compile("[1-9][0-9]{0,15}");
    private static final Pattern MILLIS = Pattern.compile("-?(0|[1-9][0-9]{0,15})");

    public SealQrPayload {
        SealRules.require("statement", statement);
        SealRules.require("signer", signer);
        if (!signer.keyId().equals(statement.keyId())) {
            throw new IllegalArgumentException("statement key_id and signer key_id differ");
        }
    }

    /** The payload of a seal's card. */
    public static SealQrPayload of(Seal seal) {
        return new SealQrPayload(seal.statement(), seal.signer());
    }

    /** The QR text. */
    public String encode() {
        StringBuilder b = new StringBuilder(280);
        b.append(PREFIX).append('.').append(statement.vaultId()).append('.').append(statement.seq()).append('.')
                .append(kindLetter(statement.subjectKind())).append('.')
                .append(Instant.parse(statement.deviceTime()).toEpochMilli()).append('.')
                .append(hexToUrl(statement.subjectSha256())).append('.')
                .append(hexToUrl(statement.sealHash())).append('.')
                .append(Base64s.encodeUrl(signer.publicKeyRaw())).append('.')
                .append(Base64s.encodeUrl(signer.signatureRaw()));
        return b.toString();
    }

    /** Parses QR text strictly; anything off the grammar is {@code QR_PAYLOAD_INVALID}. */
    public static SealQrPayload parse(String text) throws SealFormatException {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid("the QR text is empty or longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw invalid("the QR text has a character outside printable ASCII at position " + i);
            }
        }
        String[] f = text.split("\\.", -1);
        if (f.length != 9 || !PREFIX.equals(f[0])) {
            throw invalid("the QR text is not a Sovereign Vault seal (expected SV1 and 9 '.'-separated fields)");
        }
        try {
            if (!SEQ.matcher(f[2]).matches()) {
                throw new IllegalArgumentException("seq is not a decimal integer without leading zeros");
            }
            if (!MILLIS.matcher(f[4]).matches()) {
                throw new IllegalArgumentException("device time is not decimal epoch milliseconds");
            }
            String deviceTime = SealTimes.format(Instant.ofEpochMilli(Long.parseLong(f[4])));
            byte[] publicKey = url(f[7], 32, "public key");
            byte[] signature = url(f[8], 64, "signature");
            String keyId = ai.attested.crypto.sig.KeyId.of(publicKey);
            SealStatement st = new SealStatement(SealRules.FORMAT_V1, f[1], Long.parseLong(f[2]), kind(f[3]),
                    urlToHex(f[5], "subject hash"), urlToHex(f[6], "seal hash"), deviceTime, keyId);
            return new SealQrPayload(st, new SealSigner(Base64s.encodeStd(publicKey), keyId, Base64s.encodeStd(signature)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid("the QR text breaks the SV1 grammar: " + e.getMessage());
        }
    }

    /** Checks the signature; empty when it verifies. */
    public List<SealFinding> verify() {
        return SealVerifier.verifyStatement(statement, signer.publicKeyRaw(), signer.signatureRaw());
    }

    private static char kindLetter(SubjectKind k) {
        switch (k) {
            case FILE: return 'F';
            case TEXT: return 'T';
            default: return 'D';
        }
    }

    private static SubjectKind kind(String s) {
        switch (s) {
            case "F": return SubjectKind.FILE;
            case "T": return SubjectKind.TEXT;
            case "D": return SubjectKind.FOLDER;
            default: throw new IllegalArgumentException("kind must be F, T or D");
        }
    }

    private static String hexToUrl(String hex) {
        return Base64s.encodeUrl(ai.attested.crypto.Hex.decode(hex));
    }

    private static String urlToHex(String s, String what) {
        return ai.attested.crypto.Hex.encode(url(s, 32, what));
    }

    private static byte[] url(String s, int length, String what) {
        if (s.endsWith("=")) {
            throw new IllegalArgumentException(what + " must be unpadded base64url");
        }
        byte[] raw;
        try {
            raw = Base64s.decodeUrl(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not canonical base64url", e);
        }
        if (raw.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, not " + raw.length);
        }
        return raw;
    }

    private static SealFormatException invalid(String message) {
        return new SealFormatException(SealFormatException.QR_PAYLOAD_INVALID, message);
    }
}
