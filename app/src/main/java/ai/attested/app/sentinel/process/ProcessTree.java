package ai.attested.app.sentinel.process;

import ai.attested.app.AppException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops or kills a process together with all its descendants and every orphan that carries the
 * subject's {@link SubjectMark}. Stopping goes root first and repeats until no new member appears:
 * a stopped process cannot fork, so the loop ends with the whole tree frozen. Killing freezes the
 * tree first (so nothing respawns), kills descendants deepest first and the root last, reaps what
 * it can, and then checks by pid that every one is gone.
 */
public final class ProcessTree {
    private static final Duration FREEZE_TIMEOUT = Duration.ofSeconds(10);
    private final PosixSignals signals;

    public ProcessTree(PosixSignals signals) {
        this.signals = signals;
    }

    /** A tree with POSIX signals where available (stop/continue need them; kill works everywhere). */
    public static ProcessTree forThisPlatform() {
        return new ProcessTree(PosixSignals.supported() ? PosixSignals.load() : null);
    }

    public boolean canSuspend() {
        return signals != null;
    }

    /** {@link #suspend(ProcessHandle, SubjectMark)} of the root and its descendants only. */
    public List<Long> suspend(ProcessHandle root) {
        return suspend(root, SubjectMark.NONE);
    }

    /**
     * Freezes the tree with SIGSTOP; returns the pids that are frozen, root first. A member that
     * exits on its own while the tree is being frozen (a zombie, or already reaped by its parent)
     * runs nothing and is not listed: its pid names no process to inspect or resume, and a reaped
     * pid may soon name an unrelated one. QUARANTINE_FAILED if the tree cannot be frozen within 10 s.
     */
    public List<Long> suspend(ProcessHandle root, SubjectMark mark) {
        if (signals == null) {
            throw new AppException("QUARANTINE_UNSUPPORTED",
                    "Suspending a process needs POSIX signals, which this system does not have.");
        }
        long deadline = System.nanoTime() + FREEZE_TIMEOUT.toNanos();
        Set<Long> stopped = new LinkedHashSet<>();
        while (true) {
            List<ProcessHandle> members = mark.members(root);
            boolean newOnes = false;
            for (ProcessHandle p : members) {
                if (p.isAlive() && stopped.add(p.pid())) {
                    signals.stop(p.pid());
                    newOnes = true;
                }
            }
            if (!newOnes && allStopped(stopped)) {
                return ProcState.available() ? stopped.stream().filter(ProcState::frozen).toList() : List.copyOf(stopped);
            }
            if (System.nanoTime() > deadline) {
                List<String> running = new ArrayList<>();
                for (long pid : stopped) {
                    if (!ProcState.stoppedOrGone(pid)) {
                        running.add(pid + ":" + ProcState.of(pid).orElse('?'));
                    }
                }
                throw new AppException("QUARANTINE_FAILED", "The subject's process tree could not be frozen within "
                        + FREEZE_TIMEOUT.toSeconds() + " s (still running: " + running + ").");
            }
            sleep(5); // signal delivery takes a scheduling slice, longer on a loaded machine
        }
    }

    /** Continues a suspended tree (SIGCONT), root last so children are running before it resumes. */
    public void resume(ProcessHandle root, SubjectMark mark) {
        if (signals == null) {
            return;
        }
        List<ProcessHandle> members = mark.members(root);
        for (ProcessHandle p : members.subList(1, members.size())) {
            signals.cont(p.pid());
        }
        signals.cont(root.pid());
    }

    /**
     * Kills the tree (with the orphans carrying {@code mark}, also when the root itself has already
     * exited) and returns every pid it killed, root last. Throws KILL_FAILED if any of them is still
     * alive after {@code timeout}. {@code rootStartedHere}: the root is a {@link Process}
     * this JVM started, which Java's own reaper collects; any other dead member that is this JVM's
     * child (an orphan adopted as subreaper, or a root adopted after a crash) is reaped here.
     */
    public List<Long> kill(ProcessHandle root, Duration timeout, boolean rootStartedHere, SubjectMark mark) {
        if (signals != null) {
            try {
                suspend(root, mark); // freeze first so that nothing respawns while the tree is killed
            } catch (AppException e) {
                // best effort: the kill below and its check by pid are what count
            }
        }
        List<ProcessHandle> members = mark.members(root);
        List<ProcessHandle> victims = new ArrayList<>(members.subList(1, members.size()));
        victims.sort(Comparator.comparingInt(ProcessTree::depthBelowInit).reversed());
        victims.add(root);
        for (ProcessHandle p : victims) {
            p.destroyForcibly();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> pids = new ArrayList<>();
        for (ProcessHandle p : victims) {
            pids.add(p.pid());
        }
        while (true) {
            boolean allGone = true;
            for (ProcessHandle p : victims) {
                if (signals != null && !(rootStartedHere && p.pid() == root.pid())) {
                    signals.reap(p.pid());
                }
                if (!gone(p.pid(), pids)) {
                    allGone = false;
                }
            }
            if (allGone) {
                return List.copyOf(pids);
            }
            if (System.nanoTime() > deadline) {
                throw new AppException("KILL_FAILED", "The subject's process tree did not exit within "
                        + timeout.toMillis() + " ms after SIGKILL.");
            }
            try {
                root.onExit().get(10, TimeUnit.MILLISECONDS); // wakes early when the root exits
            } catch (Exception ignored) {
                // just a bounded wait between checks
            }
            if (!root.isAlive()) {
                sleep(10); // onExit has completed and no longer waits
            }
        }
    }

    /**
     * Gone for good: no longer in the process table, or a zombie whose parent is neither this JVM
     * (which reaps it) nor another victim (whose exit hands the zombie to this JVM as subreaper).
     */
    private static boolean gone(long pid, List<Long> victims) {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return true;
        }
        if (!ProcState.available() || !ProcState.exited(pid)) {
            return false;
        }
        long parent = handle.get().parent().map(ProcessHandle::pid).orElse(1L);
        return parent != ProcessHandle.current().pid() && !victims.contains(parent);
    }

    /** Kills a root and its descendants that this JVM did not start through a {@link Process} (see the full overload). */
    public List<Long> kill(ProcessHandle root, Duration timeout) {
        return kill(root, timeout, false, SubjectMark.NONE);
    }

    /**
     * Still there as far as this JVM can tell: present and running, or a zombie that this JVM (its
     * parent or subreaper) has yet to reap. A zombie of another parent has exited and counts as gone.
     */
    public static boolean isAlive(long pid) {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (!ProcState.available() || !ProcState.exited(pid)) {
            return true;
        }
        long self = ProcessHandle.current().pid();
        return handle.get().parent().map(parent -> parent.pid() == self).orElse(false);
    }

    private boolean allStopped(Set<Long> pids) {
        if (!ProcState.available()) {
            return true;
        }
        for (long pid : pids) {
            if (!ProcState.stoppedOrGone(pid)) {
                return false;
            }
        }
        return true;
    }

    private static int depthBelowInit(ProcessHandle p) {
        int depth = 0;
        for (ProcessHandle h = p; depth < 1000; depth++) {
            var parent = h.parent();
            if (parent.isEmpty()) {
                break;
            }
            h = parent.get();
        }
        return depth;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
