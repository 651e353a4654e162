package ai.attested.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a jar (the embedded verifier.jar) as its own process on Java 17 when installed — the verifier's target — else on this JVM. */
final class Java17Jar {
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    /** Exit code and both output streams of one run. */
    record Run(int exit, String out, String err) {
    }

    private Java17Jar() {
    }

    static Run run(Path jar, String... args) throws IOException, InterruptedException {
        String java = Files.isExecutable(JAVA_17) ? JAVA_17.toString() : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        // stderr drained beside stdout: a full stderr pipe must not block the process while stdout is read
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p));
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("verifier.jar still running after 120 s: " + cmd);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process p) {
        try {
            return p.getErrorStream().readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
