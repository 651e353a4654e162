package ai.attested.app.sentinel.policy;

import ai.attested.app.AppException;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.sign.SigningRules;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a policy file's bytes the way the verifier does (V3): strict JSON, the §6.1 schema, the
 * recomputed policy_id and the issuer's signature. Used before a run starts and on every tick.
 */
public final class PolicyCheck {
    private PolicyCheck() {
    }

    /** The verified policy, or an AppException naming what is wrong. */
    public static PolicyArtifact verified(byte[] bytes) {
        JsonNode json;
        try {
            json = StrictJson.parse(bytes);
        } catch (JsonFormatException e) {
            throw new AppException("POLICY_SCHEMA_INVALID", "The policy is not valid JSON: " + e.getMessage(), e);
        }
        PolicyArtifact policy;
        try {
            policy = PolicyArtifact.fromJson(json);
        } catch (SchemaException e) {
            throw new AppException("POLICY_SCHEMA_INVALID", "The policy does not match seed 004 §6.1: " + e.getMessage(), e);
        }
        if (!Sha256.hex(SigningRules.policyIdBytes(json)).equals(policy.policyId())) {
            throw new AppException("POLICY_ID_MISMATCH", "The policy's contents do not hash to its policy_id: it was changed after signing.");
        }
        Ed25519PublicKey issuer;
        try {
            issuer = Ed25519PublicKey.fromBase64(policy.issuer().publicKey());
        } catch (IllegalArgumentException e) {
            throw new AppException("POLICY_SIGNATURE_INVALID", "The policy's issuer public key is not a valid Ed25519 key.", e);
        }
        if (!issuer.keyId().equals(policy.issuer().keyId())) {
            throw new AppException("POLICY_SIGNATURE_INVALID", "The policy's issuer key_id does not belong to its public key.");
        }
        if (!SigningRules.signatureValid(policy.issuer().publicKey(), policy.issuer().signature(),
                SigningRules.policySigningBytes(json))) {
            throw new AppException("POLICY_SIGNATURE_INVALID", "The policy's issuer signature does not verify.");
        }
        return policy;
    }
}
