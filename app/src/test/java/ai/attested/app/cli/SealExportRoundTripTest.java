package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.card.ZbarImg;
import ai.attested.app.seal.tsa.LoopbackTsa;
import ai.attested.app.seal.verify.CardPayloadVerifier;
import ai.attested.app.seal.verify.SealEvidenceVerifier;
import ai.attested.bundle.zip.DeterministicZipWriter;
import ai.attested.verifier.seal.BundleFinding;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.SealBundleReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal round trip through the CLI on real files: seal a text, a file and a folder, checkpoint,
 * render cards (read back by zbarimg, an independent decoder), export a VerifiedBundle, verify it
 * with the embedded verifier.jar in a separate Java 17 process against each original, and fail on
 * a one-byte change to an original or to any file of the bundle.
 */
class SealExportRoundTripTest {
    static final String TEXT = "I, Alice, confirm the Q3 figures are final.";

    @TempDir
    Path dir;

    private String vault() {
        return dir.resolve("vault").toString();
    }

    @BeforeEach
    void vaultWithTextFileAndFolderSeals() throws Exception {
        CliRun init = CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key");
        assertThat(init.exit()).as(init.err()).isZero();
        Files.writeString(dir.resolve("text.txt"), TEXT);
        Files.write(dir.resolve("report.pdf"), "%PDF-1.7 quarterly report\n".getBytes(StandardCharsets.US_ASCII));
        Path pkg = Files.createDirectories(dir.resolve("pkg/a"));
        Files.writeString(pkg.resolve("b"), "slash");
        Files.writeString(dir.resolve("pkg/a-b"), "dash");
        seal("--text", TEXT);
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            seal("--tsa", tsa.url().toString(), dir.resolve("report.pdf").toString());
        }
        seal(dir.resolve("pkg").toString());
        assertThat(CliRun.of("vault", "checkpoint", "--vault", vault()).exit()).isZero();
        seal("--text", "sealed after the checkpoint");
    }

    private void seal(String... args) {
        List<String> a = new ArrayList<>(List.of("seal", "--vault", vault()));
        a.addAll(List.of(args));
        CliRun run = CliRun.of(a.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void cardsAreReadByZbarimgAndVerifyAgainstTheOriginals() throws Exception {
        String[] originals = {"text.txt", "report.pdf", "pkg"};
        for (int seq = 1; seq <= 3; seq++) {
            Path png = dir.resolve("card" + seq + ".png");
            Path share = dir.resolve("share" + seq + ".png");
            CliRun card = CliRun.of("card", String.valueOf(seq), "--vault", vault(), "--png", png.toString(), "--share", share.toString());
            assertThat(card.exit()).as(card.err()).isZero();
            for (Path p : List.of(png, share)) {
                String payload = ZbarImg.qrText(p);
                assertThat(payload).startsWith("SV1.").contains("." + seq + ".");
                SealBundleReport r = CardPayloadVerifier.verify(payload, Optional.of(dir.resolve(originals[seq - 1])));
                assertThat(r.exitCode()).as("%s read by zbarimg as%n%s%nverifier:%n%s", p, payload, r.text()).isZero();
            }
            CliRun verify = CliRun.of("verify", png.toString(), "--file", dir.resolve(originals[seq - 1]).toString());
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("signature: OK", "original: OK", "overall: PASS");
        }
        Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7 quarterly report!\n");
        SealBundleReport bad = SealEvidenceVerifier.verifyCard(dir.resolve("card2.png"), Optional.of(dir.resolve("report.pdf")));
        assertThat(bad.failures()).extracting(BundleFinding::code).containsExactly("FILE_HASH_MISMATCH");
    }

    @Test
    void exportVerifiesWithTheEmbeddedVerifierOnJava17AndFailsOnAnyChangedByte() throws Exception {
        Path zip = dir.resolve("VerifiedBundle.zip");
        CliRun export = CliRun.of("export", "1", "2", "3", "4", "--vault", vault(), "--out", zip.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        Path jar = extract(zip, "verifier/verifier.jar");
        assertThat(Files.size(jar)).isGreaterThan(100_000);

        String[][] cases = {{"text.txt", "seal #1"}, {"report.pdf", "seal #2"}, {"pkg", "seal #3"}};
        for (String[] c : cases) {
            Java17Jar.Run p = Java17Jar.run(jar, zip.toString(), "--file", dir.resolve(c[0]).toString());
            assertThat(p.exit()).as(p.out() + p.err()).isEqualTo(2);
            assertThat(p.out()).contains("original: OK (" + c[1], "checkpoint: OK (tree size 3, 3/4 seals included)",
                    "time: TSA 1, DEVICE only 3", "caveat: NO_CHECKPOINT (seal #4)", "caveat: DEVICE_TIME_ONLY (seal #1)",
                    "caveat: TSA_CERT_UNVERIFIED (seal #2)", "overall: PASS_WITH_CAVEATS");
        }
        CliRun app = CliRun.of("verify", zip.toString(), "--file", dir.resolve("report.pdf").toString());
        assertThat(app.exit()).as(app.out() + app.err()).isEqualTo(2);
        assertThat(app.out()).contains("original: OK (seal #2", "cards: OK (4/4 QR codes carry their seals)");

        // One changed byte in the original.
        Files.write(dir.resolve("report.pdf"), "%PDF-1.7 quarterly report\n".replace('q', 'Q').getBytes(StandardCharsets.US_ASCII));
        Java17Jar.Run changed = Java17Jar.run(jar, zip.toString(), "--file", dir.resolve("report.pdf").toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("error_code: FILE_HASH_MISMATCH");

        // One changed byte in any file of the bundle (rewritten as a valid ZIP, so only the content differs).
        Map<String, byte[]> entries = read(zip);
        for (String name : entries.keySet()) {
            TreeMap<String, byte[]> bad = new TreeMap<>(entries);
            byte[] b = bad.get(name).clone();
            b[b.length / 2] ^= 0x01;
            bad.put(name, b);
            Path badZip = dir.resolve("bad.zip");
            Files.write(badZip, zip(bad));
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            int code = SealBundleCli.run(badZip, Optional.of(dir.resolve("text.txt")), new PrintStream(report, true, StandardCharsets.UTF_8),
                    new PrintStream(report, true, StandardCharsets.UTF_8));
            assertThat(code).as(name + "\n" + report).isEqualTo(1);
            assertThat(report.toString(StandardCharsets.UTF_8)).as(name).containsPattern("error_code: [A-Z_]+ \\(");
        }
        Java17Jar.Run viaJar = Java17Jar.run(jar, dir.resolve("bad.zip").toString());
        assertThat(viaJar.exit()).isEqualTo(1);
    }

    private Path extract(Path zip, String entry) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(entry);
            Path out = dir.resolve("extracted-" + entry.replace('/', '-'));
            Files.write(out, z.getInputStream(e).readAllBytes());
            return out;
        }
    }

    private static Map<String, byte[]> read(Path zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZipWriter w = new DeterministicZipWriter(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                w.add(e.getKey(), e.getValue());
            }
            w.finish();
        }
        return out.toByteArray();
    }
}
