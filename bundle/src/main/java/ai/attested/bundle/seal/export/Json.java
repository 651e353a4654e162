package ai.attested.bundle.seal.export;

import com.fasterxml.jackson.databind.JsonNode;

/** Small typed getters for the bundle files' readers; each failure names the field. */
final class Json {
    private Json() {
    }

    static JsonNode array(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        return v;
    }

    static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return v.textValue();
    }

    static long num(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return v.longValue();
    }
}
