package ai.attested.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;

/**
 * The real desktop app for each test of a class, as one JUnit extension: a fresh vault folder and a
 * scratch folder, the app started on that vault before the test, and after it a screenshot if the
 * test failed (target/ui-failures/), the app closed and both folders deleted. Test methods may take
 * the {@link FxRobot} as a parameter. Register with
 * {@code @RegisterExtension final AppUnderTest app = new AppUnderTest();}.
 */
final class AppUnderTest implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final Path FAILURE_SCREENSHOTS = Path.of("target", "ui-failures");
    private final FxRobot robot = new FxRobot();
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private Path vault;
    private Path work;
    private AppHarness running;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        vault = Files.createTempDirectory("svault-ui-vault");
        work = Files.createTempDirectory("svault-ui-work");
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (running != null && context.getExecutionException().isPresent()) {
                saveFailureScreenshot(context);
            }
            stop();
        } finally {
            deleteTree(vault);
            deleteTree(work);
        }
    }

    /** Starts the app on this test's vault (again, after {@link #stop()}: the next start of the same vault). */
    void start() throws Exception {
        if (running != null) {
            throw new IllegalStateException("the app is already running");
        }
        running = AppHarness.start(vault, dialogs);
    }

    /** Closes the app as the operator would; the vault folder stays for a following {@link #start()}. */
    void stop() throws Exception {
        if (running != null) {
            AppHarness closing = running;
            running = null;
            closing.close();
        }
    }

    /** The vault folder the app runs on. */
    Path vault() {
        return vault;
    }

    /** A scratch folder for the test's own files (originals to seal, exported bundles). */
    Path work() {
        return work;
    }

    /** Answers the app's file dialogs: queue a path before the click that opens one. */
    ScriptedFileDialogs dialogs() {
        return dialogs;
    }

    FxRobot robot() {
        return robot;
    }

    Stage stage() {
        return app().stage;
    }

    Path saveSnapshot(Path file) throws IOException {
        return app().saveSnapshot(file);
    }

    private AppHarness app() {
        if (running == null) {
            throw new IllegalStateException("the app is not running");
        }
        return running;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** What the window showed when the test failed; a failure to take it must not hide the test's own. */
    private void saveFailureScreenshot(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png";
        try {
            Path saved = running.saveSnapshot(FAILURE_SCREENSHOTS.resolve(name));
            System.err.println("screenshot of the failed test: " + saved.toAbsolutePath());
        } catch (IOException | RuntimeException | AssertionError e) {
            System.err.println("no screenshot of the failed test: " + e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
