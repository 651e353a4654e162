package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.Receipt;
import ai.attested.ui.common.DropContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The golden run from the Sentinel view (KILL receipt), its bundle verified PASS, and a tampered copy FAIL with its code. */
class SentinelAndVerifyFlowTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void goldenRunShowsTheKillReceiptItsBundlePassesAndATamperedCopyFails(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        robot.clickOn("#nav-sentinel");
        robot.clickOn("#sentinel-golden");
        UiFlows.waitForText(robot, "#sentinel-run", "PASS", 120);

        @SuppressWarnings("unchecked")
        TableView<Receipt> receipts = robot.lookup("#sentinel-receipts").queryAs(TableView.class);
        List<Receipt> rows = AppHarness.onFx(() -> List.copyOf(receipts.getItems()));
        assertThat(rows).extracting(r -> r.eventType().name())
                .startsWith("POLICY_LOADED", "MEASUREMENT_OK").contains("DRIFT_DETECTED").endsWith("ENFORCED", "BUNDLE_EXPORTED");
        Receipt enforced = rows.stream().filter(r -> r.eventType().name().equals("ENFORCED")).findFirst().orElseThrow();
        assertThat(enforced.decision().action().name()).isEqualTo("KILL");
        assertThat(UiFlows.text(robot, "#sentinel-state")).isEqualTo("BUNDLED");

        robot.clickOn("#sentinel-verify");
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        UiFlows.assertShowing(robot, "#check-drift");
        assertThat(robot.lookup("#check-enforcement").queryParent().getChildrenUnmodifiable().toString()).contains("KILL");

        Path bundle = Files.list(app.vault().resolve("sentinel")).filter(p -> p.getFileName().toString().startsWith("golden-run"))
                .findFirst().orElseThrow().resolve("bundle.zip");
        Path tampered = tamperOneCharacterOfAReceipt(bundle, app.work().resolve("tampered.zip"));
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(tampered)));
        UiFlows.waitForText(robot, "#verify-verdict", "FAIL", 60);
        UiFlows.assertShowing(robot, "#finding-BUNDLE_CHECKSUM_MISMATCH");
    }

    /** Rewrites the bundle with one character of receipts/0002.json changed, every other entry as it was. */
    static Path tamperOneCharacterOfAReceipt(Path bundle, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile()); OutputStream os = Files.newOutputStream(out);
                ZipOutputStream zos = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals("receipts/0002.json")) {
                    String json = new String(bytes, StandardCharsets.UTF_8);
                    int i = json.indexOf("MEASUREMENT_OK");
                    bytes = (json.substring(0, i) + "MEASUREMENT_OK ".strip().replace('K', 'X') + json.substring(i + 14))
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                copy.setTime(e.getTime());
                zos.putNextEntry(copy);
                zos.write(bytes);
                zos.closeEntry();
            }
        }
        return out;
    }
}
