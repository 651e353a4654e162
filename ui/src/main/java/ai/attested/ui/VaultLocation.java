package ai.attested.ui;

import java.nio.file.Path;

/** Where the vault lives when {@code --vault} is not given: the platform's user data directory. */
final class VaultLocation {
    private VaultLocation() {}

    static Path defaultDir() {
        String env = System.getenv("SVAULT_VAULT");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("SovereignVault");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/SovereignVault");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("sovereign-vault");
    }
}
