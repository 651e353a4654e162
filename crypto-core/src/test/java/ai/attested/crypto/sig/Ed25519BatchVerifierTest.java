package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import ai.attested.crypto.sig.internal.Ed25519BatchEquation;
import ai.attested.crypto.sig.internal.Ed25519Encodings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch must give exactly the single check's answers (decision 0013). The combined equation is
 * tested on its own as well, since the fallback to single checks would otherwise hide a wrong one.
 */
class Ed25519BatchVerifierTest {
    private record Case(String pk, byte[] msg, byte[] sig) {}

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every Wycheproof and C2SP CCTV edge case, grouped by public key in file order. */
    private static Map<String, List<Case>> edgeCasesByKey() {
        Map<String, List<Case>> out = new LinkedHashMap<>();
        JsonNode wycheproof = VectorFiles.json(VectorFiles.vector("wycheproof/ed25519_test.json"));
        for (JsonNode group : wycheproof.get("testGroups")) {
            String pk = group.get("publicKey").get("pk").asText();
            for (JsonNode t : group.get("tests")) {
                out.computeIfAbsent(pk, k -> new ArrayList<>()).add(
                        new Case(pk, Hex.decode(t.get("msg").asText()), Hex.decode(t.get("sig").asText())));
            }
        }
        for (JsonNode v : VectorFiles.json(VectorFiles.vector("ed25519/ed25519vectors.json"))) {
            String pk = v.get("key").asText();
            out.computeIfAbsent(pk, k -> new ArrayList<>()).add(new Case(pk,
                    v.get("msg").asText().getBytes(StandardCharsets.US_ASCII), Hex.decode(v.get("sig").asText())));
        }
        return out;
    }

    private static boolean preChecksPass(byte[] sig) {
        return sig.length == 64 && Ed25519Encodings.isCanonicalScalar(sig, 32);
    }

    @Test
    void theCombinedEquationHoldsAloneExactlyWhenTheSingleCheckAccepts() {
        int throughEquation = 0;
        int accepted = 0;
        SecureRandom random = seeded(1);
        for (List<Case> cases : edgeCasesByKey().values()) {
            for (Case c : cases) {
                Ed25519PublicKey key;
                try {
                    key = Ed25519PublicKey.fromRaw(Hex.decode(c.pk()));
                } catch (IllegalArgumentException e) {
                    continue; // no key, nothing to verify: covered by the key tests
                }
                boolean single = key.isValid(c.sig(), c.msg());
                accepted += single ? 1 : 0;
                if (!key.verifiesAnything() || !preChecksPass(c.sig())) {
                    assertThat(single).isFalse();
                    continue;
                }
                Ed25519BatchEquation equation = new Ed25519BatchEquation(key.raw(), random);
                boolean added = equation.add(c.sig(), c.msg());
                String what = "key " + c.pk() + " sig " + Hex.encode(c.sig());
                if (single) {
                    assertThat(added).as(what).isTrue();
                }
                if (added) {
                    throughEquation++;
                    assertThat(equation.holds()).as(what).isEqualTo(single);
                }
            }
        }
        assertThat(accepted).isEqualTo(212 + 88); // CCTV policy (decision 0011) plus Wycheproof's valid cases
        assertThat(throughEquation).isGreaterThan(accepted);
    }

    @Test
    void allAcceptedEdgeCasesOfOneKeyHoldTogetherAndOneRefusedCaseBreaksTheSum() {
        int groups = 0;
        for (List<Case> cases : edgeCasesByKey().values()) {
            Ed25519PublicKey key;
            try {
                key = Ed25519PublicKey.fromRaw(Hex.decode(cases.get(0).pk()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<Case> good = cases.stream().filter(c -> key.isValid(c.sig(), c.msg())).toList();
            if (good.size() < 2) {
                continue;
            }
            groups++;
            Ed25519BatchEquation together = new Ed25519BatchEquation(key.raw(), seeded(2));
            good.forEach(c -> assertThat(together.add(c.sig(), c.msg())).isTrue());
            assertThat(together.holds()).as("key %s, %d signatures", cases.get(0).pk(), good.size()).isTrue();
            for (Case bad : cases) {
                if (!key.isValid(bad.sig(), bad.msg()) && preChecksPass(bad.sig())) {
                    Ed25519BatchEquation spoiled = new Ed25519BatchEquation(key.raw(), seeded(3));
                    good.forEach(c -> spoiled.add(c.sig(), c.msg()));
                    if (spoiled.add(bad.sig(), bad.msg())) {
                        assertThat(spoiled.holds()).as("refused %s among good ones", Hex.encode(bad.sig())).isFalse();
                    }
                }
            }
        }
        assertThat(groups).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 17, 64, 300})
    void validBatchesOfAnySizeVerifyThroughTheEquation(int n) {
        SecureRandom random = seeded(n);
        Ed25519PrivateKey signer = Ed25519PrivateKey.fromSeed(seed(random));
        Ed25519BatchVerifier batch = new Ed25519BatchVerifier(signer.publicKey(), random);
        Ed25519BatchEquation equation = new Ed25519BatchEquation(signer.publicKey().raw(), random);
        for (int i = 0; i < n; i++) {
            byte[] msg = ("receipt " + i + " " + random.nextLong()).getBytes(StandardCharsets.UTF_8);
            byte[] sig = signer.sign(msg);
            assertThat(batch.add(sig, msg)).isEqualTo(i);
            assertThat(equation.add(sig, msg)).isTrue();
        }
        assertThat(equation.holds()).isTrue();
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        assertThat(batch.verifyAll()).containsExactly(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"message", "S", "R", "swapped"})
    void aForgedSignatureAnywhereIsNamedAndNoOtherOne(String forgery) {
        SecureRandom random = seeded(forgery.hashCode());
        Ed25519PrivateKey signer = Ed25519PrivateKey.fromSeed(seed(random));
        int n = 120;
        for (int bad : new int[] {0, 57, n - 1}) {
            Ed25519BatchVerifier batch = new Ed25519BatchVerifier(signer.publicKey(), random);
            byte[] previousSig = null;
            for (int i = 0; i < n; i++) {
                byte[] msg = ("event " + i).getBytes(StandardCharsets.UTF_8);
                byte[] sig = signer.sign(msg);
                byte[] ownSig = sig.clone();
                if (i == bad) {
                    switch (forgery) {
                        case "message" -> msg = ("event " + i + "!").getBytes(StandardCharsets.UTF_8);
                        case "S" -> sig[32] ^= 1; // S stays below L: only the equation can catch it
                        case "R" -> System.arraycopy(signer.sign(new byte[] {1}), 0, sig, 0, 32); // another valid point
                        default -> sig = previousSig != null ? previousSig : signer.sign(new byte[] {2});
                    }
                }
                batch.add(sig, msg);
                previousSig = ownSig;
            }
            boolean[] expected = new boolean[n];
            Arrays.fill(expected, true);
            expected[bad] = false;
            assertThat(batch.verifyAll()).as("forged %s at %d", forgery, bad).containsExactly(expected);
        }
    }

    @Test
    void signaturesRefusedBeforeTheEquationGetTheSingleAnswer() {
        SecureRandom random = seeded(7);
        Ed25519PrivateKey signer = Ed25519PrivateKey.fromSeed(seed(random));
        byte[] msg = "m".getBytes(StandardCharsets.UTF_8);
        byte[] good = signer.sign(msg);
        byte[] longer = Arrays.copyOf(good, 65); // Wycheproof tcId 37's shape
        byte[] sAtOrder = good.clone();
        byte[] order = Hex.decode("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        System.arraycopy(order, 0, sAtOrder, 32, 32);
        byte[] rNotAPoint = good.clone();
        Arrays.fill(rNotAPoint, 0, 31, (byte) 0xff);
        rNotAPoint[31] = 0x7f; // y = 2^255 − 1 ≥ p: not canonical
        Ed25519BatchVerifier batch = new Ed25519BatchVerifier(signer.publicKey(), random);
        for (byte[] s : List.of(good, longer, sAtOrder, rNotAPoint, good)) {
            batch.add(s, msg);
        }
        assertThat(batch.verifyAll()).containsExactly(true, false, false, false, true);
    }

    @Test
    void nothingVerifiesUnderASmallOrderKey() {
        // The neutral point (0, 1) as a key: R = neutral, S = 0 would satisfy the equation for any message.
        byte[] neutral = new byte[32];
        neutral[0] = 1;
        Ed25519PublicKey key = Ed25519PublicKey.fromRaw(neutral);
        byte[] forged = new byte[64];
        forged[0] = 1;
        Ed25519BatchVerifier batch = new Ed25519BatchVerifier(key, seeded(8));
        batch.add(forged, new byte[] {42});
        assertThat(batch.verifyAll()).containsExactly(false);
    }

    private static byte[] seed(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return seed;
    }
}
