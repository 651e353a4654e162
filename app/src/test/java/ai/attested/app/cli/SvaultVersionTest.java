package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SvaultVersionTest {

    @Test
    void versionPrintsTheSha256OfTheEmbeddedVerifierJar() throws Exception {
        String expected;
        try (InputStream in = SvaultVersion.class.getResourceAsStream(SvaultVersion.EMBEDDED_VERIFIER)) {
            assertThat(in).as("the build embeds verifier.jar").isNotNull();
            byte[] jar = in.readAllBytes();
            assertThat(jar).startsWith(0x50, 0x4b); // a ZIP
            expected = Hex.encode(Sha256.digest(jar));
        }
        assertThat(new SvaultVersion().getVersion()).contains("verifier.jar sha256: " + expected);
    }
}
