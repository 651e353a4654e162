package ai.attested.bundle.seal;

import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Seal ⇄ JSON tree mapping, including unknown (additive) fields kept as extensions. */
final class SealTrees {
    private static final Set<String> TOP = Set.of("format", "vault_id", "seq", "prev_seal_hash", "subject",
            "description", "operator", "device_time", "time_source", "signer", "seal_hash");
    private static final Set<String> SUBJECT = Set.of("kind", "name", "size_bytes", "sha256", "file_count", "hash_alg");
    private static final Set<String> TIME_SOURCE = Set.of("kind", "token", "tsa_time", "tsa_policy", "tsa_serial");
    private static final Set<String> SIGNER = Set.of("public_key", "key_id", "signature");
    private static final Set<String> NESTED = Set.of("subject", "time_source", "signer");

    private SealTrees() {
    }

    /** Everything the seal hash covers, before signature, time source and seal hash exist. */
    static ObjectNode draftTree(String format, String vaultId, long seq, String prevSealHash, SealSubject subject,
            String description, String operator, String deviceTime, String publicKey, String keyId) {
        ObjectNode o = SealCodec.newObject();
        o.put("format", format);
        o.put("vault_id", vaultId);
        o.put("seq", seq);
        o.put("prev_seal_hash", prevSealHash);
        ObjectNode s = o.putObject("subject");
        s.put("kind", subject.kind().name());
        s.put("name", subject.name());
        s.put("size_bytes", subject.sizeBytes());
        s.put("sha256", subject.sha256());
        if (subject.folder() != null) {
            s.put("file_count", subject.folder().fileCount());
            s.put("hash_alg", subject.folder().hashAlg());
        }
        o.put("description", description);
        o.put("operator", operator);
        o.put("device_time", deviceTime);
        ObjectNode signer = o.putObject("signer");
        signer.put("public_key", publicKey);
        signer.put("key_id", keyId);
        return o;
    }

    static ObjectNode timeSourceTree(TimeSource ts) {
        ObjectNode t = SealCodec.newObject();
        t.put("kind", ts.kind().name());
        if (ts.kind() == TimeSource.Kind.TSA) {
            t.put("token", ts.token());
            t.put("tsa_time", ts.tsaTime());
            t.put("tsa_policy", ts.tsaPolicy());
            t.put("tsa_serial", ts.tsaSerial());
        }
        return t;
    }

    static void insertExtensions(ObjectNode root, Map<String, String> extensions) {
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            String[] tokens = pointer(e.getKey());
            ObjectNode parent = tokens.length == 1 ? root : (ObjectNode) root.get(tokens[0]);
            String name = tokens[tokens.length - 1];
            if (parent == null || parent.has(name)) {
                throw new IllegalArgumentException("extension " + e.getKey() + " collides with a known field or has no parent");
            }
            try {
                parent.set(name, StrictJson.parse(e.getValue().getBytes(StandardCharsets.UTF_8)));
            } catch (JsonFormatException ex) {
                throw new IllegalArgumentException("extension " + e.getKey() + " is not JSON: " + ex.getMessage(), ex);
            }
        }
    }

    static Seal read(JsonNode tree) throws SealFormatException {
        if (tree == null || !tree.isObject()) {
            throw schema("a seal must be a JSON object");
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual()) {
            throw schema("format is required and must be a string");
        }
        if (!SealRules.FORMAT_V1.equals(format.textValue())) {
            throw new SealFormatException(SealFormatException.SEAL_FORMAT_UNSUPPORTED,
                    "seal format \"" + SealRules.clip(format.textValue()) + "\" is not supported; this reader knows " + SealRules.FORMAT_V1);
        }
        try {
            Map<String, String> ext = new TreeMap<>();
            collectUnknown(tree, "", TOP, ext);
            JsonNode s = object(tree, "subject");
            JsonNode t = object(tree, "time_source");
            JsonNode g = object(tree, "signer");
            collectUnknown(s, "subject", SUBJECT, ext);
            collectUnknown(t, "time_source", TIME_SOURCE, ext);
            collectUnknown(g, "signer", SIGNER, ext);
            return new Seal(format.textValue(), text(tree, "vault_id"), integer(tree, "seq"), text(tree, "prev_seal_hash"),
                    subject(s), text(tree, "description"), text(tree, "operator"), text(tree, "device_time"),
                    timeSource(t), new SealSigner(text(g, "signer.public_key", "public_key"), text(g, "signer.key_id", "key_id"),
                            text(g, "signer.signature", "signature")),
                    text(tree, "seal_hash"), ext);
        } catch (IllegalArgumentException e) {
            throw schema(e.getMessage());
        }
    }

    private static SealSubject subject(JsonNode s) {
        SubjectKind kind = enumValue(SubjectKind.class, text(s, "subject.kind", "kind"), "subject.kind");
        SealSubject.FolderInfo folder = null;
        if (s.has("file_count") || s.has("hash_alg")) {
            folder = new SealSubject.FolderInfo(integer(s, "subject.file_count", "file_count"), text(s, "subject.hash_alg", "hash_alg"));
        }
        return new SealSubject(kind, text(s, "subject.name", "name"), integer(s, "subject.size_bytes", "size_bytes"),
                text(s, "subject.sha256", "sha256"), folder);
    }

    private static TimeSource timeSource(JsonNode t) {
        TimeSource.Kind kind = enumValue(TimeSource.Kind.class, text(t, "time_source.kind", "kind"), "time_source.kind");
        return new TimeSource(kind, optText(t, "time_source.token", "token"), optText(t, "time_source.tsa_time", "tsa_time"),
                optText(t, "time_source.tsa_policy", "tsa_policy"), optText(t, "time_source.tsa_serial", "tsa_serial"));
    }

    private static void collectUnknown(JsonNode obj, String parent, Set<String> known, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!known.contains(f.getKey())) {
                String ptr = (parent.isEmpty() ? "" : "/" + parent) + "/" + escape(f.getKey());
                out.put(ptr, new String(CanonicalJson.canonicalize(f.getValue()), StandardCharsets.UTF_8));
            }
        }
    }

    private static String[] pointer(String ptr) {
        if (!ptr.startsWith("/")) {
            throw new IllegalArgumentException("extension key must be a JSON Pointer: " + ptr);
        }
        String[] raw = ptr.substring(1).split("/", -1);
        if (raw.length > 2 || (raw.length == 2 && !NESTED.contains(raw[0]))) {
            throw new IllegalArgumentException("extension pointer must name a top-level field or a field of subject, time_source or signer: " + ptr);
        }
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i].replace("~1", "/").replace("~0", "~");
        }
        return out;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode object(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(field + " is required and must be an object");
        }
        return v;
    }

    private static String text(JsonNode o, String field) {
        return text(o, field, field);
    }

    private static String text(JsonNode o, String path, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(path + " is required and must be a string");
        }
        return v.textValue();
    }

    private static String optText(JsonNode o, String path, String field) {
        return o.has(field) ? text(o, path, field) : null;
    }

    private static long integer(JsonNode o, String field) {
        return integer(o, field, field);
    }

    private static long integer(JsonNode o, String path, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(path + " is required and must be an integer");
        }
        return v.longValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(path + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static SealFormatException schema(String message) {
        return new SealFormatException(SealFormatException.SEAL_SCHEMA_INVALID, message);
    }
}
