package ai.attested.app.sentinel.process;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The governed subject: a real process the sentinel starts and later suspends (QUARANTINE) or kills
 * with all its descendants (KILL). Output goes to a log file so the subject never blocks on a full
 * pipe. On Linux the sentinel JVM becomes the subreaper of the subject's orphans first, so a killed
 * grandchild is reaped rather than left as a zombie.
 */
public final class SubjectProcess {
    private final ProcessHandle handle;
    private final Process process;
    private final ProcessTree tree;
    private final List<String> command;
    private final SubjectMark mark;

    private SubjectProcess(ProcessHandle handle, Process process, ProcessTree tree, List<String> command, SubjectMark mark) {
        this.handle = handle;
        this.process = process;
        this.tree = tree;
        this.command = List.copyOf(command);
        this.mark = mark;
    }

    /**
     * Starts {@code command} in {@code workDir}, stdout and stderr appended to {@code log}, with a
     * fresh {@link SubjectMark} in its environment so that its orphans stay part of its tree.
     */
    public static SubjectProcess start(List<String> command, Path workDir, Path log, ProcessTree tree) {
        if (command.isEmpty()) {
            throw new AppException("SUBJECT_COMMAND_EMPTY", "The subject command is empty.");
        }
        if (tree.canSuspend()) {
            PosixSignals.load().becomeSubreaper();
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        SubjectMark mark = SubjectMark.fresh();
        pb.environment().put(SubjectMark.VARIABLE, mark.value());
        try {
            Process p = pb.start();
            return new SubjectProcess(p.toHandle(), p, tree, command, mark);
        } catch (IOException e) {
            throw new AppException("SUBJECT_START_FAILED",
                    "The subject command could not be started: " + e.getMessage(), e);
        }
    }

    /**
     * Re-attaches to a subject started by an earlier sentinel process (used by resume), provided
     * the pid still names the same process (same start instant), so a recycled pid is never hit.
     * The subject's mark is read back from the root's environment.
     */
    public static Optional<SubjectProcess> attach(long pid, Instant startedAt, ProcessTree tree) {
        return ProcessHandle.of(pid)
                .filter(h -> h.info().startInstant().map(startedAt::equals).orElse(false))
                .filter(h -> ProcessTree.isAlive(h.pid()))
                .map(h -> new SubjectProcess(h, null, tree, h.info().commandLine().map(List::of).orElse(List.of()),
                        SubjectMark.of(h.pid())));
    }

    public long pid() {
        return handle.pid();
    }

    /** The OS start instant, kept with the pid so a later attach can tell a recycled pid apart. */
    public Optional<Instant> startedAt() {
        return handle.info().startInstant();
    }

    public List<String> command() {
        return command;
    }

    public ProcessHandle handle() {
        return handle;
    }

    public boolean isAlive() {
        return ProcessTree.isAlive(handle.pid());
    }

    /**
     * True while any process of the subject's tree is still there: the root, or an orphan it left
     * behind (a root that exits after starting a daemon has not ended the subject).
     */
    public boolean treeAlive() {
        return isAlive() || mark.members(handle).stream().skip(1).anyMatch(p -> ProcessTree.isAlive(p.pid()));
    }

    /** Pids of the subject's processes right now: the root, its descendants and its marked orphans. */
    public List<Long> treePids() {
        return mark.members(handle).stream().map(ProcessHandle::pid).toList();
    }

    /** QUARANTINE: freezes the subject and every process of its tree with SIGSTOP; returns the pids frozen. */
    public List<Long> suspend() {
        return tree.suspend(handle, mark);
    }

    /** Continues a suspended subject (SIGCONT to every process of its tree). */
    public void resume() {
        tree.resume(handle, mark);
    }

    /** KILL: kills the whole tree and confirms every pid is gone; returns the pids. */
    public List<Long> kill(Duration timeout) {
        List<Long> pids = tree.kill(handle, timeout, process != null, mark);
        if (process != null) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return pids;
    }

    /** Exit code when it has exited on its own (started by this JVM only). */
    public Optional<Integer> exitCode() {
        return process != null && !process.isAlive() ? Optional.of(process.exitValue()) : Optional.empty();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
