package ai.attested.app.sentinel.policy;

import ai.attested.app.AppException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The additive {@code watch} object a minted policy carries (signed with the rest, ignored by
 * verifiers): where the watched folder is, whether a new file is drift, which files count, and the
 * baseline composite the subject manifest must have. A policy without it watches the folder given
 * on the command line, treats new files as drift and does not bind the manifest.
 *
 * @param root                  the folder, relative to the policy file's directory (or absolute)
 * @param newFilesAreDrift      {@code new_files}: DRIFT (true) or IGNORE (false)
 * @param include               globs over relative paths; empty means every file
 * @param baselineCompositeHash {@code baseline_composite_hash}, empty when absent
 */
public record WatchSettings(Optional<String> root, boolean newFilesAreDrift, List<String> include,
                            Optional<String> baselineCompositeHash) {
    public static final String FIELD = "watch";

    public WatchSettings {
        include = List.copyOf(include);
    }

    /** Settings of a policy minted without a watch object. */
    public static WatchSettings absent() {
        return new WatchSettings(Optional.empty(), true, List.of(), Optional.empty());
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        root.ifPresent(r -> o.put("root", r));
        o.put("new_files", newFilesAreDrift ? "DRIFT" : "IGNORE");
        include.forEach(o.putArray("include")::add); // the receiver runs once: an empty list gives []
        baselineCompositeHash.ifPresent(h -> o.put("baseline_composite_hash", h));
        return o;
    }

    /** Reads the object; a malformed one is POLICY_SCHEMA_INVALID (it is signed, so it must be exact). */
    public static WatchSettings fromJson(JsonNode w) {
        if (!w.isObject()) {
            throw bad("must be an object");
        }
        Optional<String> root = optionalText(w, "root");
        String newFiles = optionalText(w, "new_files").orElse("DRIFT");
        if (!newFiles.equals("DRIFT") && !newFiles.equals("IGNORE")) {
            throw bad("new_files must be DRIFT or IGNORE");
        }
        List<String> include = new ArrayList<>();
        JsonNode inc = w.get("include");
        if (inc != null) {
            if (!inc.isArray()) {
                throw bad("include must be an array of globs");
            }
            for (JsonNode g : inc) {
                if (!g.isTextual() || g.asText().isEmpty()) {
                    throw bad("include must hold non-empty strings");
                }
                include.add(g.asText());
            }
        }
        Optional<String> baseline = optionalText(w, "baseline_composite_hash");
        if (baseline.isPresent() && !baseline.get().matches("[0-9a-f]{64}")) {
            throw bad("baseline_composite_hash must be 64 lowercase hex characters");
        }
        return new WatchSettings(root, newFiles.equals("DRIFT"), include, baseline);
    }

    private static Optional<String> optionalText(JsonNode w, String name) {
        JsonNode n = w.get(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw bad(name + " must be a string");
        }
        return Optional.of(n.asText());
    }

    private static AppException bad(String why) {
        return new AppException("POLICY_SCHEMA_INVALID", "The policy's watch object is malformed: " + why + ".");
    }
}
