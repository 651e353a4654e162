package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code run.json} in a run directory: what a later {@code --resume} needs to close the run. It is
 * not evidence (the receipts are) and never goes into a bundle.
 *
 * @param subject the governed process, once started: its command, pid and OS start instant (so a
 *                resume never signals a recycled pid)
 */
public record RunRecord(String runId, String policyId, Path policyFile, Path watchRoot, Path bundleOut,
                        String startedAt, boolean simulatedClock, Optional<Subject> subject) {

    public record Subject(List<String> command, long pid, Optional<String> startInstant) {
        public Subject {
            command = List.copyOf(command);
        }
    }

    public RunRecord withSubject(Subject s) {
        return new RunRecord(runId, policyId, policyFile, watchRoot, bundleOut, startedAt, simulatedClock, Optional.of(s));
    }

    ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("run_v", "1");
        o.put("run_id", runId);
        o.put("policy_id", policyId);
        o.put("policy_file", policyFile.toString());
        o.put("watch_root", watchRoot.toString());
        o.put("bundle_out", bundleOut.toString());
        o.put("started_at", startedAt);
        o.put("simulated_clock", simulatedClock);
        subject.ifPresent(s -> {
            ObjectNode n = o.putObject("subject");
            s.command().forEach(n.putArray("command")::add);
            n.put("pid", s.pid());
            s.startInstant().ifPresent(t -> n.put("start_instant", t));
        });
        return o;
    }

    static RunRecord fromJson(JsonNode o) {
        try {
            Optional<Subject> subject = Optional.empty();
            JsonNode s = o.get("subject");
            if (s != null) {
                List<String> cmd = new ArrayList<>();
                s.get("command").forEach(c -> cmd.add(c.asText()));
                JsonNode start = s.get("start_instant");
                subject = Optional.of(new Subject(cmd, s.get("pid").asLong(),
                        start == null ? Optional.empty() : Optional.of(start.asText())));
            }
            return new RunRecord(text(o, "run_id"), text(o, "policy_id"), Path.of(text(o, "policy_file")),
                    Path.of(text(o, "watch_root")), Path.of(text(o, "bundle_out")), text(o, "started_at"),
                    o.get("simulated_clock").asBoolean(), subject);
        } catch (NullPointerException e) {
            throw new AppException("RUN_DIR_INVALID", "run.json is missing a field; this is not a sentinel run directory.");
        }
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || !n.isTextual()) {
            throw new AppException("RUN_DIR_INVALID", "run.json has no " + name + "; this is not a sentinel run directory.");
        }
        return n.asText();
    }
}
