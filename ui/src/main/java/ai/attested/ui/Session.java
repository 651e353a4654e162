package ai.attested.ui;

import ai.attested.ui.common.ControllerFactory;
import ai.attested.ui.common.FxmlFile;
import ai.attested.ui.common.ViewLoader;
import ai.attested.ui.settings.SettingsController;
import ai.attested.ui.shell.MainWindowController;
import ai.attested.ui.shell.Navigator;
import ai.attested.ui.shell.Section;
import ai.attested.ui.shell.ShellStatus;
import javafx.scene.Scene;

/**
 * The composition root of one app session: wires controllers to services (constructor injection
 * through the controller factory) and puts the main window into the scene.
 */
final class Session {
    private final DesktopContext context;
    private final Scene scene;
    private final ShellStatus status = new ShellStatus();
    private final Navigator navigator = new Navigator();

    Session(DesktopContext context, Scene scene) {
        this.context = context;
        this.scene = scene;
    }

    void begin() {
        showMainWindow();
    }

    private void showMainWindow() {
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(navigator, status))
                .register(SettingsController.class, () -> new SettingsController(context, status));
        ViewLoader loader = new ViewLoader(context.strings().bundle(), controllers);
        navigator.useLoader(loader);
        ViewLoader.View<MainWindowController> main = loader.load(FxmlFile.MAIN_WINDOW);
        scene.setRoot(main.root());
        navigator.show(Section.SETTINGS);
    }

    void close() {}
}
