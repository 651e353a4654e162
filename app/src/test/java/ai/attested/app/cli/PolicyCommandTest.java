package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.policy.PolicyCheck;
import ai.attested.bundle.model.PolicyArtifact;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    @TempDir
    Path dir;
    Path watch;
    String err;

    @BeforeEach
    void folder() throws Exception {
        watch = Files.createDirectories(dir.resolve("watched/sub"));
        Files.writeString(watch.resolve("a.txt"), "alpha\r\n");
        Files.writeString(dir.resolve("watched/b.txt"), "bravo\n");
        watch = dir.resolve("watched");
    }

    private int svault(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        try {
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            return SvaultMain.execute(args);
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void createsASignedPolicyAndItsBaselineWithADeterministicPolicyId() throws Exception {
        String[] args = {"policy", "create", "--watch", watch.toString(), "--out", dir.resolve("p1/policy.json").toString(),
            "--test-key", "--created-at", "2026-02-11T12:00:00.000Z", "--line-endings", "LF", "--encoding", "UTF-8",
            "--interval-ms", "250", "--on-drift", "QUARANTINE", "--ttl", "2h", "--new-files", "IGNORE"};
        assertThat(svault(args)).as(err).isZero();
        PolicyArtifact p = PolicyCheck.verified(Files.readAllBytes(dir.resolve("p1/policy.json")));
        assertThat(p.measurementSet()).extracting(m -> m.path()).containsExactly("b.txt", "sub/a.txt");
        assertThat(p.intervalMs()).isEqualTo(250);
        assertThat(p.ttlExpiresAt()).contains("2026-02-11T14:00:00.000Z");
        assertThat(p.extraField("watch").orElseThrow().get("new_files").asText()).isEqualTo("IGNORE");
        assertThat(p.extraField("watch").orElseThrow().get("root").asText()).isEqualTo("../watched");
        assertThat(dir.resolve("p1/subject_manifest.json")).exists();

        args[5] = dir.resolve("p2/policy.json").toString();
        assertThat(svault(args)).isZero();
        assertThat(PolicyCheck.verified(Files.readAllBytes(dir.resolve("p2/policy.json"))).policyId()).isEqualTo(p.policyId());
    }

    @Test
    void invalidUtf8UnderUtf8IsACodedError() throws Exception {
        Files.write(watch.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC0, (byte) 0xAF});
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", dir.resolve("p.json").toString(),
                "--test-key", "--encoding", "UTF-8")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("SUBJECT_INVALID_UTF8", "bad.txt", "byte 2");
        assertThat(dir.resolve("p.json")).doesNotExist();
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", dir.resolve("p.json").toString(),
                "--test-key", "--encoding", "BINARY")).isZero();
    }

    @Test
    void badOptionsAreCodedErrorsAndWriteNothing() {
        String out = dir.resolve("p.json").toString();
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", out, "--test-key", "--interval-ms", "249"))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("POLICY_INTERVAL_TOO_SHORT");
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", out, "--test-key",
                "--on-signature-invalid", "CONTINUE")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("POLICY_MAPPING_INVALID");
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", watch.resolve("p.json").toString(),
                "--test-key")).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("OUTPUT_INSIDE_WATCHED_FOLDER");
        assertThat(svault("policy", "create", "--watch", watch.toString(), "--out", out)).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("KEY_REQUIRED");
        assertThat(svault("policy", "create", "--watch", dir.resolve("nope").toString(), "--out", out, "--test-key"))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("WATCH_DIR_NOT_FOUND");
        assertThat(Path.of(out)).doesNotExist();
    }
}
