package ai.attested.bundle.seal;

import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** JSON form of {@link FolderListing}: {@code folder_files.json} beside a folder seal. */
public final class FolderListingCodec {
    /** Bound on the file read (about 300,000 files at typical path lengths). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private FolderListingCodec() {
    }

    public static ObjectNode toTree(FolderListing l) {
        ObjectNode o = SealCodec.newObject();
        o.put("format", FolderListing.FORMAT);
        o.put("name", l.name());
        o.put("hash_alg", PackageHash.ALGORITHM_ID);
        o.put("package_hash", l.packageHash());
        o.put("file_count", l.fileCount());
        o.put("total_bytes", l.totalBytes());
        ArrayNode files = o.putArray("files");
        for (FolderEntry e : l.files()) {
            files.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
        }
        ArrayNode skipped = o.putArray("skipped");
        for (FolderListing.Skipped s : l.skipped()) {
            skipped.addObject().put("path", s.path()).put("reason", s.reason().name());
        }
        return o;
    }

    public static byte[] toJson(FolderListing l) {
        return PrettyJson.bytes(toTree(l));
    }

    public static FolderListing fromJson(byte[] json) throws SealFormatException {
        if (json.length > MAX_BYTES) {
            throw invalid("a folder listing is at most " + MAX_BYTES + " bytes");
        }
        JsonNode t;
        try {
            t = StrictJson.parse(json, 8);
        } catch (JsonFormatException e) {
            throw invalid("not strict JSON (" + e.code() + "): " + e.getMessage());
        }
        try {
            if (!t.isObject() || !FolderListing.FORMAT.equals(t.path("format").textValue())) {
                throw new IllegalArgumentException("format must be " + FolderListing.FORMAT);
            }
            if (!PackageHash.ALGORITHM_ID.equals(t.path("hash_alg").textValue())) {
                throw new IllegalArgumentException("hash_alg must be " + PackageHash.ALGORITHM_ID);
            }
            List<FolderEntry> files = new ArrayList<>();
            for (JsonNode f : array(t, "files")) {
                files.add(new FolderEntry(str(f, "path"), num(f, "size"), str(f, "sha256")));
            }
            List<FolderListing.Skipped> skipped = new ArrayList<>();
            for (JsonNode s : array(t, "skipped")) {
                skipped.add(new FolderListing.Skipped(str(s, "path"), FolderListing.SkipReason.valueOf(str(s, "reason"))));
            }
            if (num(t, "file_count") != files.size()) {
                throw new IllegalArgumentException("file_count is not the number of files listed");
            }
            return new FolderListing(str(t, "name"), str(t, "package_hash"), num(t, "total_bytes"), files, skipped);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static JsonNode array(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        return v;
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return v.textValue();
    }

    private static long num(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return v.longValue();
    }

    private static SealFormatException invalid(String message) {
        return new SealFormatException(SealFormatException.FOLDER_LISTING_INVALID, "folder listing: " + message);
    }
}
