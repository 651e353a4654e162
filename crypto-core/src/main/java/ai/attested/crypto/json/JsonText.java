package ai.attested.crypto.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree the RFC 8785 way, compact (canonical) or indented (pretty), straight into
 * UTF-8 bytes: no intermediate string, and plain ASCII runs cost one byte store per character
 * (a verifier canonicalizes tens of thousands of small documents).
 */
final class JsonText {
    private static final int MAX_DEPTH = 1000;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] out = new byte[256];
    private int length;
    private final boolean pretty;

    private JsonText(boolean pretty) {
        this.pretty = pretty;
    }

    static byte[] write(JsonNode node, boolean pretty) {
        JsonText writer = new JsonText(pretty);
        writer.value(node, 0);
        if (pretty) {
            writer.put('\n');
        }
        return Arrays.copyOf(writer.out, writer.length);
    }

    private void value(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON tree nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (node.getNodeType()) {
            case OBJECT:
                object(node, depth);
                break;
            case ARRAY:
                array(node, depth);
                break;
            case STRING:
                string(node.textValue());
                break;
            case NUMBER:
                ascii(number(node));
                break;
            case BOOLEAN:
                ascii(node.booleanValue() ? "true" : "false");
                break;
            case NULL:
                ascii("null");
                break;
            default:
                throw new IllegalArgumentException("JSON node type " + node.getNodeType() + " has no JSON text form");
        }
    }

    private void object(JsonNode node, int depth) {
        int n = node.size();
        String[] keys = new String[n];
        JsonNode[] values = new JsonNode[n];
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        for (int i = 0; i < n; i++) {
            Map.Entry<String, JsonNode> e = it.next();
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
        sortByKey(keys, values);
        put('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                put(',');
            }
            newline(depth + 1);
            string(keys[i]);
            if (pretty) {
                ascii(": ");
            } else {
                put(':');
            }
            value(values[i], depth + 1);
        }
        if (n > 0) {
            newline(depth);
        }
        put('}');
    }

    /**
     * String.compareTo compares UTF-16 code units, exactly the order RFC 8785 §3.2.3 asks for.
     * Insertion sort: objects have a handful of members, and this small loop keeps the compiled
     * writer small (a verifier's JVM lives for seconds, so compiling it is a real share of the work).
     */
    private static void sortByKey(String[] keys, JsonNode[] values) {
        for (int i = 1; i < keys.length; i++) {
            String k = keys[i];
            JsonNode v = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(k) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }

    private void array(JsonNode node, int depth) {
        put('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                put(',');
            }
            newline(depth + 1);
            value(node.get(i), depth + 1);
        }
        if (node.size() > 0) {
            newline(depth);
        }
        put(']');
    }

    private void newline(int depth) {
        if (pretty) {
            put('\n');
            for (int i = 0; i < depth; i++) {
                ascii("  ");
            }
        }
    }

    static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            if (node.canConvertToLong()) {
                long v = node.longValue();
                // BigInteger.bitLength of v, without the BigInteger: bits beyond the sign.
                if (64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v) > 53) {
                    throw new IllegalArgumentException("integer " + v + " is outside ±(2^53−1) and cannot be canonicalized exactly");
                }
                return Long.toString(v);
            }
            BigInteger v = node.bigIntegerValue();
            throw new IllegalArgumentException("integer " + v + " is outside ±(2^53−1) and cannot be canonicalized exactly");
        }
        double d = node.doubleValue();
        if (StrictJson.printsAsUnsafeInteger(d)) {
            throw new IllegalArgumentException("number " + d + " would print as an integer beyond ±(2^53−1), which strict parsers refuse");
        }
        return Es6Numbers.format(d);
    }

    /** RFC 8785 §3.2.2.2: escape only what JSON requires, with the short forms where they exist; then UTF-8. */
    private void string(String s) {
        ensure(s.length() * 3 + 2); // UTF-8 needs at most 3 bytes per UTF-16 unit; escapes are handled by put()
        out[length++] = '"';
        int i = 0;
        // The common case, printable ASCII that needs no escape, in a loop of its own.
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            out[length++] = (byte) c;
        }
        if (i < s.length()) {
            stringRest(s, i);
        }
        put('"');
    }

    private void stringRest(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                put(c);
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                put(0xc0 | c >> 6);
                put(0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xf0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3f);
                put(0x80 | cp >> 6 & 0x3f);
                put(0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("string holds a lone surrogate, which has no UTF-8 form");
            } else {
                put(0xe0 | c >> 12);
                put(0x80 | c >> 6 & 0x3f);
                put(0x80 | c & 0x3f);
            }
        }
    }

    private void escape(char c) {
        switch (c) {
            case '"':
                ascii("\\\"");
                break;
            case '\\':
                ascii("\\\\");
                break;
            case '\b':
                ascii("\\b");
                break;
            case '\f':
                ascii("\\f");
                break;
            case '\n':
                ascii("\\n");
                break;
            case '\r':
                ascii("\\r");
                break;
            case '\t':
                ascii("\\t");
                break;
            default:
                ascii("\\u00");
                put(HEX[c >> 4]);
                put(HEX[c & 0xf]);
                break;
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            out[length++] = (byte) s.charAt(i);
        }
    }

    private void put(int b) {
        if (length == out.length) {
            ensure(1);
        }
        out[length++] = (byte) b;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
