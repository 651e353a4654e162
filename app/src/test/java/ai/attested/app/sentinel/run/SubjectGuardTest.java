package ai.attested.app.sentinel.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.FileEvents;
import ai.attested.app.sentinel.process.ProcState;
import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.app.sentinel.process.SubjectProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A subject whose root starts a daemon and exits at once: the daemon is still the subject's. */
@EnabledOnOs(OS.LINUX)
class SubjectGuardTest {
    @TempDir
    Path dir;
    final List<String> notes = new ArrayList<>();
    SubjectGuard guard;
    SubjectProcess subject;
    long daemon;

    @BeforeEach
    void startASubjectThatLeavesADaemon() throws Exception {
        guard = new SubjectGuard(ProcessTree.forThisPlatform(), notes::add);
        subject = guard.start(List.of("sh", "-c", "(sh -c 'while true; do echo beat >> daemon.txt; sleep 0.1; done' &)"),
                dir, dir.resolve("subject.log")).orElseThrow();
        awaitGrowth(dir.resolve("daemon.txt"));
        subject.handle().onExit().get(10, TimeUnit.SECONDS); // the root has ended on its own
        daemon = ProcessHandle.current().children() // re-parented to this JVM, the subreaper
                .filter(p -> p.info().commandLine().orElse("").contains("daemon.txt")).findFirst().orElseThrow().pid();
        assertThat(subject.isAlive()).isFalse();
        assertThat(subject.treeAlive()).isTrue();
    }

    @AfterEach
    void cleanUp() {
        guard.kill();
    }

    @Test
    void endOfRunKillsTheDaemonOfASubjectWhoseRootHasExited() throws Exception {
        guard.endOfRun();

        assertThat(guard.lastPids()).contains(daemon);
        assertThat(ProcessHandle.of(daemon)).as("daemon %d", daemon).isEmpty();
        assertThat(subject.treeAlive()).isFalse();
        FileEvents.assertUnchanged(dir.resolve("daemon.txt"), Duration.ofMillis(400)); // four heartbeat periods
        assertThat(notes).anyMatch(n -> n.startsWith("run ended: subject stopped"));
    }

    @Test
    void quarantineFreezesTheDaemonOfASubjectWhoseRootHasExited() throws Exception {
        String details = guard.quarantine();

        assertThat(details).startsWith("quarantined: the subject process tree is suspended");
        assertThat(guard.lastPids()).contains(daemon);
        assertThat(ProcState.of(daemon).orElse('?')).isIn('T', 'D');
        FileEvents.assertUnchanged(dir.resolve("daemon.txt"), Duration.ofMillis(500)); // five heartbeat periods
        assertThat(ProcessHandle.of(daemon)).as("kept for inspection").isPresent();
    }

    private static void awaitGrowth(Path file) throws Exception {
        long start = file.toFile().length();
        FileEvents.await(file.getParent(), () -> file.toFile().length() > start, Duration.ofSeconds(10), file + " to grow");
    }
}
