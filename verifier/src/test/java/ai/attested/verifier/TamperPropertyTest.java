package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.verifier.fixtures.Rebundler;
import ai.attested.bundle.testing.SampleRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Seed 004 §3's tamper test as a property: change one byte anywhere in any file of a good bundle
 * and the verifier FAILs naming that file; also when the attacker rewrites the manifest's
 * checksums and re-signs it with their own key (then for the self-authenticating files).
 */
class TamperPropertyTest {
    private static final byte[] GOLDEN = SampleRun.goldenBundle();
    private static final Map<String, byte[]> FILES = Rebundler.of(GOLDEN).files();
    private static final List<String> PATHS = new ArrayList<>(FILES.keySet());
    /** Files whose content is checked by more than the manifest: signed (policy, receipts) or chained (chain head). */
    private static final List<String> SELF_CHECKED = new ArrayList<>();
    private static final Ed25519PrivateKey ATTACKER = Ed25519PrivateKey.fromSeed(new byte[32]);

    static {
        for (String p : PATHS) {
            if (p.equals(BundlePaths.POLICY) || p.equals(BundlePaths.CHAIN_HEAD) || BundlePaths.isReceipt(p)) {
                SELF_CHECKED.add(p);
            }
        }
    }

    record Flip(String path, int position, int mask) {
        byte[] apply() {
            byte[] b = FILES.get(path).clone();
            b[position] ^= (byte) mask;
            return b;
        }

        /** The change is invisible to JSON (whitespace for whitespace): same document, other bytes. */
        boolean jsonNeutral() {
            return parse(FILES.get(path)).equals(parse(apply()));
        }

        private static Optional<JsonNode> parse(byte[] b) {
            try {
                return Optional.of(StrictJson.parse(b));
            } catch (Exception e) {
                return Optional.empty();
            }
        }
    }

    private static Arbitrary<Flip> flipsIn(List<String> paths) {
        return Combinators.combine(Arbitraries.of(paths), Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 255))
                .as((p, at, mask) -> new Flip(p, (int) Math.min(FILES.get(p).length - 1, at * FILES.get(p).length), mask));
    }

    @Provide
    Arbitrary<Flip> anyFile() {
        return flipsIn(PATHS);
    }

    @Provide
    Arbitrary<Flip> selfChecked() {
        return flipsIn(SELF_CHECKED);
    }

    private static boolean names(VerificationReport r, String path) {
        return r.findings().stream().anyMatch(f -> f.path().equals(Optional.of(path)));
    }

    @Property(tries = 400)
    void oneFlippedByteFailsNamingTheFile(@ForAll("anyFile") Flip flip) {
        VerificationReport r = BundleVerifier.verify(Rebundler.of(GOLDEN).put(flip.path(), flip.apply()).zip());
        if (flip.path().equals(BundlePaths.MANIFEST) && flip.jsonNeutral()) {
            // The manifest is signed over its JCS form (DESIGN.md §2.1.7): re-spacing it changes nothing.
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            return;
        }
        assertThat(r.verdict()).as(r.toText()).isEqualTo(Verdict.FAIL);
        assertThat(names(r, flip.path())).as(flip + "\n" + r.toText()).isTrue();
    }

    @Property(tries = 300)
    void manifestRewrittenAndResignedByAnAttackerStillFailsNamingTheFile(@ForAll("selfChecked") Flip flip) {
        VerificationReport r = BundleVerifier.verify(Rebundler.of(GOLDEN).put(flip.path(), flip.apply()).resign(ATTACKER));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.toText()).contains("error_code: BUNDLE_SIGNATURE_INVALID (bundle_manifest.json)");
        if (!flip.jsonNeutral()) {
            assertThat(names(r, flip.path())).as(flip + "\n" + r.toText()).isTrue();
        }
    }
}
