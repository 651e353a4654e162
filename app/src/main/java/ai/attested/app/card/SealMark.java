package ai.attested.app.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The seal mark of the application icon (assets/icons/sovereign-vault.svg) without its background
 * square, drawn as vectors so it is sharp at any size.
 */
final class SealMark {
    private SealMark() {
    }

    static void paint(Graphics2D g, Rectangle2D box, Color accent, Color ink) {
        AffineTransform saved = g.getTransform();
        try {
            // The icon's 512-unit design space; the outer ring (r 196 + half stroke) fills the box.
            double scale = box.getWidth() / 412.0;
            g.translate(box.getX(), box.getY());
            g.scale(scale, scale);
            g.translate(-50, -50);
            g.setColor(accent);
            g.setStroke(new BasicStroke(20f));
            g.draw(circle(196));
            if (box.getWidth() >= 48) {
                float period = (float) (2 * Math.PI * 164 / 48);
                g.setColor(CardPalette.alpha(accent, 0.55));
                g.setStroke(new BasicStroke(14f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, period - 8f}, 0f));
                g.draw(circle(164));
            }
            g.setColor(accent);
            g.fill(circle(128));
            Path2D check = new Path2D.Double();
            check.moveTo(196, 262);
            check.lineTo(238, 304);
            check.lineTo(320, 218);
            g.setColor(ink);
            g.setStroke(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(check);
        } finally {
            g.setTransform(saved);
        }
    }

    private static Ellipse2D circle(double r) {
        return new Ellipse2D.Double(256 - r, 256 - r, 2 * r, 2 * r);
    }
}
