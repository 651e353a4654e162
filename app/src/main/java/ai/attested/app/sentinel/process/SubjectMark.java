package ai.attested.app.sentinel.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An environment variable every process of one subject inherits, so a process whose parent exited
 * is still known as the subject's. Such an orphan is re-parented to this JVM (the subreaper) or to
 * init, so it leaves the root's descendants; a subject that backgrounds a daemon with
 * {@code (cmd &)} would otherwise escape QUARANTINE and KILL. Found through /proc/PID/environ
 * (Linux). A process that execs itself with a cleared environment after being orphaned is not
 * found; see docs/decisions/0056-sentinel-orphans-and-exited-members.md.
 */
public final class SubjectMark {
    public static final String VARIABLE = "SVAULT_SUBJECT_MARK";
    /** No mark: the tree is the root and its descendants only. */
    public static final SubjectMark NONE = new SubjectMark(null);

    private final byte[] entry; // "VARIABLE=value", as it appears NUL-separated in /proc/PID/environ

    private SubjectMark(String value) {
        this.entry = value == null ? null : (VARIABLE + "=" + value).getBytes(StandardCharsets.US_ASCII);
    }

    /** A new mark for a subject about to be started. */
    public static SubjectMark fresh() {
        return new SubjectMark(UUID.randomUUID().toString());
    }

    /** The mark a running process was started with (its initial environment), or {@link #NONE}. */
    public static SubjectMark of(long pid) {
        for (String kv : environ(pid).map(b -> new String(b, StandardCharsets.US_ASCII)).orElse("").split("\0")) {
            if (kv.startsWith(VARIABLE + "=") && kv.length() > VARIABLE.length() + 1) {
                return new SubjectMark(kv.substring(VARIABLE.length() + 1));
            }
        }
        return NONE;
    }

    /** The value to put into the subject's environment. */
    public String value() {
        if (entry == null) {
            throw new IllegalStateException("no subject mark");
        }
        return new String(entry, StandardCharsets.US_ASCII).substring(VARIABLE.length() + 1);
    }

    /**
     * The subject's processes right now: the root, its descendants, and every other process that
     * carries this mark together with its descendants. The root comes first, even when it has exited.
     */
    public List<ProcessHandle> members(ProcessHandle root) {
        Map<Long, ProcessHandle> members = new LinkedHashMap<>();
        members.put(root.pid(), root);
        if (root.isAlive()) { // a dead root's pid may already name another process
            root.descendants().forEach(p -> members.putIfAbsent(p.pid(), p));
        }
        if (entry != null) {
            List<ProcessHandle> marked = new ArrayList<>();
            ProcessHandle.allProcesses().filter(p -> !members.containsKey(p.pid()) && carriedBy(p.pid())).forEach(marked::add);
            for (ProcessHandle p : marked) {
                members.putIfAbsent(p.pid(), p);
                p.descendants().forEach(d -> members.putIfAbsent(d.pid(), d));
            }
        }
        return List.copyOf(members.values());
    }

    boolean carriedBy(long pid) {
        Optional<byte[]> env = environ(pid);
        return env.isPresent() && contains(env.get(), entry);
    }

    private static boolean contains(byte[] environ, byte[] entry) {
        for (int start = 0; start + entry.length <= environ.length; ) {
            int end = start;
            while (end < environ.length && environ[end] != 0) {
                end++;
            }
            if (end - start == entry.length && java.util.Arrays.equals(environ, start, end, entry, 0, entry.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static Optional<byte[]> environ(long pid) {
        try {
            return Optional.of(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")));
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // gone, another user's, or no /proc
        }
    }
}
