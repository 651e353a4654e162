package ai.attested.app.sentinel.process;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * The three libc calls Java has no API for, bound with the Foreign Function API: {@code kill} to
 * send SIGSTOP/SIGCONT, {@code prctl(PR_SET_CHILD_SUBREAPER)} so that orphaned descendants of a
 * subject become children of this JVM, and {@code waitpid} to reap them once killed (otherwise a
 * killed grandchild can linger as a zombie under an init that does not reap, and still look alive
 * to {@link ProcessHandle#isAlive()}). See docs/decisions/0053-sentinel-quarantine-and-kill.md.
 */
public final class PosixSignals {
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    private static final int SIGSTOP = LINUX ? 19 : 17;
    private static final int SIGCONT = LINUX ? 18 : 19;
    private static final int PR_SET_CHILD_SUBREAPER = 36;
    private static final int WNOHANG = 1;

    private final MethodHandle kill;
    private final MethodHandle waitpid;
    private final MethodHandle prctl;

    private PosixSignals(MethodHandle kill, MethodHandle waitpid, MethodHandle prctl) {
        this.kill = kill;
        this.waitpid = waitpid;
        this.prctl = prctl;
    }

    /** True on the systems where stopping and continuing a process is supported. */
    public static boolean supported() {
        return LINUX || MAC;
    }

    /** Binds the calls; throws {@link UnsupportedOperationException} on systems without POSIX signals. */
    public static PosixSignals load() {
        if (!supported()) {
            throw new UnsupportedOperationException("POSIX signals are not available on " + System.getProperty("os.name"));
        }
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        MethodHandle kill = linker.downcallHandle(libc.find("kill").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        MethodHandle waitpid = linker.downcallHandle(libc.find("waitpid").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle prctl = LINUX ? linker.downcallHandle(libc.find("prctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
                Linker.Option.firstVariadicArg(1)) : null;
        return new PosixSignals(kill, waitpid, prctl);
    }

    /** Sends SIGSTOP; false if the process no longer exists. */
    public boolean stop(long pid) {
        return send(pid, SIGSTOP);
    }

    /** Sends SIGCONT; false if the process no longer exists. */
    public boolean cont(long pid) {
        return send(pid, SIGCONT);
    }

    /** Makes this JVM the reaper of its descendants' orphans (Linux); a no-op elsewhere. */
    public void becomeSubreaper() {
        if (prctl == null) {
            return;
        }
        try {
            int rc = (int) prctl.invokeExact(PR_SET_CHILD_SUBREAPER, 1L);
            if (rc != 0) {
                throw new IllegalStateException("prctl(PR_SET_CHILD_SUBREAPER) failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Reaps {@code pid} if it is a dead child of this JVM; true if it was reaped. Never blocks. */
    public boolean reap(long pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
            int rc = (int) waitpid.invokeExact((int) pid, status, WNOHANG);
            return rc == pid;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private boolean send(long pid, int signal) {
        try {
            return (int) kill.invokeExact((int) pid, signal) == 0;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
