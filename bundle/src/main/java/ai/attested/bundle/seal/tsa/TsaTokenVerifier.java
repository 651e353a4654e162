package ai.attested.bundle.seal.tsa;

import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Offline check of an RFC 3161 time-stamp token over a seal hash: the message imprint is
 * SHA-256 and equals the seal hash; the token is signed by the certificate it carries, which
 * is bound to the signer by the ESS signing-certificate attribute and has the critical
 * id-kp-timeStamping extended key usage (BouncyCastle {@code TimeStampToken.validate}).
 *
 * <p>It does not decide whether that certificate deserves trust: no trust store exists offline.
 * Callers report {@code TSA_CERT_UNVERIFIED} with the fingerprint (docs/decisions/0072-tsa-trust-caveat.md).
 */
public final class TsaTokenVerifier {
    private TsaTokenVerifier() {
    }

    public static TsaTokenInfo verify(byte[] tokenDer, byte[] expectedImprint) throws TsaTokenException {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(tokenDer));
        } catch (Exception | StackOverflowError e) {
            throw new TsaTokenException(SealCodes.TSA_TOKEN_INVALID, "the time-stamp token is not an RFC 3161 token: " + e.getMessage(), e);
        }
        TimeStampTokenInfo info = token.getTimeStampInfo();
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
            throw new TsaTokenException(SealCodes.TSA_IMPRINT_MISMATCH,
                    "the token stamps a " + info.getMessageImprintAlgOID() + " digest, not SHA-256");
        }
        if (!Arrays.equals(info.getMessageImprintDigest(), expectedImprint)) {
            throw new TsaTokenException(SealCodes.TSA_IMPRINT_MISMATCH,
                    "the token stamps " + Hex.encode(info.getMessageImprintDigest()) + ", not the seal hash " + Hex.encode(expectedImprint));
        }
        X509CertificateHolder cert = signerCertificate(token);
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (Exception e) {
            throw new TsaTokenException(SealCodes.TSA_TOKEN_INVALID, "the time-stamp token's signature does not verify: " + e.getMessage(), e);
        }
        try {
            return new TsaTokenInfo(SealTimes.format(info.getGenTime().toInstant()), info.getPolicy().getId(),
                    info.getSerialNumber().toString(), cert.getSubject().toString(), Hex.encode(Sha256.digest(cert.getEncoded())));
        } catch (java.io.IOException e) {
            throw new TsaTokenException(SealCodes.TSA_TOKEN_INVALID, "the TSA certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static X509CertificateHolder signerCertificate(TimeStampToken token) throws TsaTokenException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new TsaTokenException(SealCodes.TSA_TOKEN_INVALID,
                    "the time-stamp token does not carry its signing certificate (request it with certReq=true)");
        }
        return matches.iterator().next();
    }
}
