package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.verifier.bench.BundleBench;
import ai.attested.verifier.cli.VerifierMain;
import ai.attested.verifier.fixtures.Craft;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipt signatures are verified in chunks of 512, together (decision 0013). A forged signature
 * in the first, a middle and the last chunk must each be named, and no other receipt with it.
 */
class BatchSignatureFindingsTest {
    private static final int COUNT = 1300; // chunks of 512, 512 and 276
    private static final int[] FORGED = {3, 700, 1200};

    @Test
    void eachForgedSignatureIsNamedInWhicheverChunkItFalls(@TempDir Path dir) throws Exception {
        Ed25519PrivateKey key = SampleRun.key();
        PolicyArtifact policy = SampleRun.policy(key);
        List<Receipt> receipts = new ArrayList<>(BundleBench.receipts(policy, key, COUNT));
        for (int counter : FORGED) {
            receipts.set(counter - 1, Craft.badSignature(receipts.get(counter - 1), key)); // the key's real signature over other bytes
        }
        Path bundle = Files.write(dir.resolve("forged.zip"), SampleRun.bundle(SampleRun.input(policy, receipts), key));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifierMain.run(new String[] {bundle.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(1);
        Matcher m = Pattern.compile("error_code: RECEIPT_SIGNATURE_INVALID \\((receipts/\\d+\\.json)\\)").matcher(report);
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).containsExactly("receipts/0003.json", "receipts/0700.json", "receipts/1200.json");
    }

    @Test
    void theSameBundleUnforgedPasses(@TempDir Path dir) throws Exception {
        Ed25519PrivateKey key = SampleRun.key();
        PolicyArtifact policy = SampleRun.policy(key);
        Path bundle = Files.write(dir.resolve("honest.zip"),
                SampleRun.bundle(SampleRun.input(policy, BundleBench.receipts(policy, key, COUNT)), key));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifierMain.run(new String[] {bundle.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("overall: PASS");
        assertThat(code).isZero();
    }
}
