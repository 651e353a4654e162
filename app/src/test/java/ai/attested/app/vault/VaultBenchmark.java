package ai.attested.app.vault;

import ai.attested.app.seal.HashedSubject;
import ai.attested.app.seal.SealService;
import ai.attested.app.seal.SealSettings;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSigner;
import ai.attested.bundle.seal.SealStatement;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark program (not a test): durable text seals per second, and opening + verifying a large
 * vault. Figures and commands in docs/BENCHMARKS.md ("Seal chain store").
 *
 * <pre>
 *   seal DIR N GROUP   create a test-key vault in DIR (must not exist) and append N text seals in
 *                      durable groups of GROUP; prints seals/s
 *   build DIR N        create a test-key vault in DIR holding N real text seals quickly: signatures by
 *                      BouncyCastle (Ed25519 is deterministic, so they are the bytes the JDK would make),
 *                      rows written straight to both stores; then one keyed open verifies every seal
 *                      (timed) and writes the signed verified state and the latest checkpoint
 *   open DIR ROUNDS [--no-full]
 *                      open DIR read-only ROUNDS times (verified-state path), then verify --full once
 * </pre>
 */
public final class VaultBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seal" -> seal(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "open" -> open(Path.of(args[1]), Integer.parseInt(args[2]), args.length < 4 || !args[3].equals("--no-full"));
            case "build" -> build(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("seal DIR N GROUP | build DIR N | open DIR ROUNDS [--no-full]");
        }
    }

    /** The path {@code svault seal --text ...} takes: the app's SealService, durable groups of {@code group} texts. */
    private static void seal(Path dir, int n, int group) {
        SealService sealing = new SealService(SealSettings.defaults());
        List<HashedSubject> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(sealing.text("benchmark text " + i));
        }
        try (Vault v = Vault.create(new VaultLocation(dir), VaultSetup.withTestKey("bench"), new BundleSealCodec())) {
            long start = System.nanoTime();
            long[] lastReport = {start};
            int[] done = {0};
            sealing.sealAll(v, texts, "", group, durable -> {
                done[0] += durable.size();
                long now = System.nanoTime();
                if (now - lastReport[0] > 10_000_000_000L) {
                    System.out.printf("  %d seals, %.0f seals/s so far%n", done[0], done[0] / ((now - start) / 1e9));
                    lastReport[0] = now;
                }
            });
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("sealed %d texts in durable groups of %d: %.2f s, %.0f durable seals/s%n", n, group, secs, n / secs);
        }
    }

    private static void build(Path dir, int n) {
        VaultLocation loc = new VaultLocation(dir);
        Vault.create(loc, VaultSetup.withTestKey("bench")).close();
        VaultInfo info = VaultMetadata.read(loc.metadataFile());
        Ed25519PrivateKey key = TestKeys.tvSig001();
        byte[] seed = key.seed();
        BundleSealCodec codec = new BundleSealCodec();
        String prev = ChainVerifier.ZERO_HASH;
        Instant t0 = Instant.parse("2026-02-11T12:00:00.000Z");
        long start = System.nanoTime();
        try (SealTable table = SealTable.open(loc.databaseBase(), true); JsonlMirror mirror = JsonlMirror.open(loc.jsonlMirror(), false)) {
            List<StoredSeal> batch = new ArrayList<>();
            for (int seq = 1; seq <= n; seq++) {
                byte[] text = ("benchmark text " + seq).getBytes(StandardCharsets.UTF_8);
                SealSubject subject = SealSubject.text("text", text.length, Sha256.hex(text));
                SealDraft draft = new SealDraft(info.vaultId().formatted(), seq, prev, subject, "", "bench",
                        SealTimes.format(t0.plusMillis(seq)));
                String hash = draft.sealHash(key.publicKey());
                SealStatement st = new SealStatement(SealRules.FORMAT_V1, info.vaultId().formatted(), seq, SubjectKind.TEXT,
                        subject.sha256(), hash, draft.deviceTime(), info.keyId());
                byte[] sig = new byte[64];
                org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, st.canonicalBytes(), 0, st.canonicalBytes().length, sig, 0);
                Seal seal = new Seal(SealRules.FORMAT_V1, info.vaultId().formatted(), seq, prev, subject, "", "bench",
                        draft.deviceTime(), TimeSource.device(), new SealSigner(key.publicKey().base64(), info.keyId(),
                        Base64s.encodeStd(sig)), hash, null);
                String json = new String(ai.attested.bundle.seal.SealCodec.toCanonicalJson(seal), StandardCharsets.UTF_8);
                batch.add(StoredSeal.of(codec.read(json, key.publicKey().raw(), false), json));
                prev = hash;
                if (batch.size() == 1000 || seq == n) {
                    mirror.append(batch.stream().map(StoredSeal::json).toList());
                    table.insert(batch);
                    batch.clear();
                }
            }
        }
        System.out.printf("built %d seals in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        try (Vault v = Vault.open(loc, purpose -> new char[0])) {
            System.out.printf("first open, every signature checked (%d): %.1f s, %s%n", v.chainStatus().signaturesChecked(),
                    (System.nanoTime() - start) / 1e9, v.chainStatus().summaryLine());
        }
    }

    private static void open(Path dir, int rounds, boolean fullToo) {
        VaultLocation loc = new VaultLocation(dir);
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        long count = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            try (Vault v = Vault.openReadOnly(loc, new BundleSealCodec())) {
                count = v.sealCount();
                if (!v.chainStatus().ok()) {
                    throw new IllegalStateException(v.chainStatus().summaryLine());
                }
            }
            ms.add((System.nanoTime() - start) / 1e6);
            cpuMs.add((processCpuNanos() - cpu) / 1e6);
        }
        List<Double> sorted = ms.stream().sorted().toList();
        List<Double> cpuSorted = cpuMs.stream().sorted().toList();
        System.out.printf("open+verify %d seals (signed verified state): median %.0f ms, min %.0f ms over %d rounds (first %.0f ms);"
                + " process CPU median %.0f ms (first %.0f ms, JIT and GC threads included)%n",
                count, sorted.get(sorted.size() / 2), sorted.getFirst(), rounds, ms.getFirst(), cpuSorted.get(cpuSorted.size() / 2),
                cpuMs.getFirst());
        System.out.println("database " + size(loc.databaseFile()) + " MB, mirror " + size(loc.jsonlMirror()) + " MB");
        if (!fullToo) {
            return;
        }
        long start = System.nanoTime();
        try (Vault v = Vault.openReadOnly(loc, new BundleSealCodec())) {
            ChainStatus full = v.verify(true);
            System.out.printf("open + full verify (every signature, %d checked): %.0f ms, %s%n", full.signaturesChecked(),
                    (System.nanoTime() - start) / 1e6, full.summaryLine());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path p) {
        try {
            return Files.size(p) >> 20;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
