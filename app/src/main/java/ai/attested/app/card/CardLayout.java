package ai.attested.app.card;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Everything placed on one card image, computed before any pixel is drawn, so tests can check that
 * no text leaves the glass panel and the painter only draws what is decided here.
 *
 * @param format   which image
 * @param panel    the glass panel
 * @param content  the area inside the panel's padding; all text stays inside it
 * @param mark     the box of the seal mark in the header
 * @param rules    hairline dividers
 * @param runs     every line of text on the card (the footer line lies outside the panel)
 * @param qr       the QR symbol and its plate
 */
public record CardLayout(
        CardFormat format,
        RoundRectangle2D panel,
        Rectangle2D content,
        Rectangle2D mark,
        List<Line2D> rules,
        List<TextRun> runs,
        QrPlacement qr) {

    public CardLayout {
        rules = List.copyOf(rules);
        runs = List.copyOf(runs);
    }

    public int width() {
        return format.width();
    }

    public int height() {
        return format.height();
    }

    /** The run with this role; fails if there is none. */
    public TextRun run(String role) {
        return runs.stream().filter(r -> r.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no text run with role " + role));
    }
}
