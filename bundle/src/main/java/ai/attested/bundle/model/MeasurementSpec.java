package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One entry of a policy's {@code measurement_set} (seed 004 §6.1): a file and how to normalize it. */
public record MeasurementSpec(String path, LineEndings lineEndings, boolean trimTrailingWhitespace, ContentEncoding encoding) {
    public static final String TYPE = "FILE_DIGEST";

    public enum LineEndings { LF, CRLF, NONE }

    public enum ContentEncoding {
        UTF_8("UTF-8"),
        BINARY("BINARY");

        private final String json;

        ContentEncoding(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    public MeasurementSpec {
        if (!Fields.isSafeRelativePath(path)) {
            throw new IllegalArgumentException("measurement path must be a relative POSIX path: " + path);
        }
    }

    /** A file measured as raw bytes, no normalization. */
    public static MeasurementSpec binary(String path) {
        return new MeasurementSpec(path, LineEndings.NONE, false, ContentEncoding.BINARY);
    }

    static MeasurementSpec fromJson(JsonNode n, String ctx) throws SchemaException {
        if (!n.isObject()) {
            throw new SchemaException(ctx, "must be an object");
        }
        Fields.constant(n, ctx, "type", TYPE);
        String path = Fields.relativePath(n, ctx, "path");
        String nctx = ctx + ".normalize";
        JsonNode norm = Fields.object(n, ctx, "normalize");
        LineEndings le = Fields.enumValue(norm, nctx, "line_endings", LineEndings.class);
        boolean trim = Fields.bool(norm, nctx, "trim_trailing_whitespace");
        String enc = Fields.text(norm, nctx, "encoding");
        ContentEncoding encoding = null;
        for (ContentEncoding e : ContentEncoding.values()) {
            if (e.json().equals(enc)) {
                encoding = e;
            }
        }
        if (encoding == null) {
            throw new SchemaException(nctx + ".encoding", "must be UTF-8 or BINARY");
        }
        return new MeasurementSpec(path, le, trim, encoding);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", TYPE);
        o.put("path", path);
        ObjectNode norm = o.putObject("normalize");
        norm.put("line_endings", lineEndings.name());
        norm.put("trim_trailing_whitespace", trimTrailingWhitespace);
        norm.put("encoding", encoding.json());
        return o;
    }
}
