package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SubjectKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealCardRendererTest {
    private final SealCardRenderer renderer = new SealCardRenderer();
    private final CardQrDecoder decoder = new CardQrDecoder();

    @Test
    void printImageIsAtLeast2000PxWideAndShareImageIsExactly1200x630() {
        SealCardModel model = SealCardSamples.fileSeal();
        BufferedImage print = renderer.renderPrint(model);
        BufferedImage share = renderer.renderShare(model);
        assertThat(print.getWidth()).isGreaterThanOrEqualTo(2000);
        assertThat(print.getWidth()).isEqualTo(2400);
        assertThat(print.getHeight()).isEqualTo(3200);
        assertThat(share.getWidth()).isEqualTo(1200);
        assertThat(share.getHeight()).isEqualTo(630);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 400, SealCardModel.MAX_QR_PAYLOAD})
    void zxingDecodesExactlyThePayloadFromBothImagesAfterAPngRoundTrip(int payloadLength) throws IOException {
        SealCardModel model = SealCardSamples.model(SubjectKind.FILE, "report.pdf", "Quarterly report.",
                SealCardSamples.TSA_TIME, payloadLength);
        for (BufferedImage image : List.of(renderer.renderPrint(model), renderer.renderShare(model))) {
            BufferedImage reread = ImageIO.read(new ByteArrayInputStream(SealCardRenderer.pngBytes(image)));
            assertThat(decoder.decode(reread)).isEqualTo(model.qrPayload());
        }
    }

    @Test
    void sameModelGivesByteIdenticalPngsFromTwoIndependentRenderers() {
        SealCardModel model = SealCardSamples.fileSeal();
        SealCardRenderer other = new SealCardRenderer();
        assertThat(SealCardRenderer.pngBytes(other.renderPrint(model)))
                .isEqualTo(SealCardRenderer.pngBytes(renderer.renderPrint(model)));
        assertThat(SealCardRenderer.pngBytes(other.renderShare(model)))
                .isEqualTo(SealCardRenderer.pngBytes(renderer.renderShare(model)));
    }

    @Test
    void aDifferentSealGivesDifferentBytes() {
        SealCardModel a = SealCardSamples.fileSeal();
        SealCardModel b = SealCardSamples.model(SubjectKind.FILE, "other.pdf", a.description(), a.tsaTime(), 0);
        assertThat(SealCardRenderer.pngBytes(renderer.renderShare(b)))
                .isNotEqualTo(SealCardRenderer.pngBytes(renderer.renderShare(a)));
    }

    @Test
    void pngCarriesOnlyIhdrIdatAndIendChunks() throws IOException {
        byte[] png = SealCardRenderer.pngBytes(renderer.renderShare(SealCardSamples.fileSeal()));
        List<String> types = chunkTypes(png);
        assertThat(types.getFirst()).isEqualTo("IHDR");
        assertThat(types.getLast()).isEqualTo("IEND");
        assertThat(types.subList(1, types.size() - 1)).isNotEmpty().allMatch("IDAT"::equals);
    }

    @Test
    void sealWithoutTsaSaysDeviceTimeOnlyAndSealWithTsaShowsItsTime() {
        SealCardModel withTsa = SealCardSamples.fileSeal();
        SealCardModel deviceOnly = SealCardSamples.model(SubjectKind.TEXT, "", "note", null, 0);
        for (CardFormat f : CardFormat.values()) {
            assertThat(renderer.layout(withTsa, f).run("tsaTime").text()).isEqualTo("2026-02-11T12:00:01.250Z");
            assertThat(renderer.layout(deviceOnly, f).run("tsaTime").text()).isEqualTo("Device time only \u2014 no TSA");
            assertThat(renderer.layout(deviceOnly, f).run("deviceTime").text()).isEqualTo("2026-02-11T12:00:00.000Z");
        }
    }

    @Test
    void cardShowsVaultIdSequenceKindAndHashSummaries() {
        SealCardModel m = SealCardSamples.fileSeal();
        CardLayout layout = renderer.layoutPrint(m);
        assertThat(layout.run("vaultId").text()).isEqualTo(SealCardSamples.VAULT_ID);
        assertThat(layout.run("sequence").text()).isEqualTo("SEAL #42");
        assertThat(layout.run("subject.label").text()).isEqualTo("SEALED FILE");
        assertThat(layout.run("subject").text()).isEqualTo(m.subjectName());
        String seal = layout.run("sealHash").text();
        assertThat(seal).startsWith(m.sealHash().substring(0, 4) + " " + m.sealHash().substring(4, 8))
                .endsWith(m.sealHash().substring(60)).contains(CardText.ELLIPSIS);
        assertThat(layout.run("subjectHash").text()).startsWith(m.subjectSha256().substring(0, 4));
        assertThat(layout.run("keyId").text().replace(" ", "")).isEqualTo(m.keyId());
        assertThat(layout.run("operator").text()).isEqualTo("Dana Whitfield");
    }

    private static List<String> chunkTypes(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] sig = in.readNBytes(8);
        assertThat(sig).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int len = in.readInt();
            types.add(new String(in.readNBytes(4), StandardCharsets.US_ASCII));
            assertThat(in.skipBytes(len + 4)).isEqualTo(len + 4);
        }
        assertThat(Arrays.copyOfRange(png, png.length - 8, png.length - 4))
                .isEqualTo("IEND".getBytes(StandardCharsets.US_ASCII));
        return types;
    }
}
