package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The operator's everyday job through the real app: create the vault, seal a dropped file and a text, see the cards. */
class SealFlowTest {
    @TempDir Path vault;
    @TempDir Path work;
    private AppHarness app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDroppedFileAndAPastedTextAreSealedAndOpenTheirCards() throws Exception {
        app = AppHarness.start(vault);
        UiFlows.createVault(robot);
        assertThat(UiFlows.text(robot, "#status-key-id")).hasSize(16);
        assertThat(Files.exists(vault.resolve("vault.json")) || Files.list(vault).findAny().isPresent()).isTrue();

        Path contract = Files.writeString(work.resolve("contract.pdf"), "the signed contract, version 3\n");
        assertThat(UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(contract)))).isTrue();
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 60);
        assertThat(robot.lookup("#card-hash").queryTextInputControl().getText())
                .isEqualTo(ai.attested.crypto.Sha256.hex(Files.readAllBytes(contract)));

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
