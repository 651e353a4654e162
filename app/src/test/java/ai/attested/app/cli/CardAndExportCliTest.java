package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.card.ZbarImg;
import ai.attested.app.seal.verify.CardPayloadVerifier;
import ai.attested.app.seal.verify.SealEvidenceVerifier;
import ai.attested.verifier.seal.BundleFinding;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.SealBundleReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code svault card} and {@code svault export} on a real vault of text seals, and their hostile cases. */
class CardAndExportCliTest {
    @TempDir
    Path dir;

    private String vault() {
        return dir.resolve("vault").toString();
    }

    private void vaultWithTwoTexts() throws Exception {
        assertThat(CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key").exit()).isZero();
        Files.writeString(dir.resolve("one.txt"), "first text");
        Files.writeString(dir.resolve("two.txt"), "second text");
        assertThat(CliRun.of("seal", "--vault", vault(), "--text", "first text", "--text", "second text").exit()).isZero();
    }

    @Test
    void cardPngsAreReadByZbarimgAndVerify() throws Exception {
        vaultWithTwoTexts();
        Path png = dir.resolve("card.png");
        Path share = dir.resolve("share.png");
        CliRun card = CliRun.of("card", "2", "--vault", vault(), "--png", png.toString(), "--share", share.toString());
        assertThat(card.exit()).as(card.err()).isZero();
        assertThat(card.out()).contains("card: seal #2 -> " + png, "(1200x630)");
        for (Path p : new Path[] {png, share}) {
            String payload = ZbarImg.qrText(p);
            SealBundleReport r = CardPayloadVerifier.verify(payload, Optional.of(dir.resolve("two.txt")));
            assertThat(r.exitCode()).as("%s read by zbarimg as%n%s%nverifier:%n%s", p, payload, r.text()).isZero();
            assertThat(CardPayloadVerifier.verify(payload, Optional.of(dir.resolve("one.txt"))).failures())
                    .extracting(BundleFinding::code).containsExactly("FILE_HASH_MISMATCH");
        }
        assertThat(SealEvidenceVerifier.verifyCard(png, Optional.of(dir.resolve("two.txt"))).text()).contains("overall: PASS");
    }

    @Test
    void exportedBundleVerifiesAndEveryChangedByteFails() throws Exception {
        vaultWithTwoTexts();
        assertThat(CliRun.of("vault", "checkpoint", "--vault", vault()).exit()).isZero();
        Path zip = dir.resolve("VerifiedBundle.zip");
        CliRun export = CliRun.of("export", "1", "2", "--vault", vault(), "--out", zip.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("exported 2 seals to " + zip);

        SealBundleReport r = SealEvidenceVerifier.verifyBundle(zip, Optional.of(dir.resolve("one.txt")));
        assertThat(r.failures()).isEmpty();
        assertThat(r.text()).contains("original: OK (seal #1", "checkpoint: OK (tree size 2, 2/2 seals included)",
                "cards: OK (2/2 QR codes carry their seals)", "overall: PASS_WITH_CAVEATS");
        assertThat(run(zip, dir.resolve("two.txt"))).isEqualTo(2);

        Files.writeString(dir.resolve("two.txt"), "second texT");
        assertThat(run(zip, dir.resolve("two.txt"))).isEqualTo(1);

        // Same export twice from the same vault: only created_at may differ, so the file list is identical.
        Path again = dir.resolve("again.zip");
        assertThat(CliRun.of("export", "2", "1", "--vault", vault(), "--out", again.toString()).exit()).isZero();
        assertThat(SealEvidenceVerifier.verifyBundle(again, Optional.empty()).failures()).isEmpty();
    }

    @Test
    void hostileRequestsGetCodes() throws Exception {
        vaultWithTwoTexts();
        CliRun missing = CliRun.of("card", "9", "--vault", vault(), "--png", dir.resolve("x.png").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("SEAL_NOT_FOUND");
        assertThat(CliRun.of("card", "1", "--vault", vault()).err()).contains("NO_OUTPUT");
        CliRun none = CliRun.of("export", "7", "--vault", vault(), "--out", dir.resolve("b.zip").toString());
        assertThat(none.err()).contains("SEAL_NOT_FOUND");
        assertThat(dir.resolve("b.zip")).doesNotExist();

        Path notPng = Files.writeString(dir.resolve("fake.png"), "not a png");
        assertThat(catchCode(() -> SealEvidenceVerifier.verifyCard(notPng, Optional.empty()))).isEqualTo("CARD_NOT_PNG");
        Path blank = dir.resolve("blank.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        assertThat(catchCode(() -> SealEvidenceVerifier.verifyCard(blank, Optional.empty()))).isEqualTo("CARD_QR_NOT_FOUND");
        Path notZip = Files.writeString(dir.resolve("bundle.zip"), "PK not really");
        assertThat(catchCode(() -> SealEvidenceVerifier.verifyBundle(notZip, Optional.empty()))).matches("[A-Z_]+");
    }

    private static String catchCode(Runnable r) {
        try {
            r.run();
        } catch (ai.attested.app.AppException e) {
            return e.code();
        }
        throw new AssertionError("no AppException");
    }

    private static int run(Path zip, Path original) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return SealBundleCli.run(zip, Optional.of(original), new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8));
    }
}
