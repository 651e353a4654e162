package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            assertThat(t.schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(2);
        }
        try (Connection c = raw(base); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
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
            assertThat(t.schemaVersion()).isEqualTo(2);
            assertThat(t.get(1)).contains(s1);
            assertThat(t.checkpoints()).isEmpty();
            assertThat(t.search(SealQuery.hash("bbbb"), 0, 10).seals()).containsExactly(s1);
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
