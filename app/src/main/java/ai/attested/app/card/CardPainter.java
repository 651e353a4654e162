package ai.attested.app.card;

import static ai.attested.app.card.CardPalette.SIGNAL_CYAN;
import static ai.attested.app.card.CardPalette.VOID;
import static ai.attested.app.card.CardPalette.alpha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link CardLayout}: Void background with a faint cyan glow, the glass panel (translucent
 * fill, bright top edge fading down, a thin cyan highlight), text, and the QR plate. Fixed rendering
 * hints and no randomness, so the same layout always gives the same pixels.
 */
final class CardPainter {
    private CardPainter() {
    }

    static BufferedImage paint(CardLayout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            applyHints(g);
            float s = layout.width() / 1200f; // stroke and glow scale: 1 for share, 2 for print
            background(g, layout, s);
            glassPanel(g, layout.panel(), s);
            g.setStroke(new BasicStroke(1.5f * s));
            g.setColor(alpha(Color.WHITE, 0.10));
            for (Line2D rule : layout.rules()) {
                g.draw(rule);
            }
            SealMark.paint(g, layout.mark(), SIGNAL_CYAN, VOID);
            for (TextRun run : layout.runs()) {
                g.setColor(run.color());
                run.layout().draw(g, run.x(), run.baseline());
            }
            qr(g, layout.qr(), s);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The same hints everywhere; the layout's FontRenderContext matches them (AA on, fractional metrics on). */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
    }

    private static void background(Graphics2D g, CardLayout layout, float s) {
        int w = layout.width();
        int h = layout.height();
        g.setColor(VOID);
        g.fillRect(0, 0, w, h);
        float r = Math.max(w, h) * 0.75f;
        g.setPaint(new RadialGradientPaint(new Point2D.Float(w * 0.85f, h * 0.05f), r, new float[] {0f, 1f},
                new Color[] {alpha(SIGNAL_CYAN, 0.10), alpha(SIGNAL_CYAN, 0.0)}));
        g.fillRect(0, 0, w, h);
        g.setPaint(new RadialGradientPaint(new Point2D.Float(w * 0.05f, h * 0.98f), r * 0.8f, new float[] {0f, 1f},
                new Color[] {alpha(new Color(0x3D5AFE), 0.07), alpha(new Color(0x3D5AFE), 0.0)}));
        g.fillRect(0, 0, w, h);
    }

    private static void glassPanel(Graphics2D g, RoundRectangle2D panel, float s) {
        float top = (float) panel.getY();
        float bottom = (float) panel.getMaxY();
        g.setPaint(new LinearGradientPaint(0, top, 0, bottom, new float[] {0f, 1f},
                new Color[] {alpha(Color.WHITE, 0.085), alpha(Color.WHITE, 0.03)}));
        g.fill(panel);

        // A soft diagonal sheen across the upper-left of the glass.
        Shape clip = g.getClip();
        g.clip(panel);
        Path2D sheen = new Path2D.Float();
        float x = (float) panel.getX();
        float w = (float) panel.getWidth();
        sheen.moveTo(x, top);
        sheen.lineTo(x + w * 0.62f, top);
        sheen.lineTo(x + w * 0.30f, bottom);
        sheen.lineTo(x, bottom);
        sheen.closePath();
        g.setPaint(new LinearGradientPaint(x, top, x + w * 0.5f, top + w * 0.5f, new float[] {0f, 1f},
                new Color[] {alpha(Color.WHITE, 0.035), alpha(Color.WHITE, 0.0)}));
        g.fill(sheen);
        g.setClip(clip);

        g.setStroke(new BasicStroke(1.5f * s));
        g.setPaint(new LinearGradientPaint(0, top, 0, bottom, new float[] {0f, 0.5f, 1f},
                new Color[] {alpha(Color.WHITE, 0.30), alpha(Color.WHITE, 0.10), alpha(Color.WHITE, 0.16)}));
        g.draw(panel);

        float arc = (float) panel.getArcWidth() / 2f;
        g.setStroke(new BasicStroke(2f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new LinearGradientPaint(x + arc, top, x + w - arc, top, new float[] {0f, 0.5f, 1f},
                new Color[] {alpha(SIGNAL_CYAN, 0.0), alpha(SIGNAL_CYAN, 0.85), alpha(SIGNAL_CYAN, 0.0)}));
        g.draw(new Line2D.Float(x + arc, top, x + w - arc, top));
    }

    private static void qr(Graphics2D g, QrPlacement qr, float s) {
        Rectangle plate = qr.plate();
        // A faint cyan halo sets the light plate off the dark card.
        g.setColor(alpha(SIGNAL_CYAN, 0.35));
        g.setStroke(new BasicStroke(2f * s));
        float arc = 18 * s;
        float halo = 6 * s;
        g.draw(new RoundRectangle2D.Float(plate.x - halo, plate.y - halo, plate.width + 2 * halo,
                plate.height + 2 * halo, arc + halo, arc + halo));
        g.setColor(CardPalette.QR_LIGHT);
        g.fill(new RoundRectangle2D.Float(plate.x, plate.y, plate.width, plate.height, arc, arc));

        // Modules are whole-pixel squares with antialiasing off: crisp edges for every scanner.
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(CardPalette.QR_DARK);
        int px = qr.modulePixels();
        QrMatrix m = qr.matrix();
        for (int y = 0; y < m.size(); y++) {
            for (int x = 0; x < m.size(); x++) {
                if (m.isDark(x, y)) {
                    g.fillRect(qr.originX() + x * px, qr.originY() + y * px, px, px);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }
}
