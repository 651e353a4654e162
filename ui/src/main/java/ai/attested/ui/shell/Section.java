package ai.attested.ui.shell;

import ai.attested.ui.common.FxmlFile;

/** The places of the navigation rail, in rail order; Ctrl+1…5 select them. */
public enum Section {
    SEAL(FxmlFile.SEAL),
    VAULT(FxmlFile.VAULT),
    SENTINEL(FxmlFile.SENTINEL),
    VERIFY(FxmlFile.VERIFY),
    SETTINGS(FxmlFile.SETTINGS);

    private final FxmlFile fxml;

    Section(FxmlFile fxml) {
        this.fxml = fxml;
    }

    public FxmlFile fxml() {
        return fxml;
    }
}
