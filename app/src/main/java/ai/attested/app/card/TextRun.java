package ai.attested.app.card;

import java.awt.Color;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/**
 * One line of text placed on a card.
 *
 * @param role     what the line shows, e.g. {@code vaultId} or {@code description.2} (tests and
 *                 previews find lines by it)
 * @param text     the exact characters drawn (after cleaning and ellipsizing)
 * @param layout   the measured text
 * @param color    fill colour
 * @param x        left edge of the text
 * @param baseline baseline y
 */
public record TextRun(String role, String text, TextLayout layout, Color color, float x, float baseline) {

    /** The logical box the line occupies: advance by ascent + descent. */
    public Rectangle2D bounds() {
        return new Rectangle2D.Float(x, baseline - layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent());
    }
}
