package ai.attested.bundle.sign;

import ai.attested.crypto.json.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The three canonical forms a receipt's checks hash or verify ({@link SigningRules#receiptIdBytes},
 * {@link SigningRules#receiptHashBytes}, {@link SigningRules#receiptSigningBytes}), from one
 * canonicalization of its members instead of three of the whole document. RFC 8785 writes an
 * object as its members sorted by key, each {@code key:value}, joined by commas, so each form is
 * the same member bytes with different members left out. {@code ReceiptFormsTest} holds the
 * results byte-identical to the three separate calls.
 */
public final class ReceiptForms {
    private final byte[] idBytes;
    private final byte[] hashBytes;
    private final byte[] signingBytes;

    private ReceiptForms(byte[] idBytes, byte[] hashBytes, byte[] signingBytes) {
        this.idBytes = idBytes;
        this.hashBytes = hashBytes;
        this.signingBytes = signingBytes;
    }

    /** The forms of {@code receipt}; any JSON value is accepted, as the three separate rules accept it. */
    public static ReceiptForms of(JsonNode receipt) {
        if (!(receipt instanceof ObjectNode)) {
            byte[] whole = CanonicalJson.canonicalize(receipt);
            return new ReceiptForms(whole, whole, whole);
        }
        List<Member> members = members(receipt);
        List<Member> withoutSignature = new ArrayList<>(members.size());
        List<Member> withoutSignatureOrHash = new ArrayList<>(members.size());
        for (Member m : members) {
            if (m.key.equals("signer")) {
                m = m.without("signature");
                withoutSignature.add(m);
                withoutSignatureOrHash.add(m);
            } else if (m.key.equals("chain")) {
                withoutSignature.add(m);
                withoutSignatureOrHash.add(m.without("this_receipt_hash"));
            } else {
                withoutSignature.add(m);
                withoutSignatureOrHash.add(m);
            }
        }
        List<Member> idMembers = new ArrayList<>(withoutSignatureOrHash);
        idMembers.removeIf(m -> m.key.equals("receipt_id"));
        return new ReceiptForms(object(idMembers), object(withoutSignatureOrHash), object(withoutSignature));
    }

    /** JCS(receipt − signer.signature − receipt_id − chain.this_receipt_hash). */
    public byte[] idBytes() {
        return idBytes.clone();
    }

    /** JCS(receipt − signer.signature − chain.this_receipt_hash). */
    public byte[] hashBytes() {
        return hashBytes.clone();
    }

    /** JCS(receipt − signer.signature). */
    public byte[] signingBytes() {
        return signingBytes.clone();
    }

    /** One member: its key, the canonical {@code "key":} prefix, and its value (canonical bytes, or members when an object). */
    private static final class Member {
        final String key;
        final byte[] prefix;
        final byte[] value;
        final List<Member> children;

        Member(String key, byte[] prefix, byte[] value, List<Member> children) {
            this.key = key;
            this.prefix = prefix;
            this.value = value;
            this.children = children;
        }

        /** This member with its object value's {@code childKey} left out; unchanged when there is none. */
        Member without(String childKey) {
            if (children == null || children.stream().noneMatch(c -> c.key.equals(childKey))) {
                return this;
            }
            List<Member> kept = new ArrayList<>(children);
            kept.removeIf(c -> c.key.equals(childKey));
            return new Member(key, prefix, object(kept), null);
        }
    }

    /** Members sorted by key as RFC 8785 sorts them (UTF-16 code units, which is String order). */
    private static List<Member> members(JsonNode object) {
        List<Member> out = new ArrayList<>(object.size());
        Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] prefix = prefix(e.getKey());
            JsonNode v = e.getValue();
            boolean nested = v instanceof ObjectNode && (e.getKey().equals("signer") || e.getKey().equals("chain"));
            out.add(nested ? new Member(e.getKey(), prefix, null, members(v))
                    : new Member(e.getKey(), prefix, value(v), null));
        }
        out.sort((a, b) -> a.key.compareTo(b.key));
        return out;
    }

    /** {@code "key":} in canonical form. */
    private static byte[] prefix(String key) {
        byte[] quoted = plainString(key);
        if (quoted == null) {
            quoted = CanonicalJson.canonicalize(TextNode.valueOf(key));
        }
        byte[] out = Arrays.copyOf(quoted, quoted.length + 1);
        out[quoted.length] = ':';
        return out;
    }

    /** A member value in canonical form: the common plain strings and ints directly, anything else through JCS. */
    private static byte[] value(JsonNode v) {
        if (v.isTextual()) {
            byte[] quoted = plainString(v.textValue());
            if (quoted != null) {
                return quoted;
            }
        } else if (v.isInt()) {
            return Integer.toString(v.intValue()).getBytes(StandardCharsets.US_ASCII); // an int is always within ±(2^53−1)
        }
        return CanonicalJson.canonicalize(v);
    }

    /**
     * {@code "s"} when {@code s} is printable ASCII without {@code "} or {@code \}: RFC 8785 then
     * escapes nothing. Null for any other string, which goes through JCS.
     */
    private static byte[] plainString(String s) {
        byte[] out = new byte[s.length() + 2];
        out[0] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return null;
            }
            out[i + 1] = (byte) c;
        }
        out[s.length() + 1] = '"';
        return out;
    }

    private static byte[] object(List<Member> members) {
        byte[][] values = new byte[members.size()][];
        int length = 2 + Math.max(0, members.size() - 1);
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            values[i] = m.value != null ? m.value : object(m.children);
            length += m.prefix.length + values[i].length;
        }
        byte[] out = new byte[length];
        int at = 0;
        out[at++] = '{';
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            byte[] prefix = members.get(i).prefix;
            System.arraycopy(prefix, 0, out, at, prefix.length);
            at += prefix.length;
            System.arraycopy(values[i], 0, out, at, values[i].length);
            at += values[i].length;
        }
        out[at] = '}';
        return out;
    }
}
