package ai.attested.bundle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Schema validation of seed 004 §6: every rejection names the offending field. */
class SchemaTest {
    private final JsonNode receipt = SampleRun.receipts(SampleRun.policy(TestKeys.tvSig001()), TestKeys.tvSig001())
            .get(5).toJson();
    private final JsonNode policy = SampleRun.policy(TestKeys.tvSig001()).toJson();

    private static JsonNode edit(JsonNode doc, Consumer<ObjectNode> change) {
        ObjectNode copy = doc.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static void assertReceiptField(JsonNode bad, String field) {
        assertThatThrownBy(() -> Receipt.fromJson(bad)).isInstanceOfSatisfying(SchemaException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertPolicyField(JsonNode bad, String field) {
        assertThatThrownBy(() -> PolicyArtifact.fromJson(bad)).isInstanceOfSatisfying(SchemaException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aSealedReceiptParsesWithItsTypedFields() throws Exception {
        Receipt r = Receipt.fromJson(receipt);
        assertThat(r.counter()).isEqualTo(6);
        assertThat(r.eventType()).isEqualTo(EventType.ENFORCED);
        assertThat(r.decision().action()).isEqualTo(Action.KILL);
        assertThat(r.decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(r.measurement().mismatchedPaths()).containsExactly("config/app.yaml");
        assertThat(r.toJson()).isEqualTo(receipt);
    }

    @Test
    void receiptRejectionsNameTheField() {
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("decision")).remove("action")), "decision.action");
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("decision")).put("action", "EXPLODE")), "decision.action");
        assertReceiptField(edit(receipt, o -> o.put("counter", 0)), "counter");
        assertReceiptField(edit(receipt, o -> o.put("counter", 1.5)), "counter");
        assertReceiptField(edit(receipt, o -> o.put("counter", "6")), "counter");
        assertReceiptField(edit(receipt, o -> o.put("timestamp", "2026-02-11T12:00:00Z")), "timestamp");
        assertReceiptField(edit(receipt, o -> o.put("timestamp", "2026-02-30T12:00:00.000Z")), "timestamp");
        assertReceiptField(edit(receipt, o -> o.put("run_id", "ABCDEF0123456789")), "run_id");
        assertReceiptField(edit(receipt, o -> o.put("run_id", "abc")), "run_id");
        assertReceiptField(edit(receipt, o -> o.put("receipt_v", "2")), "receipt_v");
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("chain")).put("prev_receipt_hash", "00")),
                "chain.prev_receipt_hash");
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("measurement")).putArray("mismatched_paths").add(3)),
                "measurement.mismatched_paths[0]");
        assertReceiptField(edit(receipt, o -> o.putArray("signer")), "signer");
        assertReceiptField(edit(receipt, o -> o.remove("policy")), "policy");
    }

    @Test
    void nonCanonicalBase64IsRejectedSoOneSignatureHasOneSpelling() {
        String sig = receipt.get("signer").get("signature").textValue();
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("signer")).put("signature", sig.replace("=", ""))),
                "signer.signature");
        String key = receipt.get("signer").get("public_key").textValue();
        // 32 bytes use 43 base64 digits: the low 2 bits of digit 43 are padding; setting one decodes the same.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int digit = alphabet.indexOf(key.charAt(42)) ^ 1;
        String flipped = key.substring(0, 42) + alphabet.charAt(digit) + "=";
        assertReceiptField(edit(receipt, o -> ((ObjectNode) o.get("signer")).put("public_key", flipped)),
                "signer.public_key");
    }

    @Test
    void policyRejectionsNameTheField() {
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("schedule")).put("interval_ms", 249)), "schedule.interval_ms");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("enforcement_mapping")).put("SIGNATURE_INVALID", "CONTINUE")),
                "enforcement_mapping.SIGNATURE_INVALID");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("enforcement_mapping")).put("DRIFT_DETECTED", "NONE")),
                "enforcement_mapping.DRIFT_DETECTED");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("ttl")).put("enabled", true)), "ttl.expires_at");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("measurement_set").get(1)).put("path", "config/app.yaml")),
                "measurement_set[1].path");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("measurement_set").get(0)).put("path", "../etc/passwd")),
                "measurement_set[0].path");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("measurement_set").get(0).get("normalize")).put("encoding", "UTF-16")),
                "measurement_set[0].normalize.encoding");
        assertPolicyField(edit(policy, o -> o.putArray("required_receipts").add("ENFORCED").add("ENFORCED")),
                "required_receipts[1]");
        assertPolicyField(edit(policy, o -> ((ObjectNode) o.get("subject")).put("subject_manifest_ref", "x.json")),
                "subject.subject_manifest_ref");
        assertPolicyField(edit(policy, o -> o.putArray("measurement_set")), "measurement_set");
    }

    @Test
    void unknownFieldsAreKeptVerbatim() throws Exception {
        JsonNode withExtra = edit(receipt, o -> ((ObjectNode) o.get("decision")).put("operator_note", "ok"));
        assertThat(Receipt.fromJson(withExtra).toJson()).isEqualTo(withExtra);
        assertThat(Receipt.fromJson(withExtra)).isNotEqualTo(Receipt.fromJson(receipt));
    }

    @Test
    void documentIsNeverMutatedThroughTheModel() throws Exception {
        Receipt r = Receipt.fromJson(receipt);
        ((ObjectNode) r.toJson()).put("counter", 99);
        assertThat(r.toJson().get("counter").asLong()).isEqualTo(6);
    }

    @Test
    void nonObjectDocumentsAreRejected() {
        assertThatThrownBy(() -> ChainHead.fromJson(receipt.get("counter"))).isInstanceOfSatisfying(SchemaException.class,
                e -> assertThat(e.field()).isEqualTo("$"));
    }
}
