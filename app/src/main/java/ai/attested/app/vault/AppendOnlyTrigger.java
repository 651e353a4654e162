package ai.attested.app.vault;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Installed by the schema on the append-only tables: any UPDATE or DELETE of a row fails inside
 * the database itself, whoever issues it.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("APPEND_ONLY: rows of " + table + " can never be changed or deleted", "45000");
    }
}
