package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed policy artifact {@code policy/policy_artifact.json} (seed 004 §6.1). Build one with
 * {@link PolicyDraft} and {@code PolicySigner}; read one with {@link #fromJson(JsonNode)}.
 */
public final class PolicyArtifact extends JsonDocument {
    public static final String SUBJECT_MANIFEST_REF = BundlePaths.SUBJECT_MANIFEST;

    private final String policyId;
    private final String policyVersion;
    private final String createdAt;
    private final SignerBlock issuer;
    private final List<MeasurementSpec> measurementSet;
    private final long intervalMs;
    private final Map<EnforcementTrigger, Action> enforcementMapping;
    private final Optional<String> ttlExpiresAt;
    private final List<EventType> requiredReceipts;
    private final boolean includeMerkle;
    private final boolean includeAnchor;

    private PolicyArtifact(JsonNode json) throws SchemaException {
        super(json);
        Fields.requireObject(json);
        Fields.constant(json, "", "policy_v", "1");
        policyId = Fields.sha256Hex(json, "", "policy_id");
        policyVersion = nonEmpty(json, "policy_version");
        createdAt = Fields.timestamp(json, "", "created_at");
        issuer = signerBlock(json, "issuer");
        JsonNode subject = Fields.object(json, "", "subject");
        Fields.constant(subject, "subject", "subject_type", "FILESYSTEM");
        Fields.constant(subject, "subject", "subject_manifest_ref", SUBJECT_MANIFEST_REF);
        measurementSet = measurements(Fields.array(json, "", "measurement_set"));
        intervalMs = Fields.integer(Fields.object(json, "", "schedule"), "schedule", "interval_ms", 250);
        Fields.constant(Fields.object(json, "", "drift_rules"), "drift_rules", "mode", "STRICT_HASH_MATCH");
        enforcementMapping = mapping(Fields.object(json, "", "enforcement_mapping"));
        JsonNode ttl = Fields.object(json, "", "ttl");
        ttlExpiresAt = Fields.bool(ttl, "ttl", "enabled")
                ? Optional.of(Fields.timestamp(ttl, "ttl", "expires_at"))
                : Optional.empty();
        requiredReceipts = eventTypes(json);
        JsonNode rules = Fields.object(json, "", "bundling_rules");
        includeMerkle = Fields.bool(rules, "bundling_rules", "include_merkle");
        includeAnchor = Fields.bool(rules, "bundling_rules", "include_anchor");
    }

    /** Validates {@code json} against seed 004 §6.1; does not check the id or signature. */
    public static PolicyArtifact fromJson(JsonNode json) throws SchemaException {
        return new PolicyArtifact(json);
    }

    public String policyId() { return policyId; }
    public String policyVersion() { return policyVersion; }
    public String createdAt() { return createdAt; }
    public SignerBlock issuer() { return issuer; }
    public List<MeasurementSpec> measurementSet() { return measurementSet; }
    public long intervalMs() { return intervalMs; }
    /** All three triggers, each with CONTINUE, QUARANTINE or KILL. */
    public Map<EnforcementTrigger, Action> enforcementMapping() { return enforcementMapping; }
    public Action actionFor(EnforcementTrigger trigger) { return enforcementMapping.get(trigger); }
    public boolean ttlEnabled() { return ttlExpiresAt.isPresent(); }
    public Optional<String> ttlExpiresAt() { return ttlExpiresAt; }
    public List<EventType> requiredReceipts() { return requiredReceipts; }
    public boolean includeMerkle() { return includeMerkle; }
    public boolean includeAnchor() { return includeAnchor; }

    /** An additive field this model does not know (for example a sentinel option), if present. */
    public Optional<JsonNode> extraField(String name) {
        JsonNode n = toJson().get(name);
        return Optional.ofNullable(n);
    }

    static SignerBlock signerBlock(JsonNode parent, String name) throws SchemaException {
        JsonNode s = Fields.object(parent, "", name);
        return new SignerBlock(
                Fields.base64(s, name, "public_key", 32),
                Fields.hex(s, name, "key_id", 16, 16),
                Fields.base64(s, name, "signature", 64));
    }

    private static String nonEmpty(JsonNode json, String name) throws SchemaException {
        String v = Fields.text(json, "", name);
        if (v.isEmpty()) {
            throw new SchemaException(name, "must not be empty");
        }
        return v;
    }

    private static List<MeasurementSpec> measurements(JsonNode arr) throws SchemaException {
        if (arr.size() == 0) {
            throw new SchemaException("measurement_set", "must list at least one file");
        }
        List<MeasurementSpec> out = new ArrayList<>(arr.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            MeasurementSpec spec = MeasurementSpec.fromJson(arr.get(i), "measurement_set[" + i + "]");
            if (!seen.add(spec.path())) {
                throw new SchemaException("measurement_set[" + i + "].path", "duplicate path " + spec.path());
            }
            out.add(spec);
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<EnforcementTrigger, Action> mapping(JsonNode m) throws SchemaException {
        Map<EnforcementTrigger, Action> out = new EnumMap<>(EnforcementTrigger.class);
        for (EnforcementTrigger t : EnforcementTrigger.values()) {
            Action a = Fields.enumValue(m, "enforcement_mapping", t.name(), Action.class);
            String field = "enforcement_mapping." + t.name();
            if (a == Action.NONE) {
                throw new SchemaException(field, "must be CONTINUE, QUARANTINE or KILL");
            }
            if (t == EnforcementTrigger.SIGNATURE_INVALID && a == Action.CONTINUE) {
                throw new SchemaException(field, "CONTINUE is forbidden for SIGNATURE_INVALID");
            }
            out.put(t, a);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<EventType> eventTypes(JsonNode json) throws SchemaException {
        List<String> names = Fields.strings(json, "", "required_receipts");
        List<EventType> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            EventType e = Fields.enumOf(names.get(i), "required_receipts[" + i + "]", EventType.class);
            if (out.contains(e)) {
                throw new SchemaException("required_receipts[" + i + "]", "duplicate " + e);
            }
            out.add(e);
        }
        return Collections.unmodifiableList(out);
    }
}
