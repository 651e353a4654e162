package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampering with either store, as an attacker with file access would: each is reported with the
 * seal number, nothing is "repaired", and no new seal is accepted.
 */
class TamperTest {

    @TempDir
    Path dir;

    private VaultLocation loc;

    @BeforeEach
    void tenSeals() {
        loc = VaultFixture.testKeyVault(dir, 10); // closing writes the signed verified state
        assertThat(loc.verifiedStateFile()).exists();
    }

    private void sqlAsAttacker(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + loc.databaseBase() + ";IFEXISTS=TRUE", "svault", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER seals_no_update");
            st.execute("DROP TRIGGER seals_no_delete");
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8));
    }

    private void writeLines(List<String> lines) throws Exception {
        Files.writeString(loc.jsonlMirror(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private ChainFinding firstFindingAndUnchanged() throws Exception {
        byte[] jsonlBefore = Files.readAllBytes(loc.jsonlMirror());
        ChainFinding first;
        try (Vault v = VaultFixture.openTestKey(loc)) {
            ChainStatus st = v.chainStatus();
            assertThat(st.ok()).as("%s, %d seals, repairs %s, %d signatures checked", st.summaryLine(), v.sealCount(),
                    st.repairs(), st.signaturesChecked()).isFalse();
            assertThat(st.repairs()).isEmpty();
            first = st.firstFinding();
            assertThat(st.summaryLine()).isEqualTo("chain: FAIL (seal #" + first.seq() + ", " + first.code() + ")");
            assertThatThrownBy(() -> v.append(TestSeals.text("after tamper")))
                    .extracting(e -> ((AppException) e).code()).isEqualTo("CHAIN_BROKEN");
        }
        assertThat(Files.readAllBytes(loc.jsonlMirror())).isEqualTo(jsonlBefore);
        return first;
    }

    @Test
    void editedHashColumnInTheDatabase() throws Exception {
        sqlAsAttacker("UPDATE seals SET seal_hash = '" + "e".repeat(64) + "' WHERE seq = 5");
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(5);
        assertThat(f.code()).isEqualTo("SEAL_INDEX_MISMATCH");
    }

    @Test
    void editedSealJsonInTheDatabase() throws Exception {
        String line5 = lines().get(4);
        String forged = line5.replace("\"description\":\"\"", "\"description\":\"forged\"");
        assertThat(forged).isNotEqualTo(line5);
        sqlAsAttacker("UPDATE seals SET seal_json = '" + forged.replace("'", "''") + "' WHERE seq = 5");
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(5);
        assertThat(f.code()).isEqualTo("SEAL_HASH_MISMATCH");
    }

    @Test
    void deletedRowInTheDatabase() throws Exception {
        sqlAsAttacker("DELETE FROM seals WHERE seq = 6");
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(6);
        assertThat(f.code()).isEqualTo("SEAL_SEQ_GAP");
    }

    @Test
    void editedHashInTheMirror() throws Exception {
        List<String> lines = lines();
        String h = lines.get(6).replaceAll(".*\"seal_hash\":\"([0-9a-f]{64})\".*", "$1");
        // Always a different first digit (a hash already starting with 0 would make "0…" no edit at all).
        lines.set(6, lines.get(6).replace(h, (h.charAt(0) == '0' ? "1" : "0") + h.substring(1)));
        writeLines(lines);
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(7);
        assertThat(f.code()).isEqualTo("STORES_DISAGREE");
    }

    @Test
    void droppedLineInTheMiddleOfTheMirror() throws Exception {
        List<String> lines = lines();
        lines.remove(3);
        writeLines(lines);
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(4);
        assertThat(f.code()).isEqualTo("JSONL_ORDER_BROKEN");
        assertThat(f.message()).contains("holds seal #5");
    }

    @Test
    void reorderedLinesInTheMirror() throws Exception {
        List<String> lines = lines();
        Collections.swap(lines, 7, 8);
        writeLines(lines);
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(8);
        assertThat(f.code()).isEqualTo("JSONL_ORDER_BROKEN");
    }

    @Test
    void forgedTrailingLineInTheMirrorIsNotCopied() throws Exception {
        List<String> lines = lines();
        // a copy of seal 10 relabelled as seal 11: does not chain, is not signed as #11
        lines.add(lines.get(9).replace("\"seq\":10", "\"seq\":11"));
        writeLines(lines);
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(11);
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.sealCount()).isEqualTo(10);
        }
    }

    @Test
    void tamperingBehindTheVerifiedStateIsStillFound() throws Exception {
        // the signed verified state covers seals 1..10; editing seal 2 must force a full check
        sqlAsAttacker("UPDATE seals SET subject_name = 'renamed' WHERE seq = 2");
        ChainFinding f = firstFindingAndUnchanged();
        assertThat(f.seq()).isEqualTo(2);
        assertThat(f.code()).isEqualTo("SEAL_INDEX_MISMATCH");
    }

    @Test
    void verifiedStateWithAForgedSignatureIsIgnoredEvenWhenItsRowsMatch() throws Exception {
        // the rows reproduce the state's digest, so only its signature (checked beside the scan) is wrong
        String state = Files.readString(loc.verifiedStateFile());
        String sig = state.replaceAll("(?s).*\nsignature ([^\n]+)\n", "$1");
        byte[] raw = java.util.Base64.getDecoder().decode(sig);
        raw[10] ^= 1;
        Files.writeString(loc.verifiedStateFile(), state.replace(sig, java.util.Base64.getEncoder().encodeToString(raw)));
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThat(v.chainStatus().signaturesChecked()).isEqualTo(10);
        }
    }

    @Test
    void forgedVerifiedStateIsIgnored() throws Exception {
        String state = Files.readString(loc.verifiedStateFile());
        Files.writeString(loc.verifiedStateFile(), state.replace("count 10", "count 9"));
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThat(v.chainStatus().signaturesChecked()).isEqualTo(10);
        }
        VaultFixture.openTestKey(loc).close(); // a keyed open replaces the unconfirmed state
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().signaturesChecked()).isZero();
        }
    }
}
