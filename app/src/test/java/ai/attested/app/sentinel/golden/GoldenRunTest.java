package ai.attested.app.sentinel.golden;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.cli.SvaultMain;
import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.zip.DeterministicZipWriter;
import ai.attested.verifier.Finding;
import ai.attested.verifier.Verdict;
import ai.attested.verifier.Verification;
import ai.attested.verifier.VerificationReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The golden run of seed 004 §3, end to end, on a real subject process, verified by the real verifier. */
@EnabledOnOs(OS.LINUX)
class GoldenRunTest {
    static final List<String> DESIGN_LINES = List.of(
            "artifact: OK",
            "receipts: OK (7/7)",
            "chain: OK",
            "drift: YES (receipt #5, HASH_MISMATCH_FILE)",
            "enforcement: KILL (receipt #6)",
            "merkle: SKIPPED (MVP local)",
            "anchor: SKIPPED (MVP local)",
            "overall: PASS");
    static final Instant CLOCK = Instant.parse("2026-02-11T12:00:00.000Z");
    static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @TempDir
    Path dir;

    private GoldenRunResult run(Path out, Action action) {
        GoldenRunOptions o = GoldenRunOptions.defaults(out).withDriftAction(action)
                .withFixedClock(Optional.of(CLOCK)).withKey(new SigningKeys.Choice(true, Optional.empty(), Optional.empty()));
        return new GoldenRun(o, SentinelListener.NONE, Map.of()).run();
    }

    @Test
    void theReportHasExactlyTheDesignLinesAndTheEmbeddedVerifierAgreesOnJava17() throws Exception {
        GoldenRunResult r = run(dir.resolve("g"), Action.KILL);
        assertThat(r.report().toText().lines().toList()).isEqualTo(DESIGN_LINES);
        assertThat(r.report().exitCode()).isZero();

        Path jar = dir.resolve("verifier.jar");
        Files.write(jar, entries(r.bundle()).get("verifier/verifier.jar"));
        Process p = new ProcessBuilder(JAVA_17.toString(), "-jar", jar.toString(), r.bundle().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).isEqualTo(DESIGN_LINES);

        String readme = new String(entries(r.bundle()).get("README.txt"), StandardCharsets.UTF_8);
        for (String line : DESIGN_LINES) {
            assertThat(readme).contains("    " + line + "\n");
        }
        assertThat(readme).contains("java -jar bundle-verifier/verifier/verifier.jar bundle.zip", "overall: FAIL",
                "error_code: RECEIPT_HASH_MISMATCH (receipts/0002.json)");
    }

    @Test
    void twoRunsWithTheSameFixedClockAndTestKeyGiveByteIdenticalBundles() throws Exception {
        GoldenRunResult a = run(dir.resolve("a"), Action.KILL);
        GoldenRunResult b = run(dir.resolve("elsewhere/b"), Action.KILL);
        assertThat(Files.readAllBytes(b.bundle())).isEqualTo(Files.readAllBytes(a.bundle()));
        assertThat(a.sentinel().runId()).isEqualTo(b.sentinel().runId());
    }

    @Test
    void aOneCharacterChangeToAReceiptFailsNamingIt() throws Exception {
        GoldenRunResult r = run(dir.resolve("g"), Action.KILL);
        Map<String, byte[]> files = entries(r.bundle());
        String receipt = new String(files.get("receipts/0003.json"), StandardCharsets.UTF_8);
        int at = receipt.indexOf("\"details\": \"") + "\"details\": \"".length() + 1;
        String tampered = receipt.substring(0, at) + (receipt.charAt(at) == 'x' ? 'y' : 'x') + receipt.substring(at + 1);
        assertThat(tampered.length()).isEqualTo(receipt.length());
        files.put("receipts/0003.json", tampered.getBytes(StandardCharsets.UTF_8));
        Path bad = dir.resolve("tampered.zip");
        try (OutputStream os = Files.newOutputStream(bad)) {
            DeterministicZipWriter zip = new DeterministicZipWriter(os);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.add(e.getKey(), e.getValue());
            }
            zip.finish();
        }

        VerificationReport report = Verification.verify(bad);

        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.findings()).extracting(Finding::code).contains("RECEIPT_HASH_MISMATCH", "RECEIPT_SIGNATURE_INVALID");
        assertThat(report.findings()).filteredOn(f -> f.code().equals("RECEIPT_HASH_MISMATCH"))
                .extracting(f -> f.path().orElse("")).containsExactly("receipts/0003.json");
        assertThat(report.toText()).contains("overall: FAIL\n", "error_code: RECEIPT_HASH_MISMATCH (receipts/0003.json)");
    }

    @Test
    void quarantineAndContinueRunsPassWithTheirEnforcement() {
        GoldenRunResult q = run(dir.resolve("q"), Action.QUARANTINE);
        assertThat(q.report().verdict()).isEqualTo(Verdict.PASS);
        assertThat(q.report().line("enforcement")).isEqualTo("QUARANTINE (receipt #6)");
        assertThat(q.sentinel().subjectPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false))
                .as("the demo ends its quarantined subject after the run").isFalse();

        GoldenRunResult c = run(dir.resolve("c"), Action.CONTINUE);
        assertThat(c.report().verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.report().line("enforcement")).isEqualTo("CONTINUE (receipt #6)");
        assertThat(c.report().line("receipts")).isEqualTo("OK (7/7)");
    }

    @Test
    void theReadmeCommandRunsOnTheRealClockWithAFreshKey() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = SvaultMain.execute("golden-run", "--out", dir.resolve("target/golden-run").toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("ephemeral key", String.join("\n", DESIGN_LINES));
        // and it can run again into the same folder
        assertThat(SvaultMain.execute("golden-run", "--out", dir.resolve("target/golden-run").toString(), "--ticks", "1"))
                .isZero();
    }

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
