package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned migrations and the append-only rule, on a real H2 file through plain JDBC. */
class SchemaTest {

    @TempDir
    Path dir;

    private Connection raw(Path base) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "svault", "");
    }

    @Test
    void emptyDatabaseMigratesToTheLatestVersion() throws Exception {
        Path base = dir.resolve("seals");
        try (SealTable t = SealTable.open(base, false)) {
            assertThat(t.schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(3);
        }
        try (Connection c = raw(base); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            for (int version = 1; version <= 3; version++) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(version);
            }
            assertThat(rs.next()).isFalse();
        }
        assertThat(sealJsonType(base)).isEqualTo("BINARY VARYING");
    }

    @Test
    void versionOneDatabaseWithSealsMigratesAndKeepsThem() throws Exception {
        Path base = dir.resolve("seals");
        StoredSeal s1 = new StoredSeal(1, "0".repeat(64), "a".repeat(64), "2026-02-11T12:00:00.000Z", "TEXT", "text",
                "b".repeat(64), "first", "{\"seq\":1}");
        try (SealTable t = SealTable.open(base, false, 1)) {
            assertThat(t.schemaVersion()).isEqualTo(1);
            t.insert(List.of(s1));
        }
        try (Connection c = raw(base); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CHECKPOINTS'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        try (SealTable t = SealTable.open(base, true)) {
            assertThat(t.schemaVersion()).isEqualTo(3);
            assertThat(t.get(1)).contains(s1);
            assertThat(t.checkpoints()).isEmpty();
            assertThat(t.search(SealQuery.hash("bbbb"), 0, 10).seals()).containsExactly(s1);
        }
    }

    /**
     * Decision 0064: a vault written with schema version 2 (seal JSON as VARCHAR), with seals whose
     * JSON holds non-ASCII text and a signed verified state, is migrated on open. Its rows keep
     * exactly their bytes (the mirror comparison and the signed row digest both still hold, so no
     * signature needs checking again) and the append-only triggers still reject UPDATE and DELETE.
     */
    @Test
    void versionTwoVaultMigratesKeepingEveryByteAndStaysAppendOnly() throws Exception {
        VaultLocation loc = new VaultLocation(dir.resolve("vault"));
        List<StoredSeal> seals = new ArrayList<>();
        try (Vault v = Vault.create(loc, VaultSetup.withTestKey("alice"), VaultFixture.CODEC)) {
            for (int i = 1; i <= 5; i++) {
                v.append(TestSeals.text("text " + i, "caf\u00e9 \u2615 \ud83d\ude00 \u00fc " + i));
            }
            for (int seq = 1; seq <= 5; seq++) {
                seals.add(v.seal(seq).orElseThrow());
            }
        }
        assertThat(loc.verifiedStateFile()).exists();
        // the same vault as the previous program version stored it: version 2, JSON as text
        Files.delete(loc.databaseFile());
        SealTable.open(loc.databaseBase(), false, 2).close();
        assertThat(sealJsonType(loc.databaseBase())).isEqualTo("CHARACTER VARYING");
        try (Connection c = raw(loc.databaseBase());
                PreparedStatement ps = c.prepareStatement("INSERT INTO seals (seq, prev_seal_hash, seal_hash, device_time,"
                        + " subject_kind, subject_name, subject_hash, description, seal_json) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (StoredSeal s : seals) {
                ps.setLong(1, s.seq());
                ps.setString(2, s.prevSealHash());
                ps.setString(3, s.sealHash());
                ps.setString(4, s.deviceTime());
                ps.setString(5, s.subjectKind());
                ps.setString(6, s.subjectName());
                ps.setString(7, s.subjectHash());
                ps.setString(8, s.description());
                ps.setString(9, s.json());
                ps.executeUpdate();
            }
        }
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.schemaVersion()).isEqualTo(3);
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (5 seals)");
            assertThat(v.chainStatus().repairs()).isEmpty();
            assertThat(v.chainStatus().signaturesChecked()).isZero(); // the signed row digest still matches
            assertThat(v.seal(3)).contains(seals.get(2));
            assertThat(v.append(TestSeals.text("after migration", "\u00e9t\u00e9")).seq()).isEqualTo(6);
        }
        assertThat(sealJsonType(loc.databaseBase())).isEqualTo("BINARY VARYING");
        List<String> lines = Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8);
        try (Connection c = raw(loc.databaseBase()); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT seal_json FROM seals ORDER BY seq")) {
                for (String line : lines) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBytes(1)).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
                }
                assertThat(rs.next()).isFalse();
            }
            c.setAutoCommit(true);
            for (String sql : List.of("UPDATE seals SET seal_json = X'7b7d' WHERE seq = 2", "DELETE FROM seals WHERE seq = 6")) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).hasMessageContaining("APPEND_ONLY");
            }
        }
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.verify(true).summaryLine()).isEqualTo("chain: OK (6 seals)");
        }
    }

    private String sealJsonType(Path base) throws SQLException {
        try (Connection c = raw(base); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'SEALS' AND COLUMN_NAME = 'SEAL_JSON'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void databaseFromANewerProgramIsRefused() throws Exception {
        Path base = dir.resolve("seals");
        SealTable.open(base, false).close();
        try (Connection c = raw(base); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'from the future')");
        }
        assertThatThrownBy(() -> SealTable.open(base, true))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_SCHEMA_TOO_NEW");
    }

    @Test
    void missingDatabaseIsNeverSilentlyRecreated() {
        assertThatThrownBy(() -> SealTable.open(dir.resolve("nothing"), true))
                .extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_DATABASE_MISSING");
    }

    @Test
    void rawSqlUpdateAndDeleteOfSealsAndCheckpointsFail() throws Exception {
        VaultLocation loc = new VaultLocation(dir);
        try (Vault v = Vault.create(loc, VaultSetup.withTestKey("alice"), VaultFixture.CODEC)) {
            VaultFixture.appendTexts(v, 1, 3);
            v.checkpoint();
        }
        try (Connection c = raw(loc.databaseBase()); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : List.of(
                    "UPDATE seals SET description = 'changed' WHERE seq = 2",
                    "UPDATE seals SET seal_hash = '" + "f".repeat(64) + "'",
                    "DELETE FROM seals WHERE seq = 3",
                    "DELETE FROM seals",
                    "UPDATE checkpoints SET root_hash = '" + "0".repeat(64) + "'",
                    "DELETE FROM checkpoints")) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("APPEND_ONLY");
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(description) FROM seals")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getString(2)).isEmpty();
            }
        }
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (3 seals)");
        }
    }
}
