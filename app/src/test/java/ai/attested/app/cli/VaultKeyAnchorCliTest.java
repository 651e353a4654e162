package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code svault vault verify} anchors the operator key (red-team finding 0090 #10): it prints the
 * key id, fails against a pinned {@code --expect-key}, and with the passphrase proves that
 * {@code operator.key} holds the key {@code vault.json} names. The attack is real: another vault's
 * {@code vault.json} and both stores copied over the operator's files. Output checked in a real
 * {@code svault} process where the passphrase comes from the environment.
 */
class VaultKeyAnchorCliTest {
    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private Path passFile;
    private String keyId;

    private String vault() {
        return dir.resolve("vault").toString();
    }

    @BeforeEach
    void vaultWithAPassphraseKeyAndThreeSeals() throws Exception {
        passFile = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
        keyId = init(vault(), passFile);
        for (int i = 1; i <= 3; i++) {
            CliRun seal = CliRun.of("seal", "--vault", vault(), "--passphrase-file", passFile.toString(), "--text", "note " + i);
            assertThat(seal.exit()).as(seal.err()).isZero();
        }
    }

    private static String init(String vault, Path pass) {
        CliRun init = CliRun.of("vault", "init", "--vault", vault, "--username", "alice", "--passphrase-file", pass.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        String line = init.out().lines().filter(l -> l.startsWith("key id: ")).findFirst().orElseThrow();
        return line.substring("key id: ".length());
    }

    @Test
    void theKeyIdIsPrintedAndProvedByThePassphraseFromTheEnvironment() throws Exception {
        Proc p = svault(Map.of("SVAULT_PASSPHRASE", PASSPHRASE), "vault", "verify", "--vault", vault());
        assertThat(p.exit).as(p.out + p.err).isZero();
        assertThat(p.out).isEqualTo("operator key: " + keyId + "\n"
                + "key file: OK (the passphrase opens operator.key to key " + keyId + ")\n"
                + "chain: OK (3 seals)\n");
    }

    @Test
    void withoutAPassphraseTheKeyFileIsNotCheckedAndNothingPrompts() throws Exception {
        Proc p = svault(Map.of(), "vault", "verify", "--vault", vault());
        assertThat(p.exit).as(p.err).isZero();
        assertThat(p.out).startsWith("operator key: " + keyId + "\nkey file: NOT CHECKED (no passphrase;").endsWith("\nchain: OK (3 seals)\n");
    }

    @Test
    void aPinnedKeyIdPassesAndAnotherFailsWithTheChainLineStillLast() {
        CliRun ok = CliRun.of("vault", "verify", "--vault", vault(), "--expect-key", keyId);
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("key pin: OK (--expect-key " + keyId + ")");

        String other = keyId.equals("0123456789abcdef") ? "fedcba9876543210" : "0123456789abcdef";
        CliRun bad = CliRun.of("vault", "verify", "--vault", vault(), "--expect-key", other);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("key pin: FAIL\n", "error_code: VAULT_KEY_UNEXPECTED (vault.json) the vault's key is " + keyId);
        assertThat(bad.lastLine()).isEqualTo("chain: OK (3 seals)");

        CliRun malformed = CliRun.of("vault", "verify", "--vault", vault(), "--expect-key", "ABC");
        assertThat(malformed.exit()).isEqualTo(3);
        assertThat(malformed.err()).contains("EXPECT_KEY_INVALID");
    }

    @Test
    void theKeyIdAsASealCardPrintsItPinsTheSameKey() {
        String grouped = (keyId.substring(0, 4) + " " + keyId.substring(4, 8) + " " + keyId.substring(8, 12) + " " + keyId.substring(12))
                .toUpperCase(java.util.Locale.ROOT);
        CliRun ok = CliRun.of("vault", "verify", "--vault", vault(), "--expect-key", grouped);
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("key pin: OK (--expect-key " + keyId + ")");
    }

    @Test
    void storesRebuiltUnderAnotherKeyPassTheChainButFailBothAnchors() throws Exception {
        // The attacker builds a vault under their own key and copies its identity and both stores over the operator's.
        Path attackerPass = Files.writeString(dir.resolve("attacker.txt"), "attacker passphrase\n");
        String attackerVault = dir.resolve("attacker").toString();
        String attackerKey = init(attackerVault, attackerPass);
        for (int i = 1; i <= 3; i++) {
            assertThat(CliRun.of("seal", "--vault", attackerVault, "--passphrase-file", attackerPass.toString(), "--text", "forged " + i)
                    .exit()).isZero();
        }
        copyAllBut(Path.of(attackerVault), Path.of(vault()), "operator.key", "vault.lock");

        CliRun naive = CliRun.of("vault", "verify", "--vault", vault());
        assertThat(naive.exit()).as("nothing local anchors the key: the chain itself is consistent").isZero();
        assertThat(naive.out()).startsWith("operator key: " + attackerKey + "\n");

        CliRun pinned = CliRun.of("vault", "verify", "--vault", vault(), "--expect-key", keyId);
        assertThat(pinned.exit()).isEqualTo(1);
        assertThat(pinned.out()).contains("error_code: VAULT_KEY_UNEXPECTED (vault.json)");

        Proc proved = svault(Map.of("SVAULT_PASSPHRASE", PASSPHRASE), "vault", "verify", "--vault", vault());
        assertThat(proved.exit).as(proved.out + proved.err).isEqualTo(1);
        assertThat(proved.out).contains("key file: FAIL\n", "error_code: VAULT_KEY_FILE_MISMATCH (operator.key) the passphrase opens operator.key to key "
                + keyId + ", but vault.json and the seals name key " + attackerKey).endsWith("chain: OK (3 seals)\n");

        // The attacker also swaps in their own key file: the operator's passphrase no longer opens it.
        Files.copy(Path.of(attackerVault, "operator.key"), Path.of(vault(), "operator.key"), StandardCopyOption.REPLACE_EXISTING);
        CliRun swapped = CliRun.of("vault", "verify", "--vault", vault(), "--passphrase-file", passFile.toString());
        assertThat(swapped.exit()).isEqualTo(1);
        assertThat(swapped.out()).contains("key file: FAIL\n", "error_code: PASSPHRASE_WRONG (operator.key)");
        assertThat(swapped.lastLine()).isEqualTo("chain: OK (3 seals)");
    }

    @Test
    void aTestKeyVaultSaysSo() {
        String testVault = dir.resolve("test-vault").toString();
        assertThat(CliRun.of("vault", "init", "--vault", testVault, "--username", "demo", "--test-key").exit()).isZero();
        CliRun r = CliRun.of("vault", "verify", "--vault", testVault, "--expect-key", "36ee3280c62ed537");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("operator key: 36ee3280c62ed537\nkey pin: OK (--expect-key 36ee3280c62ed537)\n"
                + "key file: TEST KEY (TV-SIG-001, published: anyone can sign as this vault)\nchain: OK (0 seals)\n");
    }

    private static void copyAllBut(Path from, Path to, String... keep) throws IOException {
        List<String> kept = List.of(keep);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().isEmpty() || kept.contains(rel.toString())) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private record Proc(int exit, String out, String err) {
    }

    /** {@code svault ARGS} in its own JVM with exactly these extra environment variables (SVAULT_PASSPHRASE removed otherwise). */
    private static Proc svault(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SvaultMain.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("SVAULT_PASSPHRASE");
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Proc(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
