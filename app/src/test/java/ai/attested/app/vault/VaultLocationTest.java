package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultLocationTest {

    private static final Path HOME = Path.of("/home/op");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(VaultLocation.platformDefault("Linux", Map.of(), HOME).directory())
                .isEqualTo(Path.of("/home/op/.local/share/sovereign-vault"));
        assertThat(VaultLocation.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME).directory())
                .isEqualTo(Path.of("/data/xdg/sovereign-vault"));
        // XDG: a relative XDG_DATA_HOME is invalid and ignored
        assertThat(VaultLocation.platformDefault("Linux", Map.of("XDG_DATA_HOME", "rel"), HOME).directory())
                .isEqualTo(Path.of("/home/op/.local/share/sovereign-vault"));
    }

    @Test
    void macOsAndWindows() {
        assertThat(VaultLocation.platformDefault("Mac OS X", Map.of(), HOME).directory())
                .isEqualTo(Path.of("/home/op/Library/Application Support/Sovereign Vault"));
        assertThat(VaultLocation.platformDefault("Windows 11", Map.of("APPDATA", "/appdata"), HOME).directory())
                .isEqualTo(Path.of("/appdata/Sovereign Vault"));
        assertThatThrownBy(() -> VaultLocation.platformDefault("Windows 11", Map.of(), HOME))
                .extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_DIR_UNKNOWN");
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of(VaultLocation.ENV_VAULT_DIR, "/from/env");
        assertThat(VaultLocation.resolve(Path.of("/from/option"), env).directory()).isEqualTo(Path.of("/from/option"));
        assertThat(VaultLocation.resolve(null, env).directory()).isEqualTo(Path.of("/from/env"));
        assertThat(VaultLocation.resolve(null, Map.of()).directory().toString()).isNotBlank();
    }
}
