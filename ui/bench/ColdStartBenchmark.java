import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start to first frame of the desktop app, whole process: spawns
 * {@code java -jar ui/target/svault-ui.jar} with {@code -Dsvault.firstFrame=exit}, which prints
 * {@code svault-first-frame <epoch-millis>} after the first frame of the window has been rendered and
 * exits. The figure is that timestamp minus the instant just before the process was spawned.
 *
 * Usage (from the repository root, after {@code ./mvnw -pl installers -am package -DskipTests}, with a
 * display): {@code java ui/bench/ColdStartBenchmark.java [runs]}. Configurations:
 * <ol>
 *   <li>the jar on the build JDK, default JVM (the JDK's own CDS archive only);</li>
 *   <li>the jar with a dynamic AppCDS archive (-XX:SharedArchiveFile + -XX:+AutoCreateSharedArchive;
 *       one unmeasured run creates it);</li>
 *   <li>the packaged app image (installers/target/work/image: jlinked runtime, jpackage launcher) with
 *       its AOT cache switched off ({@code JAVA_TOOL_OPTIONS=-XX:AOTMode=off});</li>
 *   <li>the packaged app image as shipped, mapping {@code lib/app/svault.aot}.</li>
 * </ol>
 * Each run is wrapped in {@code /usr/bin/time} when present, which reports the process's user+sys CPU.
 */
public final class ColdStartBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path jar = Path.of("ui/target/svault-ui.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: ./mvnw -B -pl ui -am package -DskipTests");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println(loadAverage());
        Path archive = Files.createTempDirectory("svault-cds").resolve("svault-ui.jsa");
        System.out.printf(Locale.ROOT, "java %s, %d runs each, vault: a fresh empty folder per run (first-run screen)%n",
                System.getProperty("java.version"), runs);
        report("jar, default JVM", measure(jarCommand(java, jar, List.of()), Map.of(), runs));
        // One warm-up run writes the archive at exit; the measured runs then map it.
        List<String> dynamic = jarCommand(java, jar, List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"));
        measureOnce(dynamic, Map.of());
        report("jar, dynamic AppCDS", measure(dynamic, Map.of(), runs));
        Path launcher = Path.of("installers/target/work/image/SovereignVault/bin/SovereignVault").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.out.println("(no app image: ./mvnw -B -pl installers -am package -DskipTests builds it)");
            return;
        }
        report("app image, AOT cache off", measure(List.of(launcher.toString()),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off -Dsvault.firstFrame=exit"), runs));
        report("app image, AOT cache", measure(List.of(launcher.toString()),
                Map.of("JAVA_TOOL_OPTIONS", "-Dsvault.firstFrame=exit"), runs));
        System.out.println(loadAverage());
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return "load average (1/5/15 min): " + (Files.exists(proc) ? Files.readString(proc).strip() : "unknown");
    }

    private static List<String> jarCommand(String java, Path jar, List<String> jvmArgs) {
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dsvault.firstFrame=exit"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString()));
        return cmd;
    }

    /** One start: milliseconds to the first frame and the process's CPU seconds (user+sys; -1 if unknown). */
    private record Run(long millis, double cpuSeconds) {}

    private static List<Run> measure(List<String> command, Map<String, String> env, int runs) throws Exception {
        measureOnce(command, env); // warms the OS file cache; not counted
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            measured.add(measureOnce(command, env));
        }
        return measured;
    }

    private static Run measureOnce(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path vault = Files.createTempDirectory("svault-bench-vault");
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "svault-cpu %U %S"));
        }
        cmd.addAll(command);
        cmd.addAll(List.of("--vault", vault.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.currentTimeMillis();
        Process p = builder.start();
        long frame = -1;
        double cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("svault-first-frame ")) {
                    frame = Long.parseLong(line.substring("svault-first-frame ".length()).trim());
                } else if (line.startsWith("svault-cpu ")) {
                    String[] f = line.split(" ");
                    cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                }
            }
        }
        int exit = p.waitFor();
        if (frame < 0 || exit != 0) {
            throw new IllegalStateException("the app did not report its first frame (exit " + exit + "); is DISPLAY set?");
        }
        return new Run(frame - start, cpu);
    }

    private static void report(String label, List<Run> runs) {
        List<Long> sorted = runs.stream().map(Run::millis).sorted(Comparator.naturalOrder()).toList();
        List<Double> cpu = runs.stream().map(Run::cpuSeconds).sorted().toList();
        System.out.printf(Locale.ROOT, "%-28s median %5d ms   min %5d ms   max %5d ms   CPU (user+sys, to exit) median %.2f s   %s%n",
                label, sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast(), cpu.get(cpu.size() / 2),
                runs.stream().map(Run::millis).toList());
    }
}
