package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultLockTest {

    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameProcessIsRefused() {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 1);
        try (Vault first = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThatThrownBy(() -> Vault.openReadOnly(loc, VaultFixture.CODEC))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(((AppException) e).code()).isEqualTo("VAULT_LOCKED"));
            assertThat(first.chainStatus().ok()).isTrue();
        }
        Vault.openReadOnly(loc, VaultFixture.CODEC).close(); // released on close
    }

    @Test
    void anotherProcessHoldingTheVaultIsNamedByPid() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 1);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                VaultHolderMain.class.getName(), loc.directory().toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("HOLDING");
            assertThatThrownBy(() -> Vault.openReadOnly(loc, VaultFixture.CODEC))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> {
                        assertThat(((AppException) e).code()).isEqualTo("VAULT_LOCKED");
                        assertThat(e.getMessage()).contains("(pid " + holder.pid() + ")");
                    });
        } finally {
            holder.destroyForcibly(); // SIGKILL: the OS drops the lock with the process
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().ok()).isTrue();
        }
    }
}
