package ai.attested.bundle.sign;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.SchemaException;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Signs a bundle manifest: signer {public_key, key_id, signature} over JCS(manifest − signer.signature). */
public final class ManifestSigner {
    private ManifestSigner() {}

    public static BundleManifest sign(ObjectNode unsignedManifest, Ed25519PrivateKey key) throws SchemaException {
        ObjectNode m = unsignedManifest.deepCopy();
        Ed25519PublicKey pub = key.publicKey();
        ObjectNode signer = m.putObject("signer");
        signer.put("public_key", pub.base64());
        signer.put("key_id", pub.keyId());
        signer.put("signature", Base64s.encodeStd(key.sign(SigningRules.manifestSigningBytes(m))));
        return BundleManifest.adopt(m);
    }
}
