import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cold start to first frame of the desktop app, whole process: spawns
 * {@code java -jar ui/target/svault-ui.jar} with {@code -Dsvault.firstFrame=exit}, which prints
 * {@code svault-first-frame <epoch-millis>} after the first frame of the window has been rendered and
 * exits. The figure is that timestamp minus the instant just before the process was spawned.
 *
 * Usage (from the repository root, after {@code ./mvnw -pl ui -am package -DskipTests}, with a display):
 * {@code java ui/bench/ColdStartBenchmark.java [runs]} — runs without AppCDS, then with an AppCDS
 * archive (-XX:SharedArchiveFile + -XX:+AutoCreateSharedArchive; the first CDS run creates it).
 */
public final class ColdStartBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path jar = Path.of("ui/target/svault-ui.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: ./mvnw -B -pl ui -am package -DskipTests");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = Files.createTempDirectory("svault-cds").resolve("svault-ui.jsa");
        System.out.printf(Locale.ROOT, "java %s, %d runs each, vault: a fresh empty folder per run (first-run screen)%n",
                System.getProperty("java.version"), runs);
        report("default JVM", measure(java, jar, runs, List.of()));
        // One warm-up run writes the archive at exit; the measured runs then map it.
        measureOnce(java, jar, List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"));
        report("AppCDS (dynamic archive)", measure(java, jar, runs,
                List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive")));
    }

    private static List<Long> measure(String java, Path jar, int runs, List<String> jvmArgs) throws Exception {
        measureOnce(java, jar, jvmArgs); // warms the OS file cache; not counted
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(measureOnce(java, jar, jvmArgs));
        }
        return millis;
    }

    private static long measureOnce(String java, Path jar, List<String> jvmArgs) throws IOException, InterruptedException {
        Path vault = Files.createTempDirectory("svault-bench-vault");
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dsvault.firstFrame=exit"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "--vault", vault.toString()));
        long start = System.currentTimeMillis();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long frame = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("svault-first-frame ")) {
                    frame = Long.parseLong(line.substring("svault-first-frame ".length()).trim());
                }
            }
        }
        int exit = p.waitFor();
        if (frame < 0 || exit != 0) {
            throw new IllegalStateException("the app did not report its first frame (exit " + exit + "); is DISPLAY set?");
        }
        return frame - start;
    }

    private static void report(String label, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted(Comparator.naturalOrder()).toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-26s median %5d ms   min %5d ms   max %5d ms   (%s)%n",
                label, median, sorted.getFirst(), sorted.getLast(), millis);
    }
}
