package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code subject/subject_manifest.json} (seed 004 §6.2): the baseline digest of every measured file,
 * in {@code measurement_set} order, and their composite hash.
 */
public final class SubjectManifest extends JsonDocument {
    /** One measured file; {@code lastModifiedAt} is informational only. */
    public record Entry(String path, String sha256, long sizeBytes, String lastModifiedAt) {}

    private final String subjectRootHint;
    private final List<Entry> entries;
    private final String compositeSubjectHash;

    private SubjectManifest(JsonNode json) throws SchemaException {
        super(json);
        Fields.requireObject(json);
        Fields.constant(json, "", "subject_v", "1");
        subjectRootHint = Fields.text(json, "", "subject_root_hint");
        JsonNode arr = Fields.array(json, "", "entries");
        List<Entry> list = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            String ctx = "entries[" + i + "]";
            JsonNode e = arr.get(i);
            if (!e.isObject()) {
                throw new SchemaException(ctx, "must be an object");
            }
            list.add(new Entry(
                    Fields.relativePath(e, ctx, "path"),
                    Fields.sha256Hex(e, ctx, "sha256"),
                    Fields.integer(e, ctx, "size_bytes", 0),
                    Fields.timestamp(e, ctx, "last_modified_at")));
        }
        entries = Collections.unmodifiableList(list);
        compositeSubjectHash = Fields.sha256Hex(json, "", "composite_subject_hash");
    }

    public static SubjectManifest fromJson(JsonNode json) throws SchemaException {
        return new SubjectManifest(json);
    }

    /** Builds and validates a manifest; the caller computes the composite ({@code CompositeHash}). */
    public static SubjectManifest of(String subjectRootHint, List<Entry> entries, String compositeSubjectHash)
            throws SchemaException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("subject_v", "1");
        o.put("subject_root_hint", subjectRootHint);
        ArrayNode arr = o.putArray("entries");
        for (Entry e : entries) {
            ObjectNode n = arr.addObject();
            n.put("path", e.path());
            n.put("sha256", e.sha256());
            n.put("size_bytes", e.sizeBytes());
            n.put("last_modified_at", e.lastModifiedAt());
        }
        o.put("composite_subject_hash", compositeSubjectHash);
        return fromJson(o);
    }

    public String subjectRootHint() { return subjectRootHint; }
    public List<Entry> entries() { return entries; }
    public String compositeSubjectHash() { return compositeSubjectHash; }
}
