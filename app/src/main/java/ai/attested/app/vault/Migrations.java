package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema as an ordered list of versioned migrations, recorded in {@code schema_version}.
 * A migration is never edited once released; changes are new versions. Every statement is
 * idempotent, so a crash between a migration's DDL and its version row is harmless.
 */
final class Migrations {

    record Migration(int version, String description, List<String> statements) {}

    /** Room for any seal: the V1 column held up to 1,000,000 characters, at most 4 UTF-8 bytes each. */
    static final int SEAL_JSON_MAX_BYTES = 4_000_000;

    private static final String TRIGGER = "'" + AppendOnlyTrigger.class.getName() + "'";

    static final List<Migration> ALL = List.of(
            new Migration(1, "seals table, append-only", List.of(
                    """
                    CREATE TABLE IF NOT EXISTS seals (
                      seq BIGINT NOT NULL PRIMARY KEY CHECK (seq >= 1),
                      prev_seal_hash CHAR(64) NOT NULL,
                      seal_hash CHAR(64) NOT NULL,
                      device_time VARCHAR(40) NOT NULL,
                      subject_kind VARCHAR(16) NOT NULL,
                      subject_name VARCHAR(1000000) NOT NULL,
                      subject_hash CHAR(64) NOT NULL,
                      description VARCHAR(1000000) NOT NULL,
                      seal_json VARCHAR(1000000) NOT NULL,
                      CONSTRAINT seals_hash_unique UNIQUE (seal_hash))""",
                    "CREATE TRIGGER IF NOT EXISTS seals_no_update BEFORE UPDATE ON seals FOR EACH ROW CALL " + TRIGGER,
                    "CREATE TRIGGER IF NOT EXISTS seals_no_delete BEFORE DELETE ON seals FOR EACH ROW CALL " + TRIGGER)),
            new Migration(2, "checkpoints table, append-only; search indexes", List.of(
                    """
                    CREATE TABLE IF NOT EXISTS checkpoints (
                      tree_size BIGINT NOT NULL PRIMARY KEY CHECK (tree_size >= 1),
                      root_hash CHAR(64) NOT NULL,
                      note VARCHAR(100000) NOT NULL,
                      created_at VARCHAR(40) NOT NULL)""",
                    "CREATE TRIGGER IF NOT EXISTS checkpoints_no_update BEFORE UPDATE ON checkpoints FOR EACH ROW CALL " + TRIGGER,
                    "CREATE TRIGGER IF NOT EXISTS checkpoints_no_delete BEFORE DELETE ON checkpoints FOR EACH ROW CALL " + TRIGGER,
                    "CREATE INDEX IF NOT EXISTS seals_subject_hash ON seals(subject_hash)",
                    "CREATE INDEX IF NOT EXISTS seals_device_time ON seals(device_time)")),
            // Decision 0064: the seal JSON as its UTF-8 bytes, so opening reads it without decoding
            // 100,000 strings. H2 converts each text to UTF-8 (the bytes the mirror and the signed
            // row digest already hold) in one rewrite of the table; the append-only triggers stay.
            // Running it twice is harmless: the column then already has this type.
            new Migration(3, "seal JSON stored as UTF-8 bytes", List.of(
                    "ALTER TABLE seals ALTER COLUMN seal_json SET DATA TYPE VARBINARY(" + SEAL_JSON_MAX_BYTES + ")")));

    static final int LATEST = ALL.getLast().version();

    private Migrations() {}

    /** Applies every migration above the database's version, up to {@code target}, in order. */
    static void migrate(Connection conn, int target) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL)");
        }
        int current = currentVersion(conn);
        if (current > LATEST) {
            throw new AppException("VAULT_SCHEMA_TOO_NEW", "This vault was written by a newer Sovereign Vault (schema version "
                    + current + ", this program knows up to " + LATEST + "); update the program.");
        }
        for (Migration m : ALL) {
            if (m.version() > current && m.version() <= target) {
                try (Statement st = conn.createStatement()) {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + m.version() + ", '" + m.description() + "')");
                }
                conn.commit();
            }
        }
    }

    static int currentVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
