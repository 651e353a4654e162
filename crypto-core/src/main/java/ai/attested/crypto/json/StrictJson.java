package ai.attested.crypto.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A hostile-input JSON parser: the I-JSON subset that canonical JSON (RFC 8785) can represent.
 *
 * <p>Refuses, each with its own {@link JsonError}: invalid UTF-8 (checked on the raw bytes, as
 * Jackson alone lets some through), a leading byte-order mark, duplicate keys, NaN/Infinity,
 * integers beyond ±(2^53−1), content after the value, nesting deeper than the bound, and input
 * longer than the byte bound. The tree is built without recursion, so depth costs no stack.
 * Integers become int/long nodes; every other number becomes a double node.
 */
public final class StrictJson {
    /** Default bound on nested arrays/objects. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Largest integer magnitude an IEEE double holds exactly: 2^53 − 1. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Immutable once built and thread-safe; building one per call would redo its setup. */
    private static final JsonFactory DEFAULT_FACTORY = factory(DEFAULT_MAX_DEPTH);

    private StrictJson() {
    }

    /** Parses a complete in-memory document with the default depth bound. */
    public static JsonNode parse(byte[] data) throws JsonFormatException {
        return parse(data, DEFAULT_MAX_DEPTH);
    }

    /** Parses a complete in-memory document with the given depth bound. */
    public static JsonNode parse(byte[] data, int maxDepth) throws JsonFormatException {
        return parseBytes(data, data.length, maxDepth);
    }

    /**
     * Reads at most {@code maxBytes} from {@code in} and parses them. Longer input is
     * {@link JsonError#TOO_LARGE} (detected after reading {@code maxBytes + 1} bytes, never more).
     * Does not close the stream.
     */
    public static JsonNode parse(InputStream in, long maxBytes) throws JsonFormatException, IOException {
        return parse(in, maxBytes, DEFAULT_MAX_DEPTH);
    }

    /** As {@link #parse(InputStream, long)} with an explicit depth bound. */
    public static JsonNode parse(InputStream in, long maxBytes, int maxDepth) throws JsonFormatException, IOException {
        if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 0 and 2^31-17");
        }
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    break;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) buffer.length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length > maxBytes) {
            throw new JsonFormatException(JsonError.TOO_LARGE, "JSON input is longer than the limit of " + maxBytes + " bytes");
        }
        return parseBytes(buffer, length, maxDepth);
    }

    private static JsonNode parseBytes(byte[] data, int length, int maxDepth) throws JsonFormatException {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        precheckBytes(data, length);
        JsonFactory factory = maxDepth == DEFAULT_MAX_DEPTH ? DEFAULT_FACTORY : factory(maxDepth);
        try (JsonParser p = factory.createParser(data, 0, length)) {
            JsonNode root = readValue(p, maxDepth);
            rejectTrailing(p);
            return root;
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException(JsonError.MALFORMED, "JSON input exceeds a parser limit: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException(JsonError.MALFORMED, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonFormatException(JsonError.MALFORMED, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void precheckBytes(byte[] data, int length) throws JsonFormatException {
        if (length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            throw new JsonFormatException(JsonError.MALFORMED, "JSON input starts with a byte-order mark");
        }
        int bad = Utf8Check.firstInvalid(data, length);
        if (bad >= 0) {
            throw new JsonFormatException(JsonError.INVALID_UTF8, "JSON input is not valid UTF-8 at byte offset " + bad);
        }
        for (int i = 0; i < Math.min(length, 4); i++) {
            if (data[i] == 0) {
                // Jackson would read a NUL among the first 4 bytes as a sign of UTF-16/32; JSON text never starts so.
                throw new JsonFormatException(JsonError.MALFORMED, "JSON input contains a NUL byte at offset " + i);
            }
        }
    }

    private static JsonFactory factory(int maxDepth) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(Math.min(maxDepth, Integer.MAX_VALUE - 8) + 8) // our own check fires first, with TOO_DEEP
                .maxNumberLength(Integer.MAX_VALUE) // integers are length-checked before conversion
                .maxStringLength(Integer.MAX_VALUE) // input size is bounded by the caller
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .build();
        return JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN/Infinity get their own code
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .streamReadConstraints(limits)
                .build();
    }

    private static JsonNode readValue(JsonParser p, int maxDepth) throws IOException, JsonFormatException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonFormatException(JsonError.MALFORMED, "JSON input is empty");
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        while (true) {
            JsonNode completed = null;
            switch (t) {
                case START_OBJECT:
                case START_ARRAY:
                    if (open.size() >= maxDepth) {
                        throw new JsonFormatException(JsonError.TOO_DEEP, "JSON nests deeper than " + maxDepth + " levels");
                    }
                    ContainerNode<?> container = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    attach(open, names, container);
                    open.push(container);
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    completed = open.pop();
                    break;
                case FIELD_NAME:
                    String name = p.currentName();
                    requireNoLoneSurrogate(name);
                    if (((ObjectNode) open.peek()).has(name)) {
                        throw new JsonFormatException(JsonError.DUPLICATE_KEY, "JSON object has the key \"" + printable(name) + "\" twice");
                    }
                    names.push(name);
                    break;
                default:
                    completed = scalar(p, t);
                    attach(open, names, completed);
                    break;
            }
            if (completed != null && open.isEmpty()) {
                return completed;
            }
            t = p.nextToken();
        }
    }

    private static void attach(Deque<ContainerNode<?>> open, Deque<String> names, JsonNode node) {
        ContainerNode<?> parent = open.peek();
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(names.pop(), node);
        } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).add(node);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException, JsonFormatException {
        switch (t) {
            case VALUE_STRING:
                String s = p.getText();
                requireNoLoneSurrogate(s);
                return NODES.textNode(s);
            case VALUE_NUMBER_INT:
                return integer(p);
            case VALUE_NUMBER_FLOAT:
                double d = p.getDoubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new JsonFormatException(JsonError.NON_FINITE_NUMBER, "JSON number " + shortText(p) + " is not a finite double");
                }
                if (printsAsUnsafeInteger(d)) {
                    throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE,
                            "JSON number " + shortText(p) + " is an integer beyond ±(2^53−1) (its canonical form has no exponent)");
                }
                return NODES.numberNode(d);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonFormatException(JsonError.MALFORMED, "unexpected JSON token " + t);
        }
    }

    private static JsonNode integer(JsonParser p) throws IOException, JsonFormatException {
        String text = p.getText();
        int digits = text.startsWith("-") ? text.length() - 1 : text.length();
        if (digits > 16) {
            throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE, "JSON integer " + shortText(p) + " is outside ±(2^53−1)");
        }
        long v = Long.parseLong(text);
        if (v > MAX_SAFE_INTEGER || v < -MAX_SAFE_INTEGER) {
            throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE, "JSON integer " + text + " is outside ±(2^53−1)");
        }
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    /**
     * True for doubles in [2^53, 10^21) by magnitude: ECMAScript prints them as plain integers
     * beyond ±(2^53−1), so their canonical text would be refused by this parser. Refusing them
     * here and in {@link CanonicalJson} keeps "parse, canonicalize, parse" total.
     */
    static boolean printsAsUnsafeInteger(double d) {
        double a = Math.abs(d);
        return a > MAX_SAFE_INTEGER && a < 1e21;
    }

    private static void rejectTrailing(JsonParser p) throws JsonFormatException {
        JsonToken next;
        try {
            next = p.nextToken();
        } catch (IOException e) {
            throw new JsonFormatException(JsonError.TRAILING_CONTENT, "JSON input has content after the value", e);
        }
        if (next != null) {
            throw new JsonFormatException(JsonError.TRAILING_CONTENT, "JSON input has content after the value");
        }
    }

    private static void requireNoLoneSurrogate(String s) throws JsonFormatException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JsonFormatException(JsonError.INVALID_UTF8, "JSON string escapes a lone surrogate, which has no UTF-8 form");
            }
        }
    }

    private static String shortText(JsonParser p) throws IOException {
        String text = p.getText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String printable(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
