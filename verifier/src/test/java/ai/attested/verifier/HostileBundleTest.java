package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.testing.SampleRun;
import ai.attested.bundle.testing.ZipCrafter;
import ai.attested.verifier.fixtures.Rebundler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile bundles (run in a 384 MiB test JVM): each is a clean FAIL or ERROR with a code, never an
 * exception, and nothing is written next to the bundle.
 */
class HostileBundleTest {
    @TempDir
    Path tmp;

    private VerificationReport verifyFile(byte[] zip) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path f = Files.write(dir.resolve("bundle.zip"), zip);
        VerificationReport r = Verification.verify(f);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.collect(Collectors.toList())).containsExactly(f); // nothing extracted or written
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.collect(Collectors.toList())).containsExactly(dir);
        }
        Files.delete(f);
        Files.delete(dir);
        return r;
    }

    private static Optional<Finding> first(VerificationReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static byte[] withReceipt3(byte[] bytes) {
        return Rebundler.of(SampleRun.goldenBundle()).put("receipts/0003.json", bytes).resign(SampleRun.key());
    }

    @Test
    void notAZipIsAnErrorAndATruncatedZipAFailure() throws Exception {
        VerificationReport notZip = verifyFile("%PDF-1.7 not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.exitCode()).isEqualTo(3);
        assertThat(notZip.toText()).isEqualTo("overall: ERROR\nerror_code: BUNDLE_NOT_ZIP\n");
        byte[] g = SampleRun.goldenBundle();
        VerificationReport cut = verifyFile(java.util.Arrays.copyOf(g, g.length - 30));
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.findings()).extracting(Finding::code).containsExactly("BUNDLE_TRUNCATED");
    }

    @Test
    void zipSlipAndAbsoluteNamesAreRefusedAndNothingIsWritten() throws Exception {
        for (String evil : List.of("../../evil.sh", "/tmp/evil.sh", "..\\evil.bat", "C:/evil.bat")) {
            ZipCrafter z = new ZipCrafter();
            z.stored("README.txt", "x".getBytes(StandardCharsets.UTF_8));
            z.stored(evil, "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
            VerificationReport r = verifyFile(z.build());
            assertThat(r.exitCode()).as(evil).isEqualTo(1);
            assertThat(r.findings()).extracting(Finding::code).containsExactly("BUNDLE_PATH_UNSAFE");
        }
        assertThat(tmp.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void duplicatesBombsAndTwoHundredThousandEntries() throws Exception {
        ZipCrafter dup = new ZipCrafter();
        dup.stored("bundle_manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        dup.stored("bundle_manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(verifyFile(dup.build()).findings()).extracting(Finding::code).containsExactly("BUNDLE_DUPLICATE_ENTRY");
        ZipCrafter bomb = new ZipCrafter();
        bomb.deflated("bundle_manifest.json", new byte[50 << 20]);
        assertThat(verifyFile(bomb.build()).findings()).extracting(Finding::code).containsExactly("BUNDLE_EXPANSION_RATIO");
        ZipCrafter many = new ZipCrafter();
        for (int i = 0; i < 200_000; i++) {
            many.stored("receipts/" + i + ".json", new byte[0]);
        }
        VerificationReport r = verifyFile(many.build());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("BUNDLE_TOO_MANY_ENTRIES");
    }

    @Test
    void hostileJsonInAReceiptIsASchemaFindingWithItsReason() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String dupKey = "{\"receipt_v\":\"1\",\"receipt_v\":\"1\"}";
        String huge = "{\"counter\": 123456789012345678901234567890}";
        byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Object[][] cases = {{deep.getBytes(StandardCharsets.UTF_8), "TOO_DEEP"}, {dupKey.getBytes(StandardCharsets.UTF_8), "DUPLICATE_KEY"},
            {huge.getBytes(StandardCharsets.UTF_8), "INTEGER_OUT_OF_RANGE"}, {badUtf8, "INVALID_UTF8"},
            {"{\"x\": NaN}".getBytes(StandardCharsets.UTF_8), "not strict JSON"}, {new byte[(1 << 20) + 1], "larger than 1 MiB"}};
        for (Object[] c : cases) {
            VerificationReport r = BundleVerifier.verify(withReceipt3((byte[]) c[0]));
            assertThat(r.exitCode()).isEqualTo(1);
            Finding f = first(r, "RECEIPT_SCHEMA_INVALID").orElseThrow();
            assertThat(f.path()).contains("receipts/0003.json");
            assertThat(f.message()).as(r.toText()).contains((String) c[1]);
        }
    }

    @Test
    void hostileJsonInTheManifestIsAManifestFinding() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] zip = Rebundler.of(SampleRun.goldenBundle()).put("bundle_manifest.json", deep.getBytes(StandardCharsets.UTF_8)).zip();
        VerificationReport r = BundleVerifier.verify(zip);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(first(r, "MANIFEST_SCHEMA_INVALID").orElseThrow().message()).contains("TOO_DEEP");
    }
}
