package ai.attested.verifier.seal;

import ai.attested.crypto.Sha256;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * A deterministic RFC 3161 authority for committed fixtures: an Ed25519 key from a fixed seed
 * (Ed25519 signatures are deterministic), a self-signed certificate with fixed dates and the
 * critical id-kp-timeStamping usage, a fixed CMS signing time and no nonce. Same inputs, same
 * token bytes; real BouncyCastle tokens that {@code TsaTokenVerifier} checks like any other.
 */
final class FixedTsa {
    static final String POLICY = "1.3.6.1.4.1.99999.7.1";
    private static final byte[] PKCS8_ED25519 = hex("302e020100300506032b657004220420");
    private static final byte[] X509_ED25519 = hex("302a300506032b6570032100");
    private final PrivateKey key;
    private final X509CertificateHolder cert;

    /** An authority named {@code cn} whose key is derived from {@code seedByte} (so two authorities differ). */
    FixedTsa(String cn, int seedByte) throws Exception {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, (byte) seedByte);
        byte[] pub = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        key = kf.generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_ED25519, seed)));
        PublicKey publicKey = kf.generatePublic(new X509EncodedKeySpec(concat(X509_ED25519, pub)));
        X500Name name = new X500Name("CN=" + cn + ",O=Sovereign Vault test vectors");
        cert = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(seedByte), Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                Date.from(Instant.parse("2036-01-01T00:00:00Z")), name, publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .build(new JcaContentSignerBuilder("Ed25519").build(key));
    }

    /** The pin an auditor gives: SHA-256 of the certificate's DER, lowercase hex. */
    String certSha256() throws Exception {
        return Sha256.hex(cert.getEncoded());
    }

    /** A DER token over {@code imprint} (SHA-256) at {@code time}, serial {@code serial}. */
    byte[] stamp(byte[] imprint, Instant time, long serial) throws Exception {
        Attribute signingTime = new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(time))));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder()
                        .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signingTime)))
                        .build("Ed25519", key, cert),
                new BcDigestCalculatorProvider().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier(POLICY));
        tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
        tokens.addCertificates(new CollectionStore<>(List.of(cert)));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(requests.generate(TSPAlgorithms.SHA256, imprint), BigInteger.valueOf(serial), Date.from(time))
                .getTimeStampToken().getEncoded();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String s) {
        return ai.attested.crypto.Hex.decode(s);
    }
}
