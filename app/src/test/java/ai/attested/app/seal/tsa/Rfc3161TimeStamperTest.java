package ai.attested.app.seal.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCheck;
import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealFinding;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SealVerifier;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Rfc3161TimeStamperTest {
    private static final Ed25519PrivateKey KEY = TestKeys.tvSig001();

    static SealDraft draft(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new SealDraft("1234-56789-0123", 1, SealRules.GENESIS_PREV_HASH, SealSubject.text("text", b.length, Sha256.hex(b)),
                "", "alice", "2026-02-11T12:00:00.000Z");
    }

    @Test
    void loopbackAuthorityStampsTheSealHashAndTheSealVerifies() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            SealDraft draft = draft("stamped");
            TimeStamper.Outcome outcome = new Rfc3161TimeStamper(tsa.url(), Duration.ofSeconds(10)).stamp(draft.sealHash(KEY.publicKey()));
            assertThat(outcome.code()).isEqualTo(TimeStamper.Outcome.TSA_OK);
            assertThat(outcome.tsaUsed()).isTrue();
            assertThat(outcome.timeSource().tsaPolicy()).isEqualTo(LoopbackTsa.POLICY);
            Seal seal = draft.sign(KEY, outcome.timeSource());
            SealCheck check = SealVerifier.verify(seal);
            assertThat(check.failures()).isEmpty();
            assertThat(check.caveats()).extracting(SealFinding::code).containsExactly(SealCodes.TSA_CERT_UNVERIFIED);
            assertThat(check.caveats().get(0).detail()).contains("Loopback Test TSA");
        }
    }

    @Test
    void aTokenOverAnotherSealHashIsAnImprintMismatch() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            Rfc3161TimeStamper stamper = new Rfc3161TimeStamper(tsa.url(), Duration.ofSeconds(10));
            TimeSource other = stamper.stamp(draft("other").sealHash(KEY.publicKey())).timeSource();
            Seal seal = draft("mine").sign(KEY, other);
            assertThat(SealVerifier.verify(seal).failures()).extracting(SealFinding::code).containsExactly(SealCodes.TSA_IMPRINT_MISMATCH);
        }
    }

    @Test
    void alteredTokenOrCopiedFieldsFail() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            SealDraft draft = draft("tamper");
            TimeSource ts = new Rfc3161TimeStamper(tsa.url(), Duration.ofSeconds(10)).stamp(draft.sealHash(KEY.publicKey())).timeSource();
            byte[] der = ts.tokenDer();
            der[der.length - 10] ^= 1; // inside the signature value at the end of the SignerInfo
            Seal flipped = draft.sign(KEY, TimeSource.tsa(der, ts.tsaTime(), ts.tsaPolicy(), ts.tsaSerial()));
            assertThat(SealVerifier.verify(flipped).failures()).extracting(SealFinding::code).containsExactly(SealCodes.TSA_TOKEN_INVALID);

            Seal lying = draft.sign(KEY, TimeSource.tsa(ts.tokenDer(), "2020-01-01T00:00:00.000Z", ts.tsaPolicy(), ts.tsaSerial()));
            assertThat(SealVerifier.verify(lying).failures()).extracting(SealFinding::code).containsExactly(SealCodes.TSA_FIELDS_MISMATCH);
        }
    }

    @Test
    void unreachableAuthorityFallsBackToDeviceTimeHonestly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TimeStamper.Outcome outcome = new Rfc3161TimeStamper(URI.create("http://127.0.0.1:" + port + "/tsa"), Duration.ofSeconds(2))
                .stamp(draft("x").sealHash(KEY.publicKey()));
        assertThat(outcome.code()).isEqualTo(TimeStamper.Outcome.TSA_UNREACHABLE);
        assertThat(outcome.timeSource().kind()).isEqualTo(TimeSource.Kind.DEVICE);
    }

    @Test
    void garbageOrMismatchedResponsesAreNotStored() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa()) {
            Rfc3161TimeStamper stamper = new Rfc3161TimeStamper(tsa.url(), Duration.ofSeconds(10));
            tsa.overrideResponse = "not DER".getBytes(StandardCharsets.US_ASCII);
            assertThat(stamper.stamp(draft("a").sealHash(KEY.publicKey())).code()).isEqualTo(TimeStamper.Outcome.TSA_RESPONSE_INVALID);
            // A genuine response, but to another request (other imprint and nonce): refused.
            tsa.overrideResponse = null;
            byte[] genuine = rawResponse(tsa, draft("b").sealHash(KEY.publicKey()));
            tsa.overrideResponse = genuine;
            TimeStamper.Outcome o = stamper.stamp(draft("a").sealHash(KEY.publicKey()));
            assertThat(o.code()).isEqualTo(TimeStamper.Outcome.TSA_RESPONSE_INVALID);
            assertThat(o.timeSource().kind()).isEqualTo(TimeSource.Kind.DEVICE);
        }
    }

    private static byte[] rawResponse(LoopbackTsa tsa, String hashHex) throws Exception {
        org.bouncycastle.tsp.TimeStampRequestGenerator g = new org.bouncycastle.tsp.TimeStampRequestGenerator();
        g.setCertReq(true);
        byte[] q = g.generate(org.bouncycastle.tsp.TSPAlgorithms.SHA256, ai.attested.crypto.Hex.decode(hashHex),
                java.math.BigInteger.TEN).getEncoded();
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(tsa.url()).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(q)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return r.body();
    }
}
