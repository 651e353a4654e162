package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import ai.attested.crypto.sig.internal.Ed25519Encodings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of decision 0011 against the paths they replaced: keys decode their point once
 * at creation (was: per verification) and sign with BouncyCastle given the public key (was: the
 * JDK's SunEC, which recomputes it). Same accept/reject on every public edge case, same bytes on
 * every signature.
 */
class Ed25519PrecomputedPathTest {
    private record Case(String pk, byte[] msg, byte[] sig) {}

    private static List<Case> allPublicEdgeCases() {
        List<Case> out = new ArrayList<>();
        JsonNode wycheproof = VectorFiles.json(VectorFiles.vector("wycheproof/ed25519_test.json"));
        for (JsonNode group : wycheproof.get("testGroups")) {
            for (JsonNode t : group.get("tests")) {
                out.add(new Case(group.get("publicKey").get("pk").asText(), Hex.decode(t.get("msg").asText()),
                        Hex.decode(t.get("sig").asText())));
            }
        }
        for (JsonNode v : VectorFiles.json(VectorFiles.vector("ed25519/ed25519vectors.json"))) {
            out.add(new Case(v.get("key").asText(), v.get("msg").asText().getBytes(StandardCharsets.US_ASCII),
                    Hex.decode(v.get("sig").asText())));
        }
        return out;
    }

    /** The previous path: reference key check, 64 bytes, S below L, BouncyCastle decoding A per call. */
    private static boolean perCallPathAccepts(Case c) {
        byte[] pk = Hex.decode(c.pk());
        if (pk.length != 32 || !Ed25519Encodings.isCurvePoint(pk)) {
            return false;
        }
        if (c.sig().length != 64 || !Ed25519Encodings.isCanonicalScalar(c.sig(), 32)) {
            return false;
        }
        try {
            return Ed25519.verify(c.sig(), 0, pk, 0, c.msg(), 0, c.msg().length);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void precomputedPointAcceptsAndRejectsExactlyWhatPerCallDecodingDid() {
        List<Case> cases = allPublicEdgeCases();
        assertThat(cases).hasSize(151 + 914);
        int accepted = 0;
        for (Case c : cases) {
            boolean now = WycheproofEd25519VectorsTest.accepts(c.pk(), c.msg(), c.sig());
            assertThat(now).as("key %s sig %s", c.pk(), Hex.encode(c.sig())).isEqualTo(perCallPathAccepts(c));
            accepted += now ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(88 + 212);
    }

    @Test
    void keyCreationAcceptsExactlyTheReferencePointRule() {
        Random random = new Random(20261122L);
        List<byte[]> keys = new ArrayList<>();
        for (Case c : allPublicEdgeCases()) {
            keys.add(Hex.decode(c.pk()));
        }
        for (int i = 0; i < 3000; i++) {
            byte[] k = new byte[32];
            random.nextBytes(k);
            keys.add(k);
        }
        int points = 0;
        for (byte[] k : keys) {
            boolean reference = Ed25519Encodings.isCurvePoint(k);
            boolean created;
            try {
                Ed25519PublicKey.fromRaw(k);
                created = true;
            } catch (IllegalArgumentException e) {
                created = false;
            }
            assertThat(created).as("key %s", Hex.encode(k)).isEqualTo(reference);
            points += created ? 1 : 0;
        }
        assertThat(points).as("both outcomes occur").isBetween(1000, keys.size() - 1000);
    }

    @Test
    void aSmallOrderKeyIsCreatedButTheTrivialForgeryUnderItFails() throws Exception {
        // A = identity (y = 1). R = identity and S = 0 satisfy [S]B = R + [k]A for every message.
        byte[] identity = new byte[32];
        identity[0] = 1;
        Ed25519PublicKey key = Ed25519PublicKey.fromRaw(identity);
        byte[] forged = new byte[64];
        forged[0] = 1;
        assertThat(key.isValid(forged, "any message".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThatThrownBy(() -> key.verify(forged, new byte[0])).isInstanceOf(SignatureInvalidException.class);
    }

    @Test
    void signaturesAreByteIdenticalToTheJdkSigner() throws Exception {
        Random random = new Random(8032L);
        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        for (int i = 0; i < 200; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            byte[] msg = new byte[random.nextInt(2000)];
            random.nextBytes(msg);
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(kf.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed)));
            jdk.update(msg);
            Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(seed);
            byte[] ours = key.sign(msg);
            assertThat(ours).as("seed %s, %d-byte message", Hex.encode(seed), msg.length).isEqualTo(jdk.sign());
            assertThat(key.publicKey().isValid(ours, msg)).isTrue();
        }
    }
}
