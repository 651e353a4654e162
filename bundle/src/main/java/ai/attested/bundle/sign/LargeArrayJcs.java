package ai.attested.bundle.sign;

import ai.attested.crypto.json.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;

/**
 * JCS of an object with one very large array member (a 100,000-file manifest), built without the
 * whole document ever existing as one Java string: the rest of the object is canonicalized with a
 * placeholder, and the array is written element by element into the placeholder's place. The
 * bytes are exactly {@code CanonicalJson.canonicalize} of the object (JCS of an array is "[" + its
 * elements' JCS joined by "," + "]"); if the placeholder is not found exactly once, it falls back.
 */
final class LargeArrayJcs {
    private static final String PLACEHOLDER = "\u0001jcs-array-placeholder\u0001";

    private LargeArrayJcs() {}

    static byte[] withArray(JsonNode object, String member) {
        ObjectNode shallow = ((ObjectNode) object).objectNode();
        object.fields().forEachRemaining(e -> shallow.set(e.getKey(), e.getValue()));
        shallow.set(member, TextNode.valueOf(PLACEHOLDER));
        byte[] rest = CanonicalJson.canonicalize(shallow);
        byte[] marker = CanonicalJson.canonicalize(TextNode.valueOf(PLACEHOLDER));
        int at = indexOf(rest, marker, 0);
        if (at < 0 || indexOf(rest, marker, at + 1) >= 0) {
            return CanonicalJson.canonicalize(object);
        }
        JsonNode array = object.get(member);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rest.length + array.size() * 128);
        out.write(rest, 0, at);
        out.write('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            byte[] element = CanonicalJson.canonicalize(array.get(i));
            out.write(element, 0, element.length);
        }
        out.write(']');
        out.write(rest, at + marker.length, rest.length - at - marker.length);
        return out.toByteArray();
    }

    /**
     * JCS of {@code object} whose array member {@code member} is given as its elements' JCS joined
     * by commas ({@code elements[0, length)}) instead of as a tree. The placeholder is varied until
     * it occurs exactly once, so a document that happens to contain it still gets exact bytes.
     */
    static byte[] splice(JsonNode object, String member, byte[] elements, int length) {
        ObjectNode shallow = ((ObjectNode) object).objectNode();
        object.fields().forEachRemaining(e -> shallow.set(e.getKey(), e.getValue()));
        for (int n = 0; ; n++) {
            String placeholder = PLACEHOLDER + n;
            shallow.set(member, TextNode.valueOf(placeholder));
            byte[] rest = CanonicalJson.canonicalize(shallow);
            byte[] marker = CanonicalJson.canonicalize(TextNode.valueOf(placeholder));
            int at = indexOf(rest, marker, 0);
            if (at >= 0 && indexOf(rest, marker, at + 1) < 0) {
                byte[] out = new byte[rest.length - marker.length + length + 2];
                System.arraycopy(rest, 0, out, 0, at);
                out[at] = '[';
                System.arraycopy(elements, 0, out, at + 1, length);
                out[at + 1 + length] = ']';
                System.arraycopy(rest, at + marker.length, out, at + length + 2, rest.length - at - marker.length);
                return out;
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
