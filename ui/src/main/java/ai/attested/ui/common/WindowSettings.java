package ai.attested.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size and place in a small properties file in the data directory
 * (not java.util.prefs: everything the app keeps lives in one folder the operator can see).
 */
public final class WindowSettings {
    private static final Logger LOG = Logger.getLogger(WindowSettings.class.getName());
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    private final Path file;

    public WindowSettings(Path file) {
        this.file = file;
    }

    /** Applies the remembered bounds when they still fit on a screen; else a centred default. */
    public void restore(Stage stage) {
        Properties p = read();
        double w = number(p, "window.width", DEFAULT_WIDTH);
        double h = number(p, "window.height", DEFAULT_HEIGHT);
        double x = number(p, "window.x", Double.NaN);
        double y = number(p, "window.y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        boolean onScreen = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty();
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
    }

    public void save(Stage stage) {
        Properties p = read();
        p.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            p.setProperty("window.x", Double.toString(stage.getX()));
            p.setProperty("window.y", Double.toString(stage.getY()));
            p.setProperty("window.width", Double.toString(stage.getWidth()));
            p.setProperty("window.height", Double.toString(stage.getHeight()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Sovereign Vault window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save window settings to " + file, e);
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring unreadable window settings " + file, e);
            }
        }
        return p;
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
