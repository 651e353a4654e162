package ai.attested.bundle.seal;

import ai.attested.bundle.seal.tsa.TsaTokenException;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.crypto.Hex;
import ai.attested.crypto.sig.Ed25519PublicKey;
import ai.attested.crypto.sig.KeyId;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one seal on its own (no chain, no original): the recomputed seal hash, the key id, the
 * Ed25519 signature over the statement, and the RFC 3161 token when there is one. All checks
 * run; every failure is reported (non-fail-fast), in that order.
 */
public final class SealVerifier {
    private SealVerifier() {
    }

    /** Verifies {@code seal}; accepts any signing key. */
    public static SealCheck verify(Seal seal) {
        return verify(seal, null);
    }

    /** Verifies {@code seal}; when {@code expectedKey} is not null, any other signing key is a failure. */
    public static SealCheck verify(Seal seal, Ed25519PublicKey expectedKey) {
        return verify(seal, expectedKey, TsaTrust.none());
    }

    /**
     * As {@link #verify(Seal, Ed25519PublicKey)}; with TSA pins, a verified token under a pinned
     * certificate has no caveat and one under any other certificate is {@code TSA_CERT_NOT_TRUSTED}.
     */
    public static SealCheck verify(Seal seal, Ed25519PublicKey expectedKey, TsaTrust tsaTrust) {
        List<SealFinding> failures = new ArrayList<>();
        List<SealFinding> caveats = new ArrayList<>();
        String recomputed = SealCodec.computeSealHash(seal);
        if (!recomputed.equals(seal.sealHash())) {
            failures.add(new SealFinding(SealCodes.SEAL_HASH_MISMATCH,
                    "seal " + seal.seq() + " says seal_hash " + seal.sealHash() + " but its content hashes to " + recomputed));
        }
        failures.addAll(verifyStatement(seal.statement(), seal.signer().publicKeyRaw(), seal.signer().signatureRaw()));
        if (expectedKey != null && !expectedKey.base64().equals(seal.signer().publicKey())) {
            failures.add(new SealFinding(SealCodes.SEAL_KEY_UNEXPECTED,
                    "seal " + seal.seq() + " is signed by key " + seal.signer().keyId() + ", not the expected " + expectedKey.keyId()));
        }
        checkTime(seal, tsaTrust, failures, caveats);
        return new SealCheck(failures, caveats);
    }

    /**
     * Verifies a bare statement (what a QR code carries): the key id is the key's, and the
     * signature over the statement's canonical bytes verifies under it.
     */
    public static List<SealFinding> verifyStatement(SealStatement statement, byte[] publicKeyRaw, byte[] signatureRaw) {
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.fromRaw(publicKeyRaw);
        } catch (IllegalArgumentException e) {
            List<SealFinding> failures = new ArrayList<>();
            if (publicKeyRaw.length != Ed25519PublicKey.LENGTH || !KeyId.of(publicKeyRaw).equals(statement.keyId())) {
                failures.add(keyIdMismatch(statement));
            }
            failures.add(new SealFinding(SealCodes.SEAL_SIGNATURE_INVALID,
                    "the public key of seal " + statement.seq() + " is not a valid Ed25519 key: " + e.getMessage()));
            return failures;
        }
        return verifyStatement(statement, key, signatureRaw);
    }

    /**
     * {@link #verifyStatement(SealStatement, byte[], byte[])} under a key already decoded (a vault
     * checking its own seals decodes the operator's key once, not once per seal).
     */
    public static List<SealFinding> verifyStatement(SealStatement statement, Ed25519PublicKey key, byte[] signatureRaw) {
        List<SealFinding> failures = new ArrayList<>();
        if (!key.keyId().equals(statement.keyId())) {
            failures.add(keyIdMismatch(statement));
        }
        if (!key.isValid(signatureRaw, statement.canonicalBytes())) {
            failures.add(new SealFinding(SealCodes.SEAL_SIGNATURE_INVALID,
                    "the signature of seal " + statement.seq() + " does not verify under key " + key.keyId()));
        }
        return failures;
    }

    private static SealFinding keyIdMismatch(SealStatement statement) {
        return new SealFinding(SealCodes.SEAL_KEY_ID_MISMATCH,
                "key_id " + statement.keyId() + " is not the id of the public key that signed seal " + statement.seq());
    }

    private static void checkTime(Seal seal, TsaTrust trust, List<SealFinding> failures, List<SealFinding> caveats) {
        TimeSource ts = seal.timeSource();
        if (ts.kind() == TimeSource.Kind.DEVICE) {
            caveats.add(new SealFinding(SealCodes.DEVICE_TIME_ONLY,
                    "seal " + seal.seq() + " has only the sealing device's clock (" + seal.deviceTime() + "), no time-stamp authority"));
            return;
        }
        TsaTokenInfo info;
        try {
            info = TsaTokenVerifier.verify(ts.tokenDer(), Hex.decode(seal.sealHash()));
        } catch (TsaTokenException e) {
            failures.add(new SealFinding(e.code(), "seal " + seal.seq() + ": " + e.getMessage()));
            return;
        }
        if (!info.genTime().equals(ts.tsaTime()) || !info.policy().equals(ts.tsaPolicy()) || !info.serial().equals(ts.tsaSerial())) {
            failures.add(new SealFinding(SealCodes.TSA_FIELDS_MISMATCH, "seal " + seal.seq() + " copies tsa_time/policy/serial "
                    + ts.tsaTime() + "/" + ts.tsaPolicy() + "/" + ts.tsaSerial() + " but the token says "
                    + info.genTime() + "/" + info.policy() + "/" + info.serial()));
        }
        String by = "seal " + seal.seq() + " is time-stamped " + info.genTime() + " by \"" + info.certSubject()
                + "\" (certificate SHA-256 " + info.certSha256() + ")";
        if (trust.isEmpty()) {
            caveats.add(new SealFinding(SealCodes.TSA_CERT_UNVERIFIED, by
                    + "; compare that fingerprint with the authority's published certificate, or pin it with --trust-tsa"));
        } else if (!trust.trusts(info.certSha256())) {
            // The auditor named the authorities to trust; a token from any other is not a lesser caveat but a failure.
            failures.add(new SealFinding(SealCodes.TSA_CERT_NOT_TRUSTED, by + ", which is none of the "
                    + trust.pins().size() + " pinned TSA certificate(s) (--trust-tsa)"));
        }
    }
}
