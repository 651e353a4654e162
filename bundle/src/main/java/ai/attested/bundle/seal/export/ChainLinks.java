package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chain/links.json}: the chain slice of a VerifiedBundle, one {@code (seq, prev_seal_hash,
 * seal_hash)} per seal from the first exported seal to the last, consecutive. Seals between the
 * exported ones appear only as hashes (their names and descriptions stay in the vault).
 */
public record ChainLinks(List<Link> links) {
    public static final String FORMAT = "svault-chain-links/1";
    public static final String LINKS_INVALID = "CHAIN_LINKS_INVALID";
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    public record Link(long seq, String prevSealHash, String sealHash) {
        public Link {
            SealRules.seq("seq", seq);
            SealRules.sha256Hex("prev_seal_hash", prevSealHash);
            SealRules.sha256Hex("seal_hash", sealHash);
        }
    }

    public ChainLinks {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("links must not be empty");
        }
        for (int i = 1; i < links.size(); i++) {
            if (links.get(i).seq() != links.get(i - 1).seq() + 1) {
                throw new IllegalArgumentException("links must be consecutive seqs; " + links.get(i).seq() + " follows "
                        + links.get(i - 1).seq());
            }
        }
    }

    public long firstSeq() {
        return links.get(0).seq();
    }

    public long lastSeq() {
        return links.get(links.size() - 1).seq();
    }

    /** The link of {@code seq}; the caller checks that it is in range. */
    public Link link(long seq) {
        return links.get((int) (seq - firstSeq()));
    }

    public byte[] toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        ArrayNode a = o.putArray("links");
        for (Link l : links) {
            a.addObject().put("seq", l.seq()).put("prev_seal_hash", l.prevSealHash()).put("seal_hash", l.sealHash());
        }
        return PrettyJson.bytes(o);
    }

    public static ChainLinks fromJson(byte[] json) throws SealFormatException {
        if (json.length > MAX_BYTES) {
            throw new SealFormatException(LINKS_INVALID, "chain links: larger than " + MAX_BYTES + " bytes");
        }
        try {
            JsonNode t = StrictJson.parse(json, 8);
            if (!FORMAT.equals(t.path("format").textValue())) {
                throw new IllegalArgumentException("format must be " + FORMAT);
            }
            List<Link> links = new ArrayList<>();
            for (JsonNode l : Json.array(t, "links")) {
                links.add(new Link(Json.num(l, "seq"), Json.str(l, "prev_seal_hash"), Json.str(l, "seal_hash")));
            }
            return new ChainLinks(links);
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new SealFormatException(LINKS_INVALID, "chain links: " + e.getMessage());
        }
    }
}
