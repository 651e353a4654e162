package ai.attested.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.zip.ZipError;
import ai.attested.crypto.json.StrictJson;
import ai.attested.verifier.Codes;
import ai.attested.verifier.seal.SealBundleCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every code a verifier can show in the Verify view has a plain-language explanation in
 * i18n/error_codes.properties: the code constants of the seal, VerifiedBundle, evidence-bundle and
 * ZIP verifiers, every code of the committed fixture indexes (which list, per verifier, each code
 * an input can produce, refusals and caveats included), and the vault key-anchor codes.
 */
class ErrorCodeExplanationsTest {
    static final Path VECTORS = Paths.get("..", "test-vectors");
    static final ResourceBundle EXPLANATIONS = ResourceBundle.getBundle("ai.attested.ui.i18n.error_codes", Locale.ROOT);

    @Test
    void everyVerifierCodeHasAPlainExplanation() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Class<?> k : List.of(SealCodes.class, SealFormatException.class, SealBundleCodes.class, Codes.class)) {
            for (Field f : k.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    codes.add((String) f.get(null));
                }
            }
        }
        for (ZipError z : ZipError.values()) {
            codes.add(z.name());
        }
        for (String index : List.of("bundles/index.json", "verified-bundles/index.json", "cards/index.json")) {
            JsonNode root = StrictJson.parse(Files.readAllBytes(VECTORS.resolve(index)));
            for (JsonNode f : root.get("fixtures")) {
                if (f.has("error")) {
                    codes.add(f.get("error").asText());
                }
                f.get("findings").forEach(x -> codes.add(x.get("code").asText()));
                if (f.has("caveats")) {
                    f.get("caveats").forEach(x -> codes.add(x.get("code").asText()));
                }
            }
            if (root.has("not_produced")) {
                root.get("not_produced").forEach(x -> codes.add(x.get("code").asText()));
            }
        }
        codes.addAll(List.of("VAULT_KEY_UNEXPECTED", "VAULT_KEY_FILE_MISMATCH", "TRUST_TSA_INVALID", "EXPECT_KEY_INVALID", "VERIFIER_OUT_OF_MEMORY"));
        assertThat(codes).as("the sources of codes were read").contains("TSA_CERT_NOT_TRUSTED", "CARD_QR_MISMATCH", "RECEIPT_HASH_MISMATCH");

        Set<String> missing = new TreeSet<>();
        for (String code : codes) {
            if (!EXPLANATIONS.containsKey(code) || EXPLANATIONS.getString(code).isBlank()) {
                missing.add(code);
            }
        }
        assertThat(missing).as("codes without a plain explanation in error_codes.properties").isEmpty();
    }

    @Test
    void explanationsAreSentencesWithoutTheCodeRepeated() {
        for (String code : EXPLANATIONS.keySet()) {
            String text = EXPLANATIONS.getString(code);
            assertThat(text).as(code).matches("[A-Z].*[.!]").doesNotContain(code);
        }
    }
}
