import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * One-off generator for the Sovereign Vault application icon PNGs (the seal mark).
 *
 * <p>Run from the repository root with a JDK 25 (source-file mode, no build needed):
 * <pre>java assets/tools/IconGenerator.java assets/src/main/resources/ai/attested/assets/icons</pre>
 *
 * <p>It draws, in a 512-unit design space scaled to each size, exactly the shapes of the hand-written
 * {@code sovereign-vault.svg}: a Void rounded square, a Signal Cyan outer ring, a dashed ring of 48
 * ticks (the serrated edge of a notary seal; omitted below 48 px where it would turn to noise) and a
 * cyan disc carrying a Void check mark. Fixed rendering hints and ImageIO's PNG writer make the output
 * the same on every run with the same JDK.
 */
public final class IconGenerator {
    private static final Color VOID = new Color(0x0A0E17);
    private static final Color CYAN = new Color(0x00D4FF);
    private static final Color CYAN_TICKS = new Color(0x00, 0xD4, 0xFF, 140); // opacity 0.55
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java IconGenerator.java OUTPUT_DIR");
            System.exit(3);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int size : SIZES) {
            Path file = out.resolve("sovereign-vault-" + size + ".png");
            ImageIO.write(draw(size), "png", file.toFile());
            System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / 512.0, size / 512.0);

            g.setColor(VOID);
            g.fill(new RoundRectangle2D.Double(0, 0, 512, 512, 224, 224)); // rx = 112

            g.setColor(CYAN);
            g.setStroke(new BasicStroke(20f));
            g.draw(circle(196));

            if (size >= 48) {
                // 48 ticks on r=164: circumference 1030.44, period 21.467 = dash 8 + gap 13.467.
                float period = (float) (2 * Math.PI * 164 / 48);
                g.setColor(CYAN_TICKS);
                g.setStroke(new BasicStroke(14f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, period - 8f}, 0f));
                g.draw(circle(164));
            }

            g.setColor(CYAN);
            g.fill(circle(128));

            Path2D check = new Path2D.Double();
            check.moveTo(196, 262);
            check.lineTo(238, 304);
            check.lineTo(320, 218);
            g.setColor(VOID);
            g.setStroke(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(check);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Ellipse2D circle(double r) {
        return new Ellipse2D.Double(256 - r, 256 - r, 2 * r, 2 * r);
    }
}
