package ai.attested.crypto.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a tree from Jackson tokens under {@link StrictJson}'s rules, without recursion. One
 * top-level array member may be streamed: it stays an empty array in the tree and each element,
 * checked by the same rules, goes to a {@link StrictJson.ElementSink} as soon as it is complete.
 */
final class StrictTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser p;
    private final int maxDepth;
    private final String streamedMember;
    private final StrictJson.ElementSink sink;
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    /** The streamed member's (empty) array once its START_ARRAY is read; null before and when none. */
    private ArrayNode streamed;
    private int streamedCount;

    private StrictTreeReader(JsonParser p, int maxDepth, String streamedMember, StrictJson.ElementSink sink) {
        this.p = p;
        this.maxDepth = maxDepth;
        this.streamedMember = streamedMember;
        this.sink = sink;
    }

    /** The next value of {@code p}; {@code streamedMember} (null for none) goes element by element to {@code sink}. */
    static JsonNode read(JsonParser p, int maxDepth, String streamedMember, StrictJson.ElementSink sink)
            throws IOException, JsonFormatException {
        return new StrictTreeReader(p, maxDepth, streamedMember, sink).read();
    }

    private JsonNode read() throws IOException, JsonFormatException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonFormatException(JsonError.MALFORMED, "JSON input is empty");
        }
        while (true) {
            JsonNode completed = null;
            switch (t) {
                case START_OBJECT:
                case START_ARRAY:
                    if (open.size() >= maxDepth) {
                        throw new JsonFormatException(JsonError.TOO_DEEP, "JSON nests deeper than " + maxDepth + " levels");
                    }
                    ContainerNode<?> container = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    if (isStreamedMemberStart(t)) {
                        streamed = (ArrayNode) container;
                    }
                    if (!insideStreamed()) {
                        attach(container); // an element of the streamed array is handed over when complete instead
                    }
                    open.push(container);
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    completed = open.pop();
                    if (insideStreamed()) {
                        sink.element(streamedCount++, completed);
                    }
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
                    completed = scalar(t);
                    if (insideStreamed()) {
                        sink.element(streamedCount++, completed);
                    } else {
                        attach(completed);
                    }
                    break;
            }
            if (completed != null && open.isEmpty()) {
                return completed;
            }
            t = p.nextToken();
        }
    }

    /** An array opening directly as the streamed member of the root object. */
    private boolean isStreamedMemberStart(JsonToken t) {
        return streamedMember != null && streamed == null && t == JsonToken.START_ARRAY && open.size() == 1
                && open.peek() instanceof ObjectNode && streamedMember.equals(names.peek());
    }

    /** True when the innermost open container is the streamed array. */
    private boolean insideStreamed() {
        return streamed != null && open.peek() == streamed;
    }

    private void attach(JsonNode node) {
        ContainerNode<?> parent = open.peek();
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(names.pop(), node);
        } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).add(node);
        }
    }

    private JsonNode scalar(JsonToken t) throws IOException, JsonFormatException {
        switch (t) {
            case VALUE_STRING:
                String s = p.getText();
                requireNoLoneSurrogate(s);
                return NODES.textNode(s);
            case VALUE_NUMBER_INT:
                return integer();
            case VALUE_NUMBER_FLOAT:
                double d = p.getDoubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new JsonFormatException(JsonError.NON_FINITE_NUMBER, "JSON number " + shortText() + " is not a finite double");
                }
                if (StrictJson.printsAsUnsafeInteger(d)) {
                    throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE,
                            "JSON number " + shortText() + " is an integer beyond ±(2^53−1) (its canonical form has no exponent)");
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

    private JsonNode integer() throws IOException, JsonFormatException {
        String text = p.getText();
        int digits = text.startsWith("-") ? text.length() - 1 : text.length();
        if (digits > 16) {
            throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE, "JSON integer " + shortText() + " is outside ±(2^53−1)");
        }
        long v = Long.parseLong(text);
        if (v > StrictJson.MAX_SAFE_INTEGER || v < -StrictJson.MAX_SAFE_INTEGER) {
            throw new JsonFormatException(JsonError.INTEGER_OUT_OF_RANGE, "JSON integer " + text + " is outside ±(2^53−1)");
        }
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
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

    private String shortText() throws IOException {
        String text = p.getText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String printable(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
