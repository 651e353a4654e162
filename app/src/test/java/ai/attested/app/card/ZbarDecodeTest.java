package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SubjectKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decodes the written PNG files with zbar, a QR decoder independent of ZXing, in a real process.
 * CI installs zbar-tools (.ci/run); a machine without zbarimg fails here rather than skipping.
 */
class ZbarDecodeTest {
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
        assertThat(zbarimg(print)).isEqualTo(model.qrPayload());
        assertThat(zbarimg(share)).isEqualTo(model.qrPayload());
    }

    private static String zbarimg(Path png) throws IOException, InterruptedException {
        // stdout only: zbar may print unrelated D-Bus notices on stderr.
        Process p = new ProcessBuilder("zbarimg", "--raw", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("zbarimg exit code, output: %s", text).isZero();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
