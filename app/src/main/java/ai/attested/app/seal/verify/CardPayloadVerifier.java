package ai.attested.app.seal.verify;

import ai.attested.bundle.seal.OriginalDigest;
import ai.attested.bundle.seal.SealFinding;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.bundle.seal.SealStatement;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.verifier.seal.BundleFinding;
import ai.attested.verifier.seal.SealBundleCodes;
import ai.attested.verifier.seal.SealBundleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies what a seal card's QR code says (docs/FORMATS.md §4): the SV1 payload parses, its
 * signature verifies under the key it carries, and, with the original, that the original hashes
 * to the signed subject hash. The card's printed text is not checked: only the QR is signed.
 */
public final class CardPayloadVerifier {
    private CardPayloadVerifier() {
    }

    public static SealBundleReport verify(String payloadText, Optional<Path> original) {
        List<String> lines = new ArrayList<>();
        List<BundleFinding> failures = new ArrayList<>();
        SealQrPayload payload;
        try {
            payload = SealQrPayload.parse(payloadText);
        } catch (SealFormatException e) {
            lines.add("card: FAIL");
            failures.add(new BundleFinding(e.code(), "QR code", e.getMessage()));
            return new SealBundleReport(lines, failures, List.of());
        }
        SealStatement st = payload.statement();
        lines.add("card: OK (" + SealQrPayload.PREFIX + " payload, " + payloadText.length() + " characters)");
        lines.add("seal: #" + st.seq() + " of vault " + st.vaultId() + ", " + st.subjectKind() + ", device time " + st.deviceTime());
        lines.add("subject: sha256 " + st.subjectSha256());
        lines.add("seal hash: " + st.sealHash());
        List<SealFinding> sig = payload.verify();
        for (SealFinding f : sig) {
            failures.add(new BundleFinding(f.code(), "QR code", f.detail()));
        }
        lines.add("signature: " + (sig.isEmpty() ? "OK (key " + st.keyId() + "; compare it with the operator's published key)" : "FAIL"));
        if (original.isEmpty()) {
            lines.add("original: NOT CHECKED (no --file)");
        } else {
            checkOriginal(st, original.get(), lines, failures);
        }
        return new SealBundleReport(lines, failures, List.of());
    }

    private static void checkOriginal(SealStatement st, Path original, List<String> lines, List<BundleFinding> failures) {
        SubjectKind kind = st.subjectKind() == SubjectKind.FOLDER ? SubjectKind.FOLDER : SubjectKind.FILE;
        try {
            OriginalDigest d = OriginalDigest.of(original, kind);
            if (d.sha256().equals(st.subjectSha256())) {
                lines.add("original: OK (sha256 " + d.sha256() + ")");
            } else {
                lines.add("original: FAIL");
                failures.add(new BundleFinding(SealBundleCodes.FILE_HASH_MISMATCH, original.toString(),
                        "it hashes to " + d.sha256() + ", the card's seal is of " + st.subjectSha256()));
            }
        } catch (IOException e) {
            lines.add("original: FAIL");
            failures.add(new BundleFinding(SealBundleCodes.ORIGINAL_UNREADABLE, original.toString(), e.getMessage()));
        }
    }
}
