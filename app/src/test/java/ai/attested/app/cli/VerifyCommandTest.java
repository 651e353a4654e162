package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code svault verify} prints the verifier's report and returns its exit code. */
class VerifyCommandTest {
    static final Path BUNDLES = Paths.get("..", "test-vectors", "bundles");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void goldenBundlePasses() {
        assertThat(SvaultMain.execute("verify", BUNDLES.resolve("good/golden.zip").toString())).isZero();
        assertThat(text()).isEqualTo("artifact: OK\nreceipts: OK (7/7)\nchain: OK\ndrift: YES (receipt #5, HASH_MISMATCH_FILE)\n"
                + "enforcement: KILL (receipt #6)\nmerkle: SKIPPED (MVP local)\nanchor: SKIPPED (MVP local)\noverall: PASS\n");
    }

    @Test
    void expectKeyPinsTheSignerOfAnEvidenceBundle() {
        // The committed golden bundle is signed with TV-SIG-001 (key id 36ee3280c62ed537).
        String golden = BUNDLES.resolve("good/golden.zip").toString();
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "36ee3280c62ed537")).isZero();
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "0123456789abcdef")).isEqualTo(1);
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "not-a-key-id")).isEqualTo(3);
    }

    @Test
    void expectKeyAcceptsTheKeyIdAsASealCardPrintsItInAnyCase() {
        String golden = BUNDLES.resolve("good/golden.zip").toString();
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "36ee 3280 c62e d537")).isZero();
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "36EE 3280 C62E D537")).isZero();
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "36EE3280C62ED537")).isZero();
        // Normalised before comparison, so a grouped id of another key still fails as a pin, not as a typo.
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "0123 4567 89AB CDEF")).isEqualTo(1);
        assertThat(SvaultMain.execute("verify", golden, "--expect-key", "36ee-3280-c62e-d537")).isEqualTo(3);
    }

    @Test
    void tamperedBundleFailsNamingTheReceipt() {
        assertThat(SvaultMain.execute("verify", BUNDLES.resolve("bad/RECEIPT_SIGNATURE_INVALID.zip").toString())).isEqualTo(1);
        assertThat(text()).contains("overall: FAIL\nerror_code: RECEIPT_SIGNATURE_INVALID (receipts/0003.json)\n");
    }

    @Test
    void aPngGoesToTheSealCardVerifier(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("blank.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(SvaultMain.execute("verify", png.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CARD_QR_NOT_FOUND");
        assertThat(SvaultMain.execute("verify", "--json", png.toString())).isEqualTo(3);
    }

    @Test
    void jsonAndErrors() {
        assertThat(SvaultMain.execute("verify", "--json", BUNDLES.resolve("good/golden.zip").toString())).isZero();
        assertThat(text()).contains("\"report_hash\"").contains("\"overall\": \"PASS\"");
        assertThat(SvaultMain.execute("verify", BUNDLES.resolve("bad/BUNDLE_NOT_ZIP.zip").toString())).isEqualTo(3);
        assertThat(SvaultMain.execute("verify")).isEqualTo(3);
    }
}
