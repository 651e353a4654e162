package ai.attested.ui;

import ai.attested.ui.common.ErrorDialogs;
import ai.attested.ui.common.FileDialogs;
import ai.attested.ui.common.Fonts;
import ai.attested.ui.common.Strings;
import ai.attested.ui.common.Tasks;
import ai.attested.ui.common.UiLogging;
import ai.attested.ui.common.WindowSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: sets up logging, theme and window, then hands over to {@link Session}. */
public final class SovereignVaultApp extends Application {
    private static final Logger LOG = Logger.getLogger(SovereignVaultApp.class.getName());
    static final String STYLESHEET = "/ai/attested/ui/css/dark.css";

    private final DesktopOptions presetOptions;
    private final FileDialogs fileDialogs;
    private ExecutorService workers;
    private WindowSettings windowSettings;
    private Session session;
    private Stage stage;

    /** Used by {@code Application.launch}: options from the command line, native file dialogs. */
    public SovereignVaultApp() {
        this(null, FileDialogs.nativeDialogs());
    }

    /** Used by UI tests: given options and file dialogs; everything else is the real app. */
    public SovereignVaultApp(DesktopOptions options, FileDialogs fileDialogs) {
        this.presetOptions = options;
        this.fileDialogs = fileDialogs;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        DesktopOptions options = presetOptions != null ? presetOptions : DesktopOptions.parse(getParameters().getRaw());
        // The same folder the CLI uses: --vault, else $SVAULT_VAULT_DIR, else the platform's data folder.
        Path vaultDir = ai.attested.app.vault.VaultLocation.resolve(options.vaultDir().orElse(null), System.getenv())
                .directory().toAbsolutePath();
        Path logFile = UiLogging.install(vaultDir.resolve("logs"));
        LOG.info("Sovereign Vault desktop app starting; vault folder " + vaultDir);
        Fonts.load();
        Strings strings = new Strings(Locale.getDefault());
        workers = Executors.newCachedThreadPool(daemonThreads());
        ErrorDialogs errors = new ErrorDialogs(strings, () -> stage, logFile);
        Tasks tasks = new Tasks(workers, errors);
        Path windowFile = vaultDir.resolve("ui-window.properties");
        DesktopContext context = new DesktopContext(options, vaultDir, logFile, windowFile, strings, tasks, errors,
                fileDialogs, getHostServices(), version());

        Scene scene = new Scene(new StackPane(), WindowSettingsDefaults.WIDTH, WindowSettingsDefaults.HEIGHT);
        scene.getStylesheets().add(SovereignVaultApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(strings.get("app.title"));
        stage.getIcons().addAll(icon(32), icon(64), icon(128), icon(256));
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        windowSettings = new WindowSettings(windowFile);
        windowSettings.restore(stage);
        FirstFrameProbe.attach(stage);
        session = new Session(context, scene);
        session.begin();
        stage.show();
    }

    @Override
    public void stop() {
        if (windowSettings != null && stage != null) {
            windowSettings.save(stage);
        }
        if (session != null) {
            session.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static Image icon(int size) {
        return new Image(SovereignVaultApp.class.getResource(
                "/ai/attested/assets/icons/sovereign-vault-" + size + ".png").toExternalForm());
    }

    private static String version() {
        String v = SovereignVaultApp.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "svault-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The window's size before anything is remembered: the 1440×900 the screenshots use. */
    static final class WindowSettingsDefaults {
        static final double WIDTH = 1440;
        static final double HEIGHT = 900;

        private WindowSettingsDefaults() {}
    }
}
