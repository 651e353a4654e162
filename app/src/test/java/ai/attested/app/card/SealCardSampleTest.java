package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SealCardSampleTest {

    @Test
    void demoWritesBothSampleImagesAndTheirQrReadsBack() throws Exception {
        Path dir = Path.of("target", "card-samples");
        SealCardDemo.main(new String[] {dir.toString()});
        CardQrDecoder decoder = new CardQrDecoder();
        String payload = SealCardSamples.fileSeal().qrPayload();
        assertThat(payload.length()).isBetween(250, 350);
        assertThat(decoder.decode(dir.resolve("card-print-sample.png"))).isEqualTo(payload);
        assertThat(decoder.decode(dir.resolve("card-share-sample.png"))).isEqualTo(payload);
        assertThat(Files.size(dir.resolve("card-share-sample.png"))).isPositive();
    }
}
