package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An unsigned policy (seed 004 §6.1) before {@code PolicySigner} gives it an issuer, a
 * {@code policy_id} and a signature. Defaults: policy_version v0.1, TTL disabled, all five receipt
 * types required, no Merkle or anchor, every trigger mapped to KILL. Additive fields (such as a
 * sentinel's {@code watch} options) go in with {@link #extra(String, JsonNode)} and are signed too.
 */
public final class PolicyDraft {
    private String policyVersion = "v0.1";
    private final String createdAt;
    private final List<MeasurementSpec> measurementSet;
    private long intervalMs = 1000;
    private final Map<EnforcementTrigger, Action> mapping = new EnumMap<>(EnforcementTrigger.class);
    private String ttlExpiresAt;
    private List<EventType> requiredReceipts = Arrays.asList(EventType.values());
    private boolean includeMerkle;
    private boolean includeAnchor;
    private final Map<String, JsonNode> extra = new TreeMap<>();

    public PolicyDraft(String createdAt, List<MeasurementSpec> measurementSet) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.measurementSet = new ArrayList<>(measurementSet);
        for (EnforcementTrigger t : EnforcementTrigger.values()) {
            mapping.put(t, Action.KILL);
        }
    }

    public PolicyDraft policyVersion(String v) { this.policyVersion = v; return this; }
    public PolicyDraft intervalMs(long ms) { this.intervalMs = ms; return this; }
    public PolicyDraft enforce(EnforcementTrigger trigger, Action action) { mapping.put(trigger, action); return this; }
    /** Enables the TTL with this expiry (ISO 8601 UTC with milliseconds). */
    public PolicyDraft ttlExpiresAt(String expiresAt) { this.ttlExpiresAt = expiresAt; return this; }
    public PolicyDraft requiredReceipts(List<EventType> events) { this.requiredReceipts = new ArrayList<>(events); return this; }
    public PolicyDraft includeMerkle(boolean v) { this.includeMerkle = v; return this; }
    public PolicyDraft includeAnchor(boolean v) { this.includeAnchor = v; return this; }

    /** Adds a top-level additive field; it must not shadow a field of seed 004 §6.1. */
    public PolicyDraft extra(String name, JsonNode value) {
        if (toJsonWithoutExtra().has(name) || name.equals("policy_id") || name.equals("issuer")) {
            throw new IllegalArgumentException("not an additive field: " + name);
        }
        extra.put(name, value.deepCopy());
        return this;
    }

    /** The unsigned JSON: no {@code policy_id}, no {@code issuer} (the signer adds both). */
    public ObjectNode toJson() {
        ObjectNode o = toJsonWithoutExtra();
        extra.forEach((k, v) -> o.set(k, v.deepCopy()));
        return o;
    }

    private ObjectNode toJsonWithoutExtra() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("policy_v", "1");
        o.put("policy_version", policyVersion);
        o.put("created_at", createdAt);
        ObjectNode subject = o.putObject("subject");
        subject.put("subject_type", "FILESYSTEM");
        subject.put("subject_manifest_ref", PolicyArtifact.SUBJECT_MANIFEST_REF);
        ArrayNode set = o.putArray("measurement_set");
        measurementSet.forEach(m -> set.add(m.toJson()));
        o.putObject("schedule").put("interval_ms", intervalMs);
        o.putObject("drift_rules").put("mode", "STRICT_HASH_MATCH");
        ObjectNode m = o.putObject("enforcement_mapping");
        mapping.forEach((t, a) -> m.put(t.name(), a.name()));
        ObjectNode ttl = o.putObject("ttl");
        ttl.put("enabled", ttlExpiresAt != null);
        if (ttlExpiresAt != null) {
            ttl.put("expires_at", ttlExpiresAt);
        }
        ArrayNode req = o.putArray("required_receipts");
        requiredReceipts.forEach(e -> req.add(e.name()));
        ObjectNode rules = o.putObject("bundling_rules");
        rules.put("include_merkle", includeMerkle);
        rules.put("include_anchor", includeAnchor);
        return o;
    }
}
