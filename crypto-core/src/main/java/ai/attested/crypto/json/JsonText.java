package ai.attested.crypto.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes a JSON tree the RFC 8785 way, compact (canonical) or indented (pretty). */
final class JsonText {
    private static final int MAX_DEPTH = 1000;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(256);
    private final boolean pretty;

    private JsonText(boolean pretty) {
        this.pretty = pretty;
    }

    static byte[] write(JsonNode node, boolean pretty) {
        JsonText writer = new JsonText(pretty);
        writer.value(node, 0);
        if (pretty) {
            writer.out.append('\n');
        }
        return writer.out.toString().getBytes(StandardCharsets.UTF_8);
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
                out.append(number(node));
                break;
            case BOOLEAN:
                out.append(node.booleanValue() ? "true" : "false");
                break;
            case NULL:
                out.append("null");
                break;
            default:
                throw new IllegalArgumentException("JSON node type " + node.getNodeType() + " has no JSON text form");
        }
    }

    private void object(JsonNode node, int depth) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            fields.add(it.next());
        }
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 §3.2.3 asks for.
        fields.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            string(fields.get(i).getKey());
            out.append(pretty ? ": " : ":");
            value(fields.get(i).getValue(), depth + 1);
        }
        if (!fields.isEmpty()) {
            newline(depth);
        }
        out.append('}');
    }

    private void array(JsonNode node, int depth) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(node.get(i), depth + 1);
        }
        if (node.size() > 0) {
            newline(depth);
        }
        out.append(']');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger v = node.bigIntegerValue();
            if (v.bitLength() > 53) {
                throw new IllegalArgumentException("integer " + v + " is outside ±(2^53−1) and cannot be canonicalized exactly");
            }
            return Long.toString(v.longValue());
        }
        double d = node.doubleValue();
        if (StrictJson.printsAsUnsafeInteger(d)) {
            throw new IllegalArgumentException("number " + d + " would print as an integer beyond ±(2^53−1), which strict parsers refuse");
        }
        return Es6Numbers.format(d);
    }

    /** RFC 8785 §3.2.2.2: escape only what JSON requires, with the short forms where they exist. */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("string holds a lone surrogate, which has no UTF-8 form");
                    } else {
                        out.append(c);
                    }
                    break;
            }
        }
        out.append('"');
    }
}
