package ai.attested.crypto.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    /** Immutable once built and thread-safe; building one per call would redo its setup. */
    private static final JsonFactory DEFAULT_FACTORY = factory(DEFAULT_MAX_DEPTH);
    private static final int SMALL_DOCUMENT = 64 * 1024;

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

    /** Receives the elements of a streamed array member in order; each is a complete, strictly parsed value. */
    public interface ElementSink {
        void element(int index, JsonNode element);
    }

    /**
     * As {@link #parse(byte[])}, except that when the document is an object whose member
     * {@code member} is an array, that array's elements are not kept: each goes to {@code sink}
     * as soon as it is read, and the returned tree holds an empty array in its place. Every rule
     * and error code is the same as for {@link #parse(byte[])}, and an error anywhere in the
     * document still ends the parse with it (elements before it have then been handed over).
     * For documents with one very large array (a 100,000-file manifest) in bounded memory.
     */
    public static JsonNode parseStreamingMember(byte[] data, String member, ElementSink sink) throws JsonFormatException {
        return parseBytes(data, data.length, DEFAULT_MAX_DEPTH, member, sink);
    }

    private static JsonNode parseBytes(byte[] data, int length, int maxDepth) throws JsonFormatException {
        return parseBytes(data, length, maxDepth, null, null);
    }

    private static JsonNode parseBytes(byte[] data, int length, int maxDepth, String member, ElementSink sink)
            throws JsonFormatException {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        precheckBytes(data, length);
        JsonFactory factory = maxDepth == DEFAULT_MAX_DEPTH ? DEFAULT_FACTORY : factory(maxDepth);
        try (JsonParser p = createParser(factory, data, length)) {
            JsonNode root = StrictTreeReader.read(p, maxDepth, member, sink);
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

    /**
     * A parser over the (already validated) UTF-8. Small documents are decoded by the JDK first:
     * the byte path would decode through an InputStreamReader with its own buffers, which costs
     * more than the parse for a one-kilobyte receipt. Large ones stay bytes, so a 16 MB manifest
     * does not also exist as 32 MB of chars. Same characters either way, same parser.
     */
    private static JsonParser createParser(JsonFactory factory, byte[] data, int length) throws IOException {
        if (length <= SMALL_DOCUMENT) {
            char[] chars = new String(data, 0, length, StandardCharsets.UTF_8).toCharArray();
            return factory.createParser(chars, 0, chars.length);
        }
        return factory.createParser(data, 0, length);
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
}
