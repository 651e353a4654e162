package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hashing a file of tens of GiB (sparse: no disk used) runs in the background: the FX thread keeps
 * answering within a bound while it runs, and Cancel stops it with nothing stored.
 */
class LongHashTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();
    /** A frozen FX thread would not answer for the whole hash (many seconds); a live one answers in far less. */
    private static final long RESPONSIVE_BOUND_MS = 2500;
    private static final long HASH_OBSERVED_MS = 8000;


    @Test
    void theUiAnswersWhileAHugeFileHashesAndCancelStopsIt(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        Path huge = app.work().resolve("disk-image.raw");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(32L << 30);
        }
        UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(huge)));
        UiFlows.waitForText(robot, ".job-box .badge", "Hashing", 30);

        try (FxResponsiveness probe = new FxResponsiveness()) {
            Thread.sleep(HASH_OBSERVED_MS);
            assertThat(probe.samples()).as("round-trips measured while hashing").isGreaterThan(10);
            assertThat(probe.worstMillis()).as("worst Platform.runLater round-trip while hashing, ms")
                    .isLessThan(RESPONSIVE_BOUND_MS);
        }
        // Still hashing (32 GiB take far longer than the observation), with progress shown.
        assertThat(UiFlows.text(robot, ".job-box .badge")).isEqualTo("Hashing");

        robot.clickOn("#seal-cancel");
        UiFlows.waitForText(robot, ".job-box .badge", "Cancelled", 60);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiFlows.text(robot, "#status-chain").contains("no seals"));
        @SuppressWarnings("unchecked")
        ListView<Object> queue = robot.lookup("#seal-queue").queryAs(ListView.class);
        assertThat(queue.getItems()).hasSize(1);
    }
}
