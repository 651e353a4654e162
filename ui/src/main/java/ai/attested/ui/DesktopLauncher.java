package ai.attested.ui;

import ai.attested.app.AppException;
import java.util.List;
import javafx.application.Application;

/**
 * Main class of the desktop app. It deliberately does not extend {@link Application}: with JavaFX
 * on the class path (not the module path) the JDK's launcher refuses a main class that does.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void main(String[] args) {
        try {
            DesktopOptions.parse(List.of(args)); // fail fast with a code before any window
        } catch (AppException e) {
            System.err.println("svault gui: " + e.code() + ": " + e.getMessage());
            System.exit(3);
        }
        Application.launch(SovereignVaultApp.class, args);
    }
}
