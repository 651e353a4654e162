package ai.attested.app.sentinel.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The scheduler state letter of a process from /proc (Linux): R, S, D, T (stopped), Z (zombie)... */
public final class ProcState {
    private ProcState() {
    }

    /** The state letter, or empty when the process does not exist or /proc is not available. */
    public static Optional<Character> of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int close = stat.lastIndexOf(')'); // the command name may itself contain ") "
            if (close < 0 || close + 2 >= stat.length()) {
                return Optional.empty();
            }
            return Optional.of(stat.charAt(close + 2));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when /proc can tell process states here. */
    public static boolean available() {
        return Files.isDirectory(Path.of("/proc/self"));
    }

    /**
     * True when a process that was sent SIGSTOP runs no further user code: stopped (T, t), gone
     * (Z, X, absent), or in uninterruptible sleep (D) — such a process acts on the pending SIGSTOP
     * the moment it leaves the kernel. D is common here: a shell that vforked waits in D until its
     * child execs, and that child is stopped too.
     */
    public static boolean stoppedOrGone(long pid) {
        Optional<Character> s = of(pid);
        return s.isEmpty() || "TtZXD".indexOf(s.get()) >= 0;
    }

    /** True when the process exists and runs no further user code: stopped (T, t) or about to be (D, see above). */
    public static boolean frozen(long pid) {
        Optional<Character> s = of(pid);
        return s.isPresent() && "TtD".indexOf(s.get()) >= 0;
    }

    /** True when the process has exited (no entry, or a zombie awaiting its parent). */
    public static boolean exited(long pid) {
        Optional<Character> s = of(pid);
        return s.isEmpty() || s.get() == 'Z' || s.get() == 'X';
    }
}
