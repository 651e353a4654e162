package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.vault.BundleSealCodec;
import ai.attested.app.vault.ChainStatus;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import ai.attested.app.vault.VaultSetup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real processes: {@code svault seal} sealing a thousand texts in a separate JVM
 * is killed with SIGKILL at a random instant, again and again. After each kill the vault opens,
 * the chain verifies, and every seal the process printed as done is in both stores, byte for byte.
 */
class CrashKillTest {

    private static final int ITERATIONS = 20;
    private static final int TEXTS = 1000;

    @TempDir
    Path dir;

    @Test
    void everySealReportedDoneSurvivesSigkill() throws Exception {
        VaultLocation loc = new VaultLocation(dir.resolve("vault"));
        Vault.create(loc, VaultSetup.withTestKey("crash"), new BundleSealCodec()).close();
        Random random = new Random(20261122L);
        List<String> everyReported = new ArrayList<>();
        int repairs = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            List<String> reported = runAndKill(loc, it, random);
            everyReported.addAll(reported);
            try (Vault v = Vault.open(loc, p -> {
                throw new AssertionError("test-key vault");
            }, new BundleSealCodec())) {
                ChainStatus st = v.chainStatus();
                assertThat(st.ok()).as("iteration %d: %s %s", it, st.summaryLine(), st.findings()).isTrue();
                repairs += st.repairs().size();
                List<String> mirror = Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8);
                assertThat((long) mirror.size()).isEqualTo(v.sealCount());
                for (String line : everyReported) {
                    String[] parts = line.split(" ");
                    long seq = Long.parseLong(parts[0]);
                    StoredSeal s = v.seal(seq).orElseThrow(() -> new AssertionError("reported seal #" + seq + " lost"));
                    assertThat(s.sealHash()).isEqualTo(parts[1]);
                    assertThat(mirror.get((int) seq - 1)).isEqualTo(s.json());
                }
            }
        }
        System.out.printf("crash test: %d kills, %d seals reported done, %d repairs on reopen%n",
                ITERATIONS, everyReported.size(), repairs);
        assertThat(everyReported).isNotEmpty();
    }

    /** Starts {@code svault seal} with many texts, kills it with SIGKILL at a random moment, returns the lines it printed. */
    private static List<String> runAndKill(VaultLocation loc, int iteration, Random random) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SvaultMain.class.getName(), "seal", "--vault", loc.toString()));
        for (int i = 0; i < TEXTS; i++) {
            cmd.add("--text");
            cmd.add("iteration " + iteration + " text " + i);
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        // kill after a random number of printed seals (0..250) plus a random 0..40 ms, or when the
        // process ends or 20 s pass; the reader counts the latch down per printed seal (no polling).
        int target = random.nextInt(250);
        CountDownLatch reachedTarget = new CountDownLatch(target);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    reachedTarget.countDown();
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the process is killed
            }
        });
        p.onExit().thenRun(() -> {
            while (reachedTarget.getCount() > 0) {
                reachedTarget.countDown(); // the process ended early: stop waiting
            }
        });
        reachedTarget.await(20, TimeUnit.SECONDS);
        // The random extra delay is the point (a kill at an arbitrary instant), not a wait for a condition.
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(40)));
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        List<String> out = new ArrayList<>(lines);
        for (String line : out) {
            assertThat(line).matches("[0-9]+ [0-9a-f]{64} text");
        }
        return out;
    }
}
