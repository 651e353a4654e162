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
 * answering while it runs, and Cancel stops it with nothing stored.
 */
class LongHashTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();
    /** Probes of the FX thread to be answered while the hash runs (one per 20 ms at best: a second or more). */
    private static final long ROUND_TRIPS = 50;

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
            // A frozen FX thread answers no probe until the hash ends; a live one answers while it runs.
            assertThat(probe.awaitRoundTrips(ROUND_TRIPS, 120)).as("FX round-trips answered: %d", probe.roundTrips()).isTrue();
        }
        // Still hashing after them (32 GiB take far longer), so they were answered during the hash.
        assertThat(UiFlows.text(robot, ".job-box .badge")).isEqualTo("Hashing");

        robot.clickOn("#seal-cancel");
        UiFlows.waitForText(robot, ".job-box .badge", "Cancelled", 60);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiFlows.text(robot, "#status-chain").contains("no seals"));
        @SuppressWarnings("unchecked")
        ListView<Object> queue = robot.lookup("#seal-queue").queryAs(ListView.class);
        assertThat(queue.getItems()).hasSize(1);
    }
}
