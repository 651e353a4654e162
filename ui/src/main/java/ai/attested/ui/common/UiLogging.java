package ai.attested.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends java.util.logging to rotating files in the data directory; the console stays quiet. */
public final class UiLogging {
    private UiLogging() {}

    /** Returns the current log file. */
    public static Path install(Path logDir) {
        try {
            Files.createDirectories(logDir);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
            LogManager.getLogManager().reset();
            FileHandler handler = new FileHandler(logDir.resolve("svault-ui.%g.log").toString(), 5_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            System.err.println("svault: cannot write logs to " + logDir + ": " + e.getMessage());
        }
        return logDir.resolve("svault-ui.0.log");
    }
}
