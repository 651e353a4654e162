package ai.attested.bundle.sign;

import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.PolicyDraft;
import ai.attested.bundle.model.SchemaException;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Mints a policy artifact: issuer, then policy_id, then issuer.signature (seed 004 §7.1). */
public final class PolicySigner {
    private PolicySigner() {}

    public static PolicyArtifact sign(PolicyDraft draft, Ed25519PrivateKey key) throws SchemaException {
        return sign(draft.toJson(), key);
    }

    /**
     * Signs any unsigned policy JSON (additive fields included). A {@code policy_id} or issuer
     * already present is replaced. Throws when the result does not match seed 004 §6.1.
     */
    public static PolicyArtifact sign(JsonNode unsignedPolicy, Ed25519PrivateKey key) throws SchemaException {
        if (!unsignedPolicy.isObject()) {
            throw new SchemaException("$", "document must be a JSON object");
        }
        ObjectNode p = unsignedPolicy.deepCopy();
        Ed25519PublicKey pub = key.publicKey();
        p.remove("policy_id");
        ObjectNode issuer = p.putObject("issuer");
        issuer.put("public_key", pub.base64());
        issuer.put("key_id", pub.keyId());
        p.put("policy_id", Sha256.hex(SigningRules.policyIdBytes(p)));
        issuer.put("signature", Base64s.encodeStd(key.sign(SigningRules.policySigningBytes(p))));
        return PolicyArtifact.fromJson(p);
    }
}
