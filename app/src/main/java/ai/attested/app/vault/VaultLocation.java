package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a vault lives and the names of its files. The default is the user data directory of the
 * platform; {@code --vault DIR} or {@code SVAULT_VAULT_DIR} override it.
 */
public record VaultLocation(Path directory) {

    public static final String ENV_VAULT_DIR = "SVAULT_VAULT_DIR";

    public VaultLocation {
        directory = directory.toAbsolutePath().normalize();
    }

    /** {@code --vault} if given, else {@code SVAULT_VAULT_DIR}, else the platform's user data directory. */
    public static VaultLocation resolve(Path override, Map<String, String> env) {
        if (override != null) {
            return new VaultLocation(override);
        }
        String fromEnv = env.get(ENV_VAULT_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new VaultLocation(Path.of(fromEnv));
        }
        return platformDefault(System.getProperty("os.name", ""), env, Path.of(System.getProperty("user.home")));
    }

    /** XDG on Linux and other Unix, Application Support on macOS, %APPDATA% on Windows. */
    public static VaultLocation platformDefault(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            if (appData == null || appData.isBlank()) {
                throw new AppException("VAULT_DIR_UNKNOWN",
                        "%APPDATA% is not set, so the vault folder is unknown; pass --vault DIR or set " + ENV_VAULT_DIR + ".");
            }
            return new VaultLocation(Path.of(appData, "Sovereign Vault"));
        }
        if (os.startsWith("mac")) {
            return new VaultLocation(home.resolve("Library").resolve("Application Support").resolve("Sovereign Vault"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return new VaultLocation(base.resolve("sovereign-vault"));
    }

    /** H2 database file name without H2's {@code .mv.db} suffix. */
    Path databaseBase() {
        return directory.resolve("seals");
    }

    public Path databaseFile() {
        return directory.resolve("seals.mv.db");
    }

    public Path jsonlMirror() {
        return directory.resolve("seals.jsonl");
    }

    public Path metadataFile() {
        return directory.resolve("vault.json");
    }

    public Path keyFile() {
        return directory.resolve("operator.key");
    }

    Path lockFile() {
        return directory.resolve("vault.lock");
    }

    public Path checkpointsDirectory() {
        return directory.resolve("checkpoints");
    }

    Path verifiedStateFile() {
        return directory.resolve("verified-state.json");
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
