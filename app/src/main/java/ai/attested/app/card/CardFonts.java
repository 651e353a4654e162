package ai.attested.app.card;

import ai.attested.app.AppException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Space Grotesk, loaded from the {@code assets} module. The card never falls back to a system font
 * for Latin text: a missing font would silently change every card, so it is an error instead.
 */
public final class CardFonts {
    static final String FONT_DIR = "/ai/attested/assets/fonts/";

    private final Font regular;
    private final Font medium;
    private final Font bold;

    private CardFonts(Font regular, Font medium, Font bold) {
        this.regular = regular;
        this.medium = medium;
        this.bold = bold;
    }

    /** Loads the three weights from the classpath; fails with {@code CARD_FONT_MISSING} if absent. */
    public static CardFonts load() {
        return new CardFonts(
                loadTtf("SpaceGrotesk-Regular.ttf"),
                loadTtf("SpaceGrotesk-Medium.ttf"),
                loadTtf("SpaceGrotesk-Bold.ttf"));
    }

    static Font loadTtf(String file) {
        String resource = FONT_DIR + file;
        try (InputStream in = CardFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AppException("CARD_FONT_MISSING", "The card font " + resource
                        + " is not on the classpath; the ai.attested:assets module must be present.");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new AppException("CARD_FONT_MISSING", "The card font " + resource + " cannot be read.", e);
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    public Font medium(float size) {
        return medium.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /** Medium weight with letter spacing, for small upper-case labels. */
    public Font label(float size, float tracking) {
        return medium.deriveFont(Map.of(TextAttribute.SIZE, size, TextAttribute.TRACKING, tracking));
    }
}
