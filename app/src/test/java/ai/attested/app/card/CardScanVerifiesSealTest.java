package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.seal.verify.CardPayloadVerifier;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.verifier.seal.SealBundleCodes;
import ai.attested.verifier.seal.SealBundleReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a signed seal becomes a card PNG; reading the PNG's QR back and checking it with
 * {@link CardPayloadVerifier} verifies the seal and the original offline (DESIGN §3).
 */
class CardScanVerifiesSealTest {
    @TempDir
    Path dir;

    @Test
    void scanningEitherCardImageVerifiesTheSealAgainstTheOriginalFile() throws Exception {
        Seal seal = SealCardSamples.seal(3, SubjectKind.FILE, "contract.pdf", "Signed contract.");
        Path original = Files.write(dir.resolve("contract.pdf"), "content of contract.pdf".getBytes(StandardCharsets.UTF_8));
        SealCardRenderer renderer = new SealCardRenderer();
        SealCardModel model = SealCardModel.fromSeal(seal);
        Path print = dir.resolve("print.png");
        Path share = dir.resolve("share.png");
        SealCardRenderer.writePng(renderer.renderPrint(model), print);
        SealCardRenderer.writePng(renderer.renderShare(model), share);

        for (Path card : new Path[] {print, share}) {
            SealBundleReport report = CardPayloadVerifier.verify(new CardQrDecoder().decode(card), Optional.of(original));
            assertThat(report.failures()).isEmpty();
            assertThat(report.lines()).anyMatch(l -> l.startsWith("signature: OK"))
                    .anyMatch(l -> l.startsWith("original: OK"))
                    .anyMatch(l -> l.contains(seal.sealHash()));
        }
    }

    @Test
    void scanningTheCardAgainstAChangedOriginalFails() throws Exception {
        Seal seal = SealCardSamples.seal(3, SubjectKind.FILE, "contract.pdf", "Signed contract.");
        Path changed = Files.write(dir.resolve("contract.pdf"), "content of contract.pdf!".getBytes(StandardCharsets.UTF_8));
        Path card = dir.resolve("card.png");
        SealCardRenderer.writePng(new SealCardRenderer().renderShare(SealCardModel.fromSeal(seal)), card);
        SealBundleReport report = CardPayloadVerifier.verify(new CardQrDecoder().decode(card), Optional.of(changed));
        assertThat(report.hasFailure(SealBundleCodes.FILE_HASH_MISMATCH)).isTrue();
    }
}
