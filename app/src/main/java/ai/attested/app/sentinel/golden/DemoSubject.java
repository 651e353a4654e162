package ai.attested.app.sentinel.golden;

import ai.attested.app.AppException;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The golden run's demo subject: a small deterministic folder (text and binary files) and a real
 * long-running process tree — a shell that keeps a background child and writes a heartbeat — so
 * that QUARANTINE and KILL act on something real.
 */
public final class DemoSubject {
    /** The file the injector appends to. */
    public static final String DRIFT_TARGET = "app/config.yaml";
    public static final String HEARTBEAT = "heartbeat.log";

    private DemoSubject() {
    }

    /** The demo files: relative path → content. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> f = new TreeMap<>();
        f.put(DRIFT_TARGET, text("""
                service: sovereign-vault-demo
                mode: governed
                max_tokens: 2048
                allowed_tools: [search, summarize]
                """));
        f.put("app/model-card.md", text("""
                # Demo model card

                Subject of the Sovereign Vault golden run. Any change to this folder is drift.
                """));
        f.put("bin/run.sh", text("#!/bin/sh\nexec ./app --config app/config.yaml\n"));
        byte[] weights = new byte[4096];
        for (int block = 0; block < weights.length / 32; block++) {
            byte[] d = Sha256.digest(("svault-demo-weights-" + block).getBytes(StandardCharsets.UTF_8));
            System.arraycopy(d, 0, weights, block * 32, 32);
        }
        f.put("data/weights.bin", weights);
        return f;
    }

    /** Writes the demo folder (or copies {@code source}); every mtime is set to {@code mtime} so the manifest is reproducible. */
    static void create(Path target, java.util.Optional<Path> source, Instant mtime) {
        try {
            Files.createDirectories(target);
            if (source.isPresent()) {
                copy(source.get(), target);
            } else {
                for (Map.Entry<String, byte[]> e : files().entrySet()) {
                    Path p = target.resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                }
            }
            try (var s = Files.walk(target)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(p, FileTime.from(mtime));
                }
            }
        } catch (IOException e) {
            throw new AppException("GOLDEN_RUN_SUBJECT_FAILED", "The demo subject folder could not be created: " + e.getMessage(), e);
        }
    }

    /** The demo subject process (POSIX shell): a background child plus a heartbeat every 200 ms. */
    static List<String> command() {
        return List.of("sh", "-c", "sleep 86400 & while true; do echo beat >> " + HEARTBEAT + "; sleep 0.2; done");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            throw new AppException("GOLDEN_RUN_SUBJECT_FAILED", "--subject must be a folder: " + from);
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
