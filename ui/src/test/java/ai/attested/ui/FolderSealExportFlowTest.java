package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.seal.FolderListingStore;
import ai.attested.app.vault.VaultLocation;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.ui.common.DropContent;
import ai.attested.verifier.seal.SealBundleCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A folder sealed from the desktop app goes through the same sealing service as {@code svault seal}:
 * its per-file listing is kept beside the vault, so its VerifiedBundle exports and verifies against
 * the folder with the offline verifier ({@code --file FOLDER}); a changed file in the folder fails.
 */
class FolderSealExportFlowTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void aDroppedFolderIsSealedWithItsListingAndItsBundleVerifiesAgainstTheFolder(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        Path folder = Files.createDirectories(app.work().resolve("release-2026-11"));
        Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("docs/notes.md"), "release notes\n");
        Files.writeString(folder.resolve("build.txt"), "build 4711\n");
        Files.writeString(folder.resolve("docs-index"), "index\n");

        UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(folder)));
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 90);
        UiFlows.waitForCardImage(robot);

        // The seal the app stored is a FOLDER seal whose listing sits beside the vault.
        Path mirror = new VaultLocation(app.vault()).jsonlMirror();
        var seal = SealCodec.fromJson(Files.readAllLines(mirror, StandardCharsets.UTF_8).getFirst().getBytes(StandardCharsets.UTF_8));
        assertThat(seal.subject().kind()).isEqualTo(SubjectKind.FOLDER);
        assertThat(new FolderListingStore(app.vault()).get(seal.subject().sha256())).isPresent();

        Path bundle = app.work().resolve("VerifiedBundle.zip");
        app.dialogs().answer(bundle);
        robot.clickOn("#card-export");
        UiFlows.waitForFile(robot, bundle, 240);

        Report pass = verify(bundle, folder);
        assertThat(pass.exit()).as(pass.text()).isIn(0, 2);
        assertThat(pass.text()).contains("original: OK (seal #1").containsPattern("overall: PASS(_WITH_CAVEATS)?\\n");

        robot.clickOn("#nav-verify");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, folder)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        assertThat(UiFlows.text(robot, "#verify-verdict")).isIn("PASS", "PASS_WITH_CAVEATS");

        Files.writeString(folder.resolve("build.txt"), "build 4712\n");
        Report fail = verify(bundle, folder);
        assertThat(fail.exit()).as(fail.text()).isEqualTo(1);
        assertThat(fail.text()).contains("overall: FAIL", "error_code: ");
    }

    private record Report(int exit, String text) {}

    /** The verifier.jar code path: {@code java -jar verifier.jar VerifiedBundle.zip --file FOLDER}. */
    private static Report verify(Path bundle, Path original) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = SealBundleCli.run(bundle, Optional.of(original), ps, ps);
        return new Report(exit, out.toString(StandardCharsets.UTF_8));
    }
}
