package ai.attested.ui.shell;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows; views update the chain status after they check the chain. */
public final class ShellStatus {
    private final StringProperty vaultId = new SimpleStringProperty("");
    private final StringProperty keyId = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty chain = new SimpleStringProperty("");
    private final StringProperty chainStyle = new SimpleStringProperty("neutral");

    public StringProperty vaultId() {
        return vaultId;
    }

    public StringProperty keyId() {
        return keyId;
    }

    public StringProperty operator() {
        return operator;
    }

    /** Chain status text, e.g. "Chain OK · 1,024 seals" or "CHAIN TAMPERED at seal #17". */
    public StringProperty chain() {
        return chain;
    }

    /** Badge style: ok, warn, fail or neutral. */
    public StringProperty chainStyle() {
        return chainStyle;
    }
}
