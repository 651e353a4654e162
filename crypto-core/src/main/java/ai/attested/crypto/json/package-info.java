/**
 * JSON for hashing and signing. {@link ai.attested.crypto.json.StrictJson} parses hostile input
 * with one {@link ai.attested.crypto.json.JsonError} code per kind of refusal;
 * {@link ai.attested.crypto.json.CanonicalJson} writes RFC 8785 bytes (the only bytes ever hashed
 * or signed); {@link ai.attested.crypto.json.PrettyJson} writes files; and
 * {@link ai.attested.crypto.json.JsonPaths#without} implements the formats' "X without field" rules.
 * Typical use: {@code CanonicalJson.sha256Hex(JsonPaths.without(policy, "issuer.signature", "policy_id"))}.
 */
package ai.attested.crypto.json;
