package ai.attested.verifier;

import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of verifying one bundle: status lines in a fixed order, the verdict, and every
 * finding in check order. Rendered as text (DESIGN.md §2.2) or as JSON with a {@code report_hash};
 * both depend only on the bundle's bytes (no clock, no input path).
 */
public final class VerificationReport {
    /** One status line, e.g. {@code receipts: OK (7/7)}. */
    public record Line(String name, String value) {}

    private final String kind;
    private final List<Line> lines;
    private final Verdict verdict;
    private final List<Finding> findings;
    private final JsonNode details;

    public VerificationReport(String kind, List<Line> lines, Verdict verdict, List<Finding> findings, JsonNode details) {
        this.kind = kind;
        this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
        this.verdict = verdict;
        this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
        this.details = details == null ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
    }

    /** A report for input that is not a readable bundle at all: verdict ERROR, one finding. */
    public static VerificationReport error(Finding f) {
        return new VerificationReport("UNKNOWN", List.of(), Verdict.ERROR, List.of(f), null);
    }

    public String kind() { return kind; }
    public List<Line> lines() { return lines; }
    public Verdict verdict() { return verdict; }
    public List<Finding> findings() { return findings; }
    public int exitCode() { return verdict.exitCode(); }

    /** The value of a status line, e.g. {@code line("drift")}; empty string when absent. */
    public String line(String name) {
        for (Line l : lines) {
            if (l.name().equals(name)) {
                return l.value();
            }
        }
        return "";
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.name()).append(": ").append(l.value()).append('\n');
        }
        b.append("overall: ").append(verdict.name()).append('\n');
        for (Finding f : findings) {
            b.append(f.line()).append('\n');
        }
        return b.toString();
    }

    /** The report as JSON with {@code report_hash} = SHA-256(JCS(report − report_hash)). */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("report_v", "1");
        o.put("kind", kind);
        ArrayNode checks = o.putArray("checks");
        for (Line l : lines) {
            checks.addObject().put("name", l.name()).put("value", l.value());
        }
        o.put("overall", verdict.name());
        o.put("exit_code", verdict.exitCode());
        ArrayNode arr = o.putArray("findings");
        for (Finding x : findings) {
            ObjectNode n = arr.addObject();
            n.put("step", "V" + x.step());
            n.put("code", x.code());
            x.path().ifPresent(p -> n.put("path", p));
            n.put("message", x.message());
        }
        o.set("details", details.deepCopy());
        o.put("report_hash", Sha256.hex(CanonicalJson.canonicalize(o)));
        return o;
    }

    public byte[] toJsonBytes() {
        return PrettyJson.bytes(toJson());
    }

    public byte[] toTextBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /** Details as a map-like JSON object (bundle-kind specific: ids, drift and enforcement receipts). */
    public JsonNode details() {
        return details.deepCopy();
    }
}
