package ai.attested.crypto;

import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.Es6Numbers;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.keyfile.EncryptedKeyFile;
import ai.attested.crypto.keyfile.ScryptParams;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Whole-process benchmark of the crypto-core primitives every seal and receipt uses. Not a test
 * (surefire ignores the name). Prints median and minimum of timed rounds after warm-up.
 *
 * <pre>
 * ./mvnw -B -q -pl crypto-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ai.attested.crypto.CryptoCoreBenchmark -Dexec.args="512 15"
 * </pre>
 * First argument: MiB hashed from a temporary file; second: rounds.
 */
public final class CryptoCoreBenchmark {
    private static volatile Object blackhole;

    private CryptoCoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        System.out.printf("crypto-core benchmark: %d MiB file, %d rounds, java %s%n", mib, rounds, System.getProperty("java.version"));
        hashFile(mib, Math.max(3, rounds / 3));

        byte[] receipt = sampleReceipt();
        JsonNode node = StrictJson.parse(receipt);
        byte[] canonical = CanonicalJson.canonicalize(node);
        System.out.printf("sample object: %d bytes pretty, %d bytes canonical%n", receipt.length, canonical.length);
        report("StrictJson.parse (receipt)", rounds * 1000, () -> StrictJson.parse(receipt));
        report("CanonicalJson.canonicalize (receipt)", rounds * 1000, () -> CanonicalJson.canonicalize(node));
        report("PrettyJson.bytes (receipt)", rounds * 1000, () -> PrettyJson.bytes(node));
        double[] doubles = new Random(1).doubles(1000).map(d -> d * 1e6).toArray();
        report("Es6Numbers.format (1000 random doubles)", rounds * 10, () -> {
            for (double d : doubles) {
                blackhole = Es6Numbers.format(d);
            }
            return null;
        });
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(new byte[32]);
        Ed25519PublicKey pub = key.publicKey();
        byte[] sig = key.sign(canonical);
        report("Ed25519PrivateKey.sign (canonical receipt)", rounds * 100, () -> key.sign(canonical));
        report("Ed25519PublicKey.verify (canonical receipt)", rounds * 100, () -> {
            pub.verify(sig, canonical);
            return null;
        });
        report("Ed25519PublicKey.fromRaw", rounds * 100, () -> Ed25519PublicKey.fromRaw(pub.raw()));
        byte[] keyFile = EncryptedKeyFile.encode(key, "passphrase".toCharArray(), ScryptParams.DEFAULT);
        report("EncryptedKeyFile.decode (scrypt 2^17)", Math.max(3, rounds / 3), () -> EncryptedKeyFile.decode(keyFile, "passphrase".toCharArray()));
    }

    private static void hashFile(int mib, int rounds) throws Exception {
        Path file = Files.createTempFile("svbench", ".bin");
        try {
            byte[] block = new byte[1 << 20];
            new Random(7).nextBytes(block);
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < mib; i++) {
                    out.write(block);
                }
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] nanos = new long[rounds];
            long[] cpu = new long[rounds];
            for (int r = -1; r < rounds; r++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                try (InputStream in = Files.newInputStream(file)) {
                    blackhole = Sha256.digest(in);
                }
                if (r >= 0) {
                    nanos[r] = System.nanoTime() - t0;
                    cpu[r] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            double bytes = (double) mib * (1 << 20);
            // On a shared machine wall time mostly measures the queue; CPU time measures the code.
            System.out.printf("%-48s wall: median %6.0f MB/s, best %6.0f MB/s; per CPU-second: median %6.0f MB/s%n",
                    "Sha256.digest(InputStream) file, page-cached", bytes / nanos[rounds / 2] * 1e3, bytes / nanos[0] * 1e3,
                    bytes / cpu[rounds / 2] * 1e3);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] sampleReceipt() {
        StringBuilder sb = new StringBuilder("{\"type\":\"MEASUREMENT_OK\",\"counter\":42,\"time\":\"2026-02-11T12:00:00.000Z\",");
        sb.append("\"measurement_set\":[");
        for (int i = 0; i < 5; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"path\":\"subject/file-").append(i)
                    .append(".bin\",\"size\":").append(1000 + i).append(",\"sha256\":\"").append(Sha256.hex(new byte[] {(byte) i})).append("\"}");
        }
        sb.append("],\"decision\":{\"action\":\"NONE\",\"reason_code\":\"OK\",\"score\":0.25},");
        sb.append("\"chain\":{\"prev_receipt_hash\":\"").append(Sha256.hex(new byte[0])).append("\"},");
        sb.append("\"signer\":{\"key_id\":\"36ee3280c62ed537\",\"public_key\":\"lKRKF0qyRCAgAy20lqWwTunJjnb8Id7ijIHcoXaWmrg=\"}}");
        try {
            return PrettyJson.bytes(StrictJson.parse(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String name, int rounds, Callable<?> op) throws Exception {
        for (int i = 0; i < Math.max(rounds / 2, 3); i++) {
            blackhole = op.call();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            blackhole = op.call();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%-48s median %10s   min %10s%n", name, human(nanos[rounds / 2]), human(nanos[0]));
    }

    private static String human(long nanos) {
        if (nanos >= 1_000_000) {
            return String.format("%.2f ms", nanos / 1e6);
        }
        return String.format("%.1f µs", nanos / 1e3);
    }
}
