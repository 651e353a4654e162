package ai.attested.app.vault;

import ai.attested.app.seal.SealLimits;
import ai.attested.app.seal.SubjectHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark program (not a test): durable text seals per second, and opening + verifying a large
 * vault. Figures and commands in docs/BENCHMARKS.md ("Seal chain store").
 *
 * <pre>
 *   seal DIR N GROUP   create a test-key vault in DIR (must not exist) and append N text seals in
 *                      durable groups of GROUP; prints seals/s
 *   open DIR ROUNDS    open DIR read-only ROUNDS times (verified-state path), then verify --full once
 * </pre>
 */
public final class VaultBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seal" -> seal(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "open" -> open(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("seal DIR N GROUP | open DIR ROUNDS");
        }
    }

    private static void seal(Path dir, int n, int group) {
        SubjectHasher hasher = new SubjectHasher(SealLimits.defaults());
        Clock clock = Clock.systemUTC();
        try (Vault v = Vault.create(new VaultLocation(dir), VaultSetup.withTestKey("bench"), new BundleSealCodec())) {
            long start = System.nanoTime();
            long lastReport = start;
            int done = 0;
            while (done < n) {
                List<SealMinter> batch = new ArrayList<>(group);
                for (int i = 0; i < group && done + i < n; i++) {
                    batch.add(SubjectSealMinter.deviceTime(hasher.text("benchmark text " + (done + i)).subject(), "", clock));
                }
                done += v.append(batch).size();
                long now = System.nanoTime();
                if (now - lastReport > 10_000_000_000L) {
                    System.out.printf("  %d seals, %.0f seals/s so far%n", done, done / ((now - start) / 1e9));
                    lastReport = now;
                }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("sealed %d texts in durable groups of %d: %.2f s, %.0f durable seals/s%n", n, group, secs, n / secs);
        }
    }

    private static void open(Path dir, int rounds) {
        VaultLocation loc = new VaultLocation(dir);
        List<Double> ms = new ArrayList<>();
        long count = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            try (Vault v = Vault.openReadOnly(loc, new BundleSealCodec())) {
                count = v.sealCount();
                if (!v.chainStatus().ok()) {
                    throw new IllegalStateException(v.chainStatus().summaryLine());
                }
            }
            ms.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf("open+verify %d seals (signed verified state): median %.0f ms, min %.0f ms over %d rounds (first %.0f ms)%n",
                count, sorted.get(sorted.size() / 2), sorted.getFirst(), rounds, ms.getFirst());
        long start = System.nanoTime();
        try (Vault v = Vault.openReadOnly(loc, new BundleSealCodec())) {
            ChainStatus full = v.verify(true);
            System.out.printf("open + full verify (every signature, %d checked): %.0f ms, %s%n", full.signaturesChecked(),
                    (System.nanoTime() - start) / 1e6, full.summaryLine());
        }
        System.out.println("database " + size(loc.databaseFile()) + " MB, mirror " + size(loc.jsonlMirror()) + " MB");
    }

    private static long size(Path p) {
        try {
            return Files.size(p) >> 20;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
