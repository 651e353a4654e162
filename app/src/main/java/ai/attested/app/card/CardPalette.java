package ai.attested.app.card;

import java.awt.Color;

/** The card's colours (design §3 tokens: Void background, Signal Cyan accent). */
final class CardPalette {
    static final Color VOID = new Color(0x0A0E17);
    static final Color SIGNAL_CYAN = new Color(0x00D4FF);
    static final Color TEXT = new Color(0xE8EDF5);
    static final Color TEXT_SOFT = new Color(0xB4BECC);
    static final Color LABEL = new Color(0x7D889A);
    static final Color QR_DARK = new Color(0x0A0E17);
    static final Color QR_LIGHT = new Color(0xFFFFFF);

    private CardPalette() {
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(a * 255));
    }
}
