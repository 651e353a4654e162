package ai.attested.bundle.model;

import ai.attested.bundle.zip.ZipPaths;
import ai.attested.crypto.Base64s;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Typed, validating reads of JSON fields. Every failure names the field as a dotted path.
 * Shared by the model classes; the schema rules of seed 004 §6 live here in one place.
 */
final class Fields {

    private Fields() {}

    static String path(String ctx, String name) {
        return ctx.isEmpty() ? name : ctx + "." + name;
    }

    static JsonNode object(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode n = present(parent, ctx, name);
        if (!n.isObject()) {
            throw new SchemaException(path(ctx, name), "must be an object");
        }
        return n;
    }

    static void requireObject(JsonNode doc) throws SchemaException {
        if (doc == null || !doc.isObject()) {
            throw new SchemaException("$", "document must be a JSON object");
        }
    }

    static JsonNode array(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode n = present(parent, ctx, name);
        if (!n.isArray()) {
            throw new SchemaException(path(ctx, name), "must be an array");
        }
        return n;
    }

    static String text(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode n = present(parent, ctx, name);
        if (!n.isTextual()) {
            throw new SchemaException(path(ctx, name), "must be a string");
        }
        return n.textValue();
    }

    static String constant(JsonNode parent, String ctx, String name, String expected) throws SchemaException {
        String v = text(parent, ctx, name);
        if (!v.equals(expected)) {
            throw new SchemaException(path(ctx, name), "must be \"" + expected + "\"");
        }
        return v;
    }

    static String hex(JsonNode parent, String ctx, String name, int minLen, int maxLen) throws SchemaException {
        String v = text(parent, ctx, name);
        if (v.length() < minLen || v.length() > maxLen || !isLowercaseHex(v)) {
            String len = minLen == maxLen ? String.valueOf(minLen) : minLen + "-" + maxLen;
            throw new SchemaException(path(ctx, name), "must be " + len + " lowercase hex characters");
        }
        return v;
    }

    /** [0-9a-f]+ without a regex: a verifier checks several such fields per receipt. */
    private static boolean isLowercaseHex(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    static String sha256Hex(JsonNode parent, String ctx, String name) throws SchemaException {
        return hex(parent, ctx, name, 64, 64);
    }

    /** Standard base64 that decodes to exactly {@code bytes} bytes and is in canonical form. */
    static String base64(JsonNode parent, String ctx, String name, int bytes) throws SchemaException {
        String v = text(parent, ctx, name);
        byte[] raw;
        try {
            raw = Base64s.decodeStd(v);
        } catch (IllegalArgumentException e) {
            throw new SchemaException(path(ctx, name), "must be standard base64");
        }
        // Round trip rejects missing padding and non-zero pad bits: one value, one spelling.
        if (raw.length != bytes || !Base64s.encodeStd(raw).equals(v)) {
            throw new SchemaException(path(ctx, name), "must be canonical standard base64 of " + bytes + " bytes");
        }
        return v;
    }

    static String timestamp(JsonNode parent, String ctx, String name) throws SchemaException {
        String v = text(parent, ctx, name);
        timestampMillis(v, ctx, name);
        return v;
    }

    /** Epoch milliseconds of a field already read as text; the same checks as {@link #timestamp}. */
    static long timestampMillis(String v, String ctx, String name) throws SchemaException {
        if (!Timestamps.hasShape(v)) {
            throw new SchemaException(path(ctx, name), "must be an ISO 8601 UTC timestamp like 2026-02-11T12:00:00.000Z");
        }
        long millis = Timestamps.epochMillis(v);
        if (millis == Long.MIN_VALUE) {
            throw new SchemaException(path(ctx, name), "is not a real date and time");
        }
        return millis;
    }

    static long integer(JsonNode parent, String ctx, String name, long min) throws SchemaException {
        JsonNode n = present(parent, ctx, name);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new SchemaException(path(ctx, name), "must be an integer");
        }
        long v = n.longValue();
        if (v < min) {
            throw new SchemaException(path(ctx, name), "must be at least " + min);
        }
        return v;
    }

    static boolean bool(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode n = present(parent, ctx, name);
        if (!n.isBoolean()) {
            throw new SchemaException(path(ctx, name), "must be true or false");
        }
        return n.booleanValue();
    }

    static <E extends Enum<E>> E enumValue(JsonNode parent, String ctx, String name, Class<E> type)
            throws SchemaException {
        return enumOf(text(parent, ctx, name), path(ctx, name), type);
    }

    static <E extends Enum<E>> E enumOf(String v, String field, Class<E> type) throws SchemaException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new SchemaException(field, "unknown value \"" + v + "\"");
    }

    static List<String> strings(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode arr = array(parent, ctx, name);
        List<String> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isTextual()) {
                throw new SchemaException(path(ctx, name) + "[" + i + "]", "must be a string");
            }
            out.add(arr.get(i).textValue());
        }
        return Collections.unmodifiableList(out);
    }

    /** A relative POSIX path: no leading slash, backslash, drive colon, empty, "." or ".." segment. */
    static String relativePath(JsonNode parent, String ctx, String name) throws SchemaException {
        String v = text(parent, ctx, name);
        if (!isSafeRelativePath(v)) {
            throw new SchemaException(path(ctx, name), "must be a relative POSIX path without '..'");
        }
        return v;
    }

    static boolean isSafeRelativePath(String v) {
        return ZipPaths.isSafe(v);
    }

    private static JsonNode present(JsonNode parent, String ctx, String name) throws SchemaException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            throw new SchemaException(path(ctx, name), "is missing");
        }
        return n;
    }
}
