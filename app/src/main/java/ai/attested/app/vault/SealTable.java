package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seal chain in an embedded H2 file: the only class that speaks SQL. One connection for the
 * vault's lifetime; every append is one transaction followed by {@code CHECKPOINT SYNC}, so a seal
 * reported done is on the disk, not only in the OS cache.
 */
final class SealTable implements AutoCloseable {

    private static final String COLUMNS = "seq, prev_seal_hash, seal_hash, device_time, subject_kind, subject_name,"
            + " subject_hash, description, seal_json";
    private static final int SCAN_PAGE = 5000;

    static {
        // H2 looks every value it reads up in a small cache of equal values by hashing it
        // (h2.objectCache); for one pass over 100,000 distinct seals that is only cost (decision
        // 0064). Read once, when H2 loads; a value given on the command line is left alone.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Connection conn;

    private SealTable(Connection conn) {
        this.conn = conn;
    }

    /** Opens (with {@code mustExist}, never creates) the database and brings its schema to {@code targetVersion}. */
    static SealTable open(Path base, boolean mustExist, int targetVersion) {
        String url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE" + (mustExist ? ";IFEXISTS=TRUE" : "");
        try {
            Connection conn = DriverManager.getConnection(url, "svault", "");
            conn.setAutoCommit(false);
            Migrations.migrate(conn, targetVersion);
            return new SealTable(conn);
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw new AppException("VAULT_DATABASE_MISSING", "The seal database " + base + ".mv.db is missing.", e);
            }
            throw new AppException("VAULT_DATABASE_UNREADABLE", "The seal database " + base + ".mv.db cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    static SealTable open(Path base, boolean mustExist) {
        return open(base, mustExist, Migrations.LATEST);
    }

    int schemaVersion() {
        return sql(() -> Migrations.currentVersion(conn));
    }

    /** Inserts the seals in one transaction and forces the database file to disk. */
    void insert(List<StoredSeal> seals) {
        sql(() -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO seals (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (StoredSeal s : seals) {
                    ps.setLong(1, s.seq());
                    ps.setString(2, s.prevSealHash());
                    ps.setString(3, s.sealHash());
                    ps.setString(4, s.deviceTime());
                    ps.setString(5, s.subjectKind());
                    ps.setString(6, s.subjectName());
                    ps.setString(7, s.subjectHash());
                    ps.setString(8, s.description());
                    ps.setBytes(9, s.json().getBytes(StandardCharsets.UTF_8));
                    ps.addBatch();
                }
                ps.executeBatch();
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
            sync();
            return null;
        });
    }

    private void sync() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    long count() {
        return sql(() -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM seals")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Optional<StoredSeal> get(long seq) {
        return sql(() -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM seals WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<StoredSeal>empty();
                }
            }
        });
    }

    /** Every row in seq order, read page by page so memory stays bounded. */
    void forEach(Consumer<SealRow> action) {
        sql(() -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + COLUMNS + " FROM seals WHERE seq > ? ORDER BY seq LIMIT " + SCAN_PAGE)) {
                long after = Long.MIN_VALUE;
                while (true) {
                    ps.setLong(1, after);
                    int n = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            SealRow s = new SealRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9));
                            after = s.seq();
                            n++;
                            action.accept(s);
                        }
                    }
                    if (n < SCAN_PAGE) {
                        return null;
                    }
                }
            }
        });
    }

    /** The seal hashes of seals 1..{@code size}, in seq order (Merkle leaves). */
    List<String> sealHashes(long size) {
        return sql(() -> {
            List<String> out = new ArrayList<>((int) Math.min(size, 1 << 20));
            try (PreparedStatement ps = conn.prepareStatement("SELECT seal_hash FROM seals WHERE seq <= ? ORDER BY seq")) {
                ps.setLong(1, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    SealPage search(SealQuery q, long offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<String> args = new ArrayList<>();
        if (q.text() != null) {
            where.append(" AND (LOWER(subject_name) LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE '\\')");
            String like = "%" + q.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        if (q.hashPrefix() != null) {
            where.append(" AND (seal_hash LIKE ? OR subject_hash LIKE ?)");
            args.add(q.hashPrefix() + "%");
            args.add(q.hashPrefix() + "%");
        }
        if (q.fromTime() != null) {
            where.append(" AND device_time >= ?");
            args.add(q.fromTime());
        }
        if (q.toTime() != null) {
            where.append(" AND device_time < ?");
            args.add(q.toTime());
        }
        return sql(() -> {
            long total;
            try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM seals" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StoredSeal> seals = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + COLUMNS + " FROM seals" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, limit);
                ps.setLong(args.size() + 2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seals.add(row(rs));
                    }
                }
            }
            return new SealPage(total, offset, seals);
        });
    }

    /** Inserts checkpoints in one transaction and forces the database file to disk. */
    void insertCheckpoints(List<CheckpointRow> rows) {
        sql(() -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO checkpoints VALUES (?,?,?,?)")) {
                for (CheckpointRow c : rows) {
                    ps.setLong(1, c.treeSize());
                    ps.setString(2, c.rootHash());
                    ps.setString(3, c.note());
                    ps.setString(4, c.createdAt());
                    ps.addBatch();
                }
                ps.executeBatch();
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
            sync();
            return null;
        });
    }

    List<CheckpointRow> checkpoints() {
        return sql(() -> {
            List<CheckpointRow> out = new ArrayList<>();
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("SELECT tree_size, root_hash, note, created_at FROM checkpoints ORDER BY tree_size")) {
                while (rs.next()) {
                    out.add(new CheckpointRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
    }

    private static StoredSeal row(ResultSet rs) throws SQLException {
        return new StoredSeal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), new String(rs.getBytes(9), StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new AppException("VAULT_DATABASE_ERROR", "The seal database failed: " + e.getMessage(), e);
        }
    }

    /**
     * Shuts the database down before closing the connection, so that the file is complete and
     * released when this returns (another process or connection may open it right after).
     */
    @Override
    public void close() {
        try (Statement st = conn.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed or failing: closing the connection below is all that is left
        }
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing after a failure; nothing more to save
        }
    }
}
