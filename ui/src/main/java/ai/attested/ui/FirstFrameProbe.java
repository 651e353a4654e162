package ai.attested.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * Benchmark hook: with {@code -Dsvault.firstFrame=print} the app prints
 * {@code svault-first-frame <epoch-millis>} once the first frame of the main window has been
 * rendered, and with {@code -Dsvault.firstFrame=exit} it also exits (the cold-start benchmark).
 */
final class FirstFrameProbe {
    private FirstFrameProbe() {}

    static void attach(Stage stage) {
        String mode = System.getProperty("svault.firstFrame", "");
        if (mode.isEmpty()) {
            return;
        }
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The timer runs at the start of a pulse; the second pulse follows the first rendered frame.
                if (++pulses < 2) {
                    return;
                }
                stop();
                System.out.println("svault-first-frame " + System.currentTimeMillis());
                System.out.flush();
                if (mode.equals("exit")) {
                    javafx.application.Platform.exit();
                }
            }
        }.start());
    }
}
