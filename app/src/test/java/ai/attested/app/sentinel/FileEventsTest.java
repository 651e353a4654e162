package ai.attested.app.sentinel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The event-driven waits the sentinel tests rely on see a live heartbeat and a quiet file for what they are. */
@EnabledOnOs(OS.LINUX)
class FileEventsTest {
    @TempDir Path dir;
    private Process beating;

    @AfterEach
    void stop() {
        if (beating != null) {
            beating.destroyForcibly();
        }
    }

    private Path startHeartbeat() throws Exception {
        beating = new ProcessBuilder("sh", "-c", "while true; do echo beat >> hb.txt; sleep 0.1; done")
                .directory(dir.toFile()).start();
        return dir.resolve("hb.txt");
    }

    @Test
    void awaitReturnsOnTheFirstHeartbeatAndUnchangedFailsWhileItBeats() throws Exception {
        Path hb = startHeartbeat();
        FileEvents.await(dir, () -> hb.toFile().length() > 0, Duration.ofSeconds(30), "first beat");

        assertThatThrownBy(() -> FileEvents.assertUnchanged(hb, Duration.ofSeconds(30)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("hb.txt changed");
    }

    @Test
    void aQuietFileIsUnchangedAndAwaitTimesOutOnAConditionThatNeverHolds() throws Exception {
        Path quiet = Files.writeString(dir.resolve("quiet.txt"), "still\n");

        assertThatCode(() -> FileEvents.assertUnchanged(quiet, Duration.ofMillis(200))).doesNotThrowAnyException();
        assertThatThrownBy(() -> FileEvents.await(dir, () -> quiet.toFile().length() > 100, Duration.ofMillis(200), "growth"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("growth");
    }
}
