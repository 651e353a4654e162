package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact states a crash can leave (built by restoring one store's file from before the last
 * append), each repaired on the next open and reported.
 */
class CrashRepairTest {

    @TempDir
    Path dir;

    @Test
    void sealsThatReachedOnlyTheMirrorAreCopiedToTheDatabase() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 3);
        Path before = dir.resolveSibling(dir.getFileName() + "-db-before");
        Files.copy(loc.databaseFile(), before, StandardCopyOption.REPLACE_EXISTING);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            VaultFixture.appendTexts(v, 4, 8);
        }
        Files.copy(before, loc.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            ChainStatus st = v.chainStatus();
            assertThat(st.summaryLine()).isEqualTo("chain: OK (8 seals)");
            assertThat(st.repairs()).singleElement().asString().startsWith("H2_COMPLETED_FROM_JSONL: seals #4-#8");
            assertThat(v.seal(8)).isPresent();
            assertThat(v.append(TestSeals.text("next")).seq()).isEqualTo(9);
        }
        Files.delete(before);
    }

    @Test
    void sealsThatReachedOnlyTheDatabaseAreCopiedToTheMirror() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 3);
        byte[] jsonlBefore = Files.readAllBytes(loc.jsonlMirror());
        try (Vault v = VaultFixture.openTestKey(loc)) {
            VaultFixture.appendTexts(v, 4, 4);
        }
        byte[] jsonlAfter = Files.readAllBytes(loc.jsonlMirror());
        Files.write(loc.jsonlMirror(), jsonlBefore);
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (4 seals)");
            assertThat(v.chainStatus().repairs()).singleElement().asString().startsWith("JSONL_COMPLETED_FROM_H2: seal #4");
        }
        assertThat(Files.readAllBytes(loc.jsonlMirror())).isEqualTo(jsonlAfter);
    }

    @Test
    void tornLastLineIsCut() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 3);
        byte[] good = Files.readAllBytes(loc.jsonlMirror());
        String line = Files.readAllLines(loc.jsonlMirror()).get(2);
        Files.write(loc.jsonlMirror(), line.substring(0, 57).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThat(v.chainStatus().repairs()).singleElement().asString().startsWith("JSONL_TORN_TAIL_TRUNCATED");
        }
        assertThat(Files.readAllBytes(loc.jsonlMirror())).isEqualTo(good);
    }

    @Test
    void zeroFilledTailAfterPowerLossIsCut() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 2);
        byte[] good = Files.readAllBytes(loc.jsonlMirror());
        byte[] zeros = new byte[700];
        zeros[350] = '\n';
        Files.write(loc.jsonlMirror(), zeros, StandardOpenOption.APPEND);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (2 seals)");
            assertThat(v.chainStatus().repairs()).hasSize(1);
        }
        assertThat(Files.readAllBytes(loc.jsonlMirror())).isEqualTo(good);
    }

    @Test
    void tornTailTogetherWithSealsMissingFromTheMirror() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 2);
        byte[] jsonlBefore = Files.readAllBytes(loc.jsonlMirror());
        try (Vault v = VaultFixture.openTestKey(loc)) {
            VaultFixture.appendTexts(v, 3, 4);
        }
        byte[] full = Files.readAllBytes(loc.jsonlMirror());
        // the mirror lost seals 3 and 4 but kept half of line 3
        Files.write(loc.jsonlMirror(), Arrays.copyOf(full, jsonlBefore.length + 40));
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (4 seals)");
            assertThat(v.chainStatus().repairs()).hasSize(2);
        }
        assertThat(Files.readAllBytes(loc.jsonlMirror())).isEqualTo(full);
    }

    @Test
    void afterRepairBothStoresHoldTheSameSeals() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 5);
        Path before = dir.resolveSibling(dir.getFileName() + "-db-before2");
        Files.copy(loc.databaseFile(), before, StandardCopyOption.REPLACE_EXISTING);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            VaultFixture.appendTexts(v, 6, 7);
        }
        Files.copy(before, loc.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        VaultFixture.openTestKey(loc).close();
        List<String> lines = Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8);
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            ChainStatus full = v.verify(true);
            assertThat(full.summaryLine()).isEqualTo("chain: OK (7 seals)");
            assertThat(full.signaturesChecked()).isEqualTo(7);
            for (int seq = 1; seq <= 7; seq++) {
                assertThat(v.seal(seq).orElseThrow().json()).isEqualTo(lines.get(seq - 1));
            }
        }
        Files.delete(before);
    }
}
