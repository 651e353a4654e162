package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The operator's everyday job through the real app: create the vault, seal a dropped file and a text, see the cards. */
class SealFlowTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    /** Seal #1 as stored, read from the vault's JSONL mirror (one canonical seal JSON per line). */
    private ai.attested.bundle.seal.Seal firstSeal() throws Exception {
        Path mirror = new ai.attested.app.vault.VaultLocation(app.vault()).jsonlMirror();
        String line = Files.readAllLines(mirror, StandardCharsets.UTF_8).getFirst();
        return ai.attested.bundle.seal.SealCodec.fromJson(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDroppedFileAndAPastedTextAreSealedAndOpenTheirCards(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        assertThat(UiFlows.text(robot, "#status-key-id")).hasSize(16);
        assertThat(Files.exists(app.vault().resolve("vault.json")) || Files.list(app.vault()).findAny().isPresent()).isTrue();

        Path contract = Files.writeString(app.work().resolve("contract.pdf"), "the signed contract, version 3\n");
        assertThat(UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(contract)))).isTrue();
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 60);
        assertThat(robot.lookup("#card-hash").queryTextInputControl().getText())
                .isEqualTo(ai.attested.crypto.Sha256.hex(Files.readAllBytes(contract)));

        // The QR code as the screen shows it decodes with zbarimg into the seal's own signed payload.
        UiFlows.waitForCardImage(robot);
        Path screenshot = app.saveSnapshot(app.work().resolve("card-view.png"));
        // QR symbology only: with zbar's defaults, QR modules can by chance also read as a DataBar (decision 0043).
        Process zbar = new ProcessBuilder("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", screenshot.toString())
                .redirectErrorStream(false).start();
        String decoded = new String(zbar.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(zbar.waitFor()).as("zbarimg exit code").isZero();
        String expected = ai.attested.bundle.seal.SealQrPayload.of(firstSeal()).encode();
        assertThat(decoded).isEqualTo(expected);

        robot.clickOn("#card-back");
        UiFlows.waitFor(robot, "#seal-text", 10);
        robot.clickOn("#seal-text").write("We decided to ship on Friday.");
        robot.clickOn("#seal-text-button");
        UiFlows.waitForText(robot, "#card-title", "Seal #2", 60);
        assertThat(robot.lookup("#card-hash").queryTextInputControl().getText())
                .isEqualTo(ai.attested.crypto.Sha256.hex("We decided to ship on Friday.".getBytes(StandardCharsets.UTF_8)));
        UiFlows.waitForText(robot, "#status-chain", "2 seals", 30);
    }
}
