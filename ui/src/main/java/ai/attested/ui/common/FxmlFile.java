package ai.attested.ui.common;

/** Every FXML file of the app, in one place, so a typo in a path is a compile error elsewhere. */
public enum FxmlFile {
    MAIN_WINDOW("main_window.fxml"),
    FIRST_RUN("first_run.fxml"),
    UNLOCK("unlock.fxml"),
    SEAL("seal.fxml"),
    CARD("card.fxml"),
    VAULT("vault.fxml"),
    SENTINEL("sentinel.fxml"),
    VERIFY("verify.fxml"),
    SETTINGS("settings.fxml");

    private static final String FOLDER = "/ai/attested/ui/fxml/";
    private final String fileName;

    FxmlFile(String fileName) {
        this.fileName = fileName;
    }

    public String resourcePath() {
        return FOLDER + fileName;
    }
}
