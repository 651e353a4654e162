package ai.attested.app.card;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.tsp.TSPAlgorithms;

/**
 * A throw-away RFC 3161 time-stamp authority for tests: a fresh P-256 key and self-signed
 * certificate with the critical id-kp-timeStamping usage, issuing real tokens (BouncyCastle).
 */
final class TestTsa {
    static final String POLICY = "1.3.6.1.4.1.99999.1";
    private final KeyPair keys;
    private final X509CertificateHolder cert;

    TestTsa() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        keys = gen.generateKeyPair();
        X500Name name = new X500Name("CN=Sovereign Vault test TSA");
        Date from = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
        Date to = Date.from(Instant.parse("2036-01-01T00:00:00Z"));
        cert = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, from, to, name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
    }

    /** A DER token stamping {@code sha256} at {@code time}. */
    byte[] stamp(byte[] sha256, Instant time, long serial) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", keys.getPrivate(), cert),
                new org.bouncycastle.operator.bc.BcDigestCalculatorProvider().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier(POLICY));
        tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
        tokens.addCertificates(new org.bouncycastle.util.CollectionStore<>(java.util.List.of(cert)));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        var request = requests.generate(TSPAlgorithms.SHA256, sha256);
        TimeStampResponse response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(request, BigInteger.valueOf(serial), Date.from(time));
        return response.getTimeStampToken().getEncoded();
    }
}
