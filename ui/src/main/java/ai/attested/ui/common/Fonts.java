package ai.attested.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/** Registers the bundled Space Grotesk faces (assets module, OFL-1.1) so CSS can name the family. */
public final class Fonts {
    public static final String FAMILY = "Space Grotesk";
    private static final String[] FACES = {"SpaceGrotesk-Regular.ttf", "SpaceGrotesk-Medium.ttf", "SpaceGrotesk-Bold.ttf"};

    private Fonts() {}

    public static void load() {
        for (String face : FACES) {
            String path = "/ai/attested/assets/fonts/" + face;
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("Bundled font missing or unreadable: " + path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
