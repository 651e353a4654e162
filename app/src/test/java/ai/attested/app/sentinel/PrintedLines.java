package ai.attested.app.sentinel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The lines a child process prints, read as they arrive (and copied to a log for diagnosis).
 * Tests wait on them with {@link #await}: woken by each new line or by the end of the output,
 * never by a fixed sleep.
 */
final class PrintedLines {
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private PrintedLines() {
    }

    /** Follows the standard output of {@code process} (start it with {@code redirectErrorStream(true)}). */
    static PrintedLines follow(Process process, Path log) {
        PrintedLines printed = new PrintedLines();
        Thread.ofPlatform().daemon().name("printed-lines").start(() -> printed.read(process, log));
        return printed;
    }

    private void read(Process process, Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer copy = Files.newBufferedWriter(log)) {
            for (String line; (line = in.readLine()) != null; ) {
                copy.write(line + "\n");
                copy.flush();
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed mid-line: its output ends here
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Waits until {@code condition} holds on the lines so far; fails if the output ends first or after {@code timeout}. */
    synchronized List<String> await(Predicate<List<String>> condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.test(lines)) {
            long left = end - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError(what + (ended ? ": the output ended first" : ": not after " + timeout.toSeconds() + " s")
                        + "; printed:\n" + String.join("\n", lines));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(lines);
    }
}
