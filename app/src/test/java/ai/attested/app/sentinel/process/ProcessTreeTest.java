package ai.attested.app.sentinel.process;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.FileEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class ProcessTreeTest {
    @TempDir
    Path dir;
    private SubjectProcess subject;

    @AfterEach
    void cleanUp() {
        if (subject != null && subject.isAlive()) {
            subject.kill(Duration.ofSeconds(5));
        }
    }

    /** A subject whose two background children each append a heartbeat line every 100 ms. */
    private SubjectProcess startHeartbeats() throws Exception {
        String script = "for n in 1 2; do (while true; do echo beat >> hb$n.txt; sleep 0.1; done) & done; wait";
        subject = SubjectProcess.start(List.of("sh", "-c", script), dir, dir.resolve("subject.log"),
                ProcessTree.forThisPlatform());
        awaitGrowth(dir.resolve("hb1.txt"));
        awaitGrowth(dir.resolve("hb2.txt"));
        return subject;
    }

    @Test
    void killEndsTheSubjectAndEveryDescendantByPid() throws Exception {
        SubjectProcess s = startHeartbeats();
        List<Long> before = s.treePids();
        assertThat(before.size()).isGreaterThanOrEqualTo(3); // sh + two subshells (+ their sleeps)

        List<Long> killed = s.kill(Duration.ofSeconds(5));

        // Short-lived `sleep` children may exit on their own between the snapshot and the kill,
        // so the proof is that no pid of the snapshot is alive afterwards, not the kill list.
        assertThat(killed).contains(before.get(0));
        for (long pid : before) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("pid %d still alive", pid).isFalse();
        }
        FileEvents.assertUnchanged(dir.resolve("hb1.txt"), Duration.ofMillis(400)); // four heartbeat periods
    }

    @Test
    void suspendFreezesTheWholeTreeWithoutKillingIt() throws Exception {
        SubjectProcess s = startHeartbeats();
        List<Long> stopped = s.suspend();

        assertThat(stopped).containsAll(s.treePids());
        FileEvents.assertUnchanged(dir.resolve("hb1.txt"), Duration.ofMillis(500)); // five heartbeat periods
        FileEvents.assertUnchanged(dir.resolve("hb2.txt"), Duration.ofMillis(300)); // and three more
        for (long pid : stopped) {
            // T, or D for a shell blocked in vfork on its stopped child (see ProcState.stoppedOrGone)
            assertThat(ProcState.of(pid).orElse('?')).as("state of %d", pid).isIn('T', 'D');
        }
        assertThat(s.isAlive()).isTrue();

        ProcessTree.forThisPlatform().resume(s.handle()); // and it was only frozen: it beats again
        awaitGrowth(dir.resolve("hb1.txt"));
    }

    private static void awaitGrowth(Path file) throws Exception {
        long start = file.toFile().length();
        FileEvents.await(file.getParent(), () -> file.toFile().length() > start, Duration.ofSeconds(10), file + " to grow");
    }
}
