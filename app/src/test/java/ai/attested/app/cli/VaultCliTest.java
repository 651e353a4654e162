package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code svault vault ...} and {@code svault seal --text} end to end, on real files. */
class VaultCliTest {

    @TempDir
    Path dir;

    private String vault() {
        return dir.resolve("vault").toString();
    }

    private List<String> sealTexts(int n) {
        List<String> args = new ArrayList<>(List.of("seal", "--vault", vault()));
        for (int i = 1; i <= n; i++) {
            args.add("--text");
            args.add("note " + i);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    @Test
    void initSealVerifyInfoCheckpoint() {
        CliRun init = CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).containsPattern("vault id: [0-9]{4}-[0-9]{5}-[0-9]{4}").contains("operator: alice").contains("TEST KEY");

        List<String> lines = sealTexts(3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("1 [0-9a-f]{64} text");
        assertThat(lines.get(2)).matches("3 [0-9a-f]{64} text");

        CliRun verify = CliRun.of("vault", "verify", "--vault", vault());
        assertThat(verify.exit()).isZero();
        assertThat(verify.lastLine()).isEqualTo("chain: OK (3 seals)");

        CliRun cp = CliRun.of("vault", "checkpoint", "--vault", vault());
        assertThat(cp.exit()).as(cp.err()).isZero();
        assertThat(cp.out()).startsWith("checkpoint: 3 seals, root ").contains("\n\u2014 sovereign-vault/");

        CliRun info = CliRun.of("vault", "info", "--vault", vault());
        assertThat(info.exit()).isZero();
        assertThat(info.out()).contains("seals: 3").contains("latest checkpoint: 3 seals").endsWith("chain: OK (3 seals)\n");
    }

    @Test
    void passphraseFromAFileProtectsTheKey() throws Exception {
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "a long passphrase\n");
        CliRun init = CliRun.of("vault", "init", "--vault", vault(), "--username", "bob", "--passphrase-file", pass.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(dir.resolve("vault/operator.key")).exists();
        CliRun seal = CliRun.of("seal", "--vault", vault(), "--passphrase-file", pass.toString(), "--text", "hello");
        assertThat(seal.exit()).as(seal.err()).isZero();
        Files.writeString(pass, "wrong\n");
        CliRun wrong = CliRun.of("seal", "--vault", vault(), "--passphrase-file", pass.toString(), "--text", "hello");
        assertThat(wrong.exit()).isEqualTo(3);
        assertThat(wrong.err()).contains("PASSPHRASE_WRONG");
    }

    @Test
    void tamperedMirrorFailsVerifyWithTheSealNumber() throws Exception {
        CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key");
        sealTexts(6);
        Path jsonl = dir.resolve("vault/seals.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        lines.remove(2); // drop seal 3
        Files.writeString(jsonl, String.join("\n", lines) + "\n");
        CliRun verify = CliRun.of("vault", "verify", "--vault", vault());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("finding: seal #3 JSONL_ORDER_BROKEN");
        assertThat(verify.lastLine()).isEqualTo("chain: FAIL (seal #3, JSONL_ORDER_BROKEN)");
        CliRun seal = CliRun.of("seal", "--vault", vault(), "--text", "more");
        assertThat(seal.exit()).isEqualTo(3);
        assertThat(seal.err()).contains("CHAIN_BROKEN");
    }

    @Test
    void tamperedDatabaseFailsVerifyWithTheSealNumber() throws Exception {
        CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key");
        sealTexts(5);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("vault/seals") + ";IFEXISTS=TRUE", "svault", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER seals_no_update");
            st.execute("UPDATE seals SET prev_seal_hash = '" + "1".repeat(64) + "' WHERE seq = 4");
        }
        CliRun verify = CliRun.of("vault", "verify", "--vault", vault(), "--full");
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.lastLine()).isEqualTo("chain: FAIL (seal #4, SEAL_INDEX_MISMATCH)");
        assertThat(verify.out()).contains("finding: seal #4 CHAIN_LINK_BROKEN");
    }

    @Test
    void missingVaultAndWrongArgumentsAreErrors() {
        CliRun verify = CliRun.of("vault", "verify", "--vault", vault());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.err()).contains("VAULT_NOT_FOUND");
        CliRun noUser = CliRun.of("vault", "init", "--vault", vault());
        assertThat(noUser.exit()).isEqualTo(3);
        CliRun badName = CliRun.of("vault", "init", "--vault", vault(), "--username", "fuckface99", "--test-key");
        assertThat(badName.exit()).isEqualTo(3);
        assertThat(badName.err()).contains("BAD_WORD");
    }

    @Test
    void sealsFilesAndFoldersWithTheirNamesAndKeepsTheFolderListing() throws Exception {
        CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key");
        Path file = Files.writeString(dir.resolve("report.pdf"), "not really a pdf");
        Path folder = Files.createDirectories(dir.resolve("evidence"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.txt"), "b");
        CliRun seal = CliRun.of("seal", "--vault", vault(), "--description", "Q3 evidence", "--text", "memo",
                file.toString(), folder.toString());
        assertThat(seal.exit()).as(seal.err()).isZero();
        List<String> lines = seal.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("1 [0-9a-f]{64} text");
        assertThat(lines.get(1)).matches("2 [0-9a-f]{64} report.pdf");
        assertThat(lines.get(2)).matches("3 [0-9a-f]{64} evidence");
        try (var listings = Files.list(dir.resolve("vault/folders"))) {
            assertThat(listings.toList()).hasSize(1);
        }
        assertThat(CliRun.of("vault", "verify", "--vault", vault(), "--full").lastLine()).isEqualTo("chain: OK (3 seals)");
        CliRun rude = CliRun.of("seal", "--vault", vault(), "--description", "total bullsh1t", "--text", "x");
        assertThat(rude.exit()).isEqualTo(3);
        assertThat(rude.err()).contains("BAD_WORD");
    }
}
