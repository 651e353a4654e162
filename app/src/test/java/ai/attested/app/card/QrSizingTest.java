package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SubjectKind;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sizing rules of docs/decisions/0040-card-qr-sizing.md hold for every payload length a card accepts. */
class QrSizingTest {
    private static final SealCardRenderer RENDERER = new SealCardRenderer();

    @ParameterizedTest
    @EnumSource(CardFormat.class)
    void everyAcceptedPayloadLengthGetsWholePixelModulesAboveTheFloorAndAFullQuietZone(CardFormat format) {
        SealCardModel base = SealCardSamples.fileSeal();
        for (int len = 1; len <= SealCardModel.MAX_QR_PAYLOAD; len += len < 40 ? 1 : 13) {
            checkLength(format, base, len);
        }
        checkLength(format, base, SealCardModel.MAX_QR_PAYLOAD);
    }

    private static void checkLength(CardFormat format, SealCardModel base, int len) {
        // Lower-case text forces byte mode, the densest case for an ASCII payload.
        SealCardModel m = SealCardSamples.withPayload(base, SealCardSamples.pad("p", len));
        QrPlacement qr = RENDERER.layout(m, format).qr();
        assertThat(qr.modulePixels()).as("module px at %d chars", len).isGreaterThanOrEqualTo(format.minModulePixels());
        assertThat(qr.quietZoneModules()).isGreaterThanOrEqualTo(4);
        assertThat(qr.plate().contains(qr.symbol())).isTrue();
        assertThat(qr.matrix().level()).isEqualTo(format.qrLevel());
    }

    @Test
    void printUsesLevelQAndShareUsesLevelM() {
        SealCardModel m = SealCardSamples.model(SubjectKind.FILE, "a", "", null, 300);
        assertThat(RENDERER.layoutPrint(m).qr().matrix().level()).isEqualTo(ErrorCorrectionLevel.Q);
        assertThat(RENDERER.layoutShare(m).qr().matrix().level()).isEqualTo(ErrorCorrectionLevel.M);
    }

    @Test
    void sameBytesGiveTheSameMatrix() {
        QrMatrix a = QrMatrix.encode("https://verify.example/s#abc", ErrorCorrectionLevel.M);
        QrMatrix b = QrMatrix.encode("https://verify.example/s#abc", ErrorCorrectionLevel.M);
        assertThat(a.size()).isEqualTo(b.size());
        for (int y = 0; y < a.size(); y++) {
            for (int x = 0; x < a.size(); x++) {
                assertThat(a.isDark(x, y)).isEqualTo(b.isDark(x, y));
            }
        }
        assertThat(a.isDark(0, 0)).isTrue(); // finder pattern corner
    }
}
