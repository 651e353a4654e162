package ai.attested.bundle.sign;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ReceiptForms} gives byte for byte what the three separate {@link SigningRules} calls give. */
class ReceiptFormsTest {
    private static void assertSameAsSigningRules(JsonNode receipt) {
        ReceiptForms forms = ReceiptForms.of(receipt);
        assertThat(forms.idBytes()).as("id of %s", receipt).isEqualTo(SigningRules.receiptIdBytes(receipt));
        assertThat(forms.hashBytes()).as("hash of %s", receipt).isEqualTo(SigningRules.receiptHashBytes(receipt));
        assertThat(forms.signingBytes()).as("signing of %s", receipt).isEqualTo(SigningRules.receiptSigningBytes(receipt));
    }

    private static List<JsonNode> goldenReceipts() {
        List<JsonNode> out = new ArrayList<>();
        for (Receipt r : SampleRun.receipts(SampleRun.policy(SampleRun.key()), SampleRun.key())) {
            out.add(r.toJson());
        }
        return out;
    }

    @Test
    void everyGoldenReceipt() {
        List<JsonNode> receipts = goldenReceipts();
        assertThat(receipts).hasSizeGreaterThan(5);
        receipts.forEach(ReceiptFormsTest::assertSameAsSigningRules);
    }

    @Test
    void unusualShapesAndKeys() throws Exception {
        String[] docs = {
            "{}", "[]", "1", "\"text\"", "null",
            "{\"signer\":\"not an object\",\"chain\":7,\"receipt_id\":\"x\"}",
            "{\"signer\":{},\"chain\":{}}",
            "{\"signer\":{\"signature\":null},\"chain\":{\"this_receipt_hash\":[1,{\"b\":2,\"a\":1}]}}",
            "{\"signer\":{\"signature\":\"s\",\"signer\":{\"signature\":\"inner\"}},\"chain\":{\"chain\":{\"this_receipt_hash\":1},\"this_receipt_hash\":2}}",
            "{\"receipt_id\":\"r\",\"receipt_ic\":1,\"receipt_idz\":2,\"Receipt_id\":3,\"\\u00e9\":4,\"\\ud83d\\ude00\":5,\"\\uff61\":6}",
            "{\"q\\\"uote\":1,\"back\\\\slash\":2,\"ctl\\u0001\":3,\"tab\\t\":4,\"del\\u007f\":5,\"signer\":{\"sign\\\"ature\":1,\"signature\":2}}",
            "{\"details\":\"a\\\"b\\\\c\\u00e9\\u0001~\\u007f\",\"n\":-2147483648,\"m\":2147483648,\"signer\":{\"key_id\":\"\\u2028\"}}",
            "{\"a\":1.5,\"b\":-0.0,\"c\":1e21,\"d\":9007199254740991,\"e\":\"\\u2028\",\"chain\":{\"prev_receipt_hash\":\"p\",\"this_receipt_hash\":\"t\"}}"
        };
        for (String d : docs) {
            assertSameAsSigningRules(StrictJson.parse(d.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void goldenReceiptsWithRandomExtraMembers() {
        Random random = new Random(7);
        String[] keys = {"receipt_id", "signer", "chain", "signature", "this_receipt_hash", "zz", "a", "é", "\uD83D\uDE00", "\uFF61", "x\"y"};
        for (JsonNode base : goldenReceipts()) {
            for (int n = 0; n < 40; n++) {
                ObjectNode r = (ObjectNode) base.deepCopy();
                ObjectNode target = random.nextBoolean() ? r : (ObjectNode) r.get(random.nextBoolean() ? "signer" : "chain");
                String key = keys[random.nextInt(keys.length)] + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(3)));
                switch (random.nextInt(4)) {
                    case 0 -> target.put(key, random.nextInt());
                    case 1 -> target.put(key, "v" + random.nextInt());
                    case 2 -> target.putObject(key).put("signature", "nested");
                    default -> target.remove(key);
                }
                assertSameAsSigningRules(r);
            }
        }
        assertSameAsSigningRules(JsonNodeFactory.instance.objectNode());
    }
}
