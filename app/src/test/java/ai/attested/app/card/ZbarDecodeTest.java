package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SubjectKind;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decodes the written PNG files with zbar, a QR decoder independent of ZXing, in a real process.
 * CI installs zbar-tools (.ci/run); a machine without zbarimg fails here rather than skipping.
 */
class ZbarDecodeTest {
    /** An SV1-shaped payload (random hashes and signature; not a verifiable seal) whose QR hides a DataBar. */
    static final String DATABAR_LOOKALIKE = "SV1.0355-49223-4018.7.T.1795099726760."
            + "EO9cpydf79oGjLB3y-XBIjZ7l2nSGa828UgIt2k8Ry0.ZSlnio5spRQ5MdbzPJNLF7HVDtZ1p5slucq0O4tEKcY."
            + "lKRKF0qyRCAgAy20lqWwTunJjnb8Id7ijIHcoXaWmrg."
            + "gH97TyUK21-LTkDBwxwHI20E5cvWLrWshTjQXasNe9NuJQUJrpK_wQXLuxHbYMjVODrXL1PPzh_xiny3bh2qjQ";
    private static final SealCardRenderer RENDERER = new SealCardRenderer();

    @TempDir
    Path dir;

    @BeforeAll
    static void zbarimgIsInstalled() throws Exception {
        Process p = new ProcessBuilder("zbarimg", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("zbarimg must be installed (apt-get install zbar-tools)").isZero();
    }

    @ParameterizedTest(name = "payload of {0} chars (0 = the natural ~310)")
    @ValueSource(ints = {0, 400, SealCardModel.MAX_QR_PAYLOAD})
    void zbarimgReadsExactlyThePayloadFromPrintAndSharePngs(int payloadLength) throws Exception {
        SealCardModel model = SealCardSamples.model(SubjectKind.FOLDER, "evidence-2026-02", "Folder sealed for audit.",
                null, payloadLength);
        Path print = dir.resolve("print.png");
        Path share = dir.resolve("share.png");
        SealCardRenderer.writePng(RENDERER.renderPrint(model), print);
        SealCardRenderer.writePng(RENDERER.renderShare(model), share);
        assertThat(ZbarImg.qrText(print)).isEqualTo(model.qrPayload());
        assertThat(ZbarImg.qrText(share)).isEqualTo(model.qrPayload());
    }

    /**
     * A payload found by rendering 4,600 random SV1-shaped payloads into share cards: its QR modules,
     * scanned top to bottom, also form a valid GS1 DataBar, which zbar's default symbologies report as
     * a second symbol. Read that way the "payload" was two lines and the seal's verification failed
     * (docs/decisions/0043). Read as a QR code only, the card yields exactly the payload.
     */
    @Test
    void shareCardWhoseQrModulesAlsoReadAsADataBarYieldsOnlyThePayload() throws Exception {
        SealCardModel model = SealCardSamples.withPayload(
                SealCardSamples.model(SubjectKind.TEXT, "text", "", null, 0), DATABAR_LOOKALIKE);
        Path share = dir.resolve("share.png");
        SealCardRenderer.writePng(RENDERER.renderShare(model), share);
        assertThat(ZbarImg.allSymbols(share)).as("the trap is still in the image (zbar's defaults see a DataBar)")
                .containsExactlyInAnyOrder("QR-Code:" + DATABAR_LOOKALIKE, "DataBar:0122535368954693");
        assertThat(ZbarImg.qrText(share)).isEqualTo(DATABAR_LOOKALIKE);
    }
}
