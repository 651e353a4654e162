import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Takes a screenshot of the X display (DISPLAY) into a PNG and fails when the screen is blank,
 * i.e. when no window was drawn. Used by the DEB install test: java Screenshot.java out.png
 */
public class Screenshot {
    public static void main(String[] args) throws Exception {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage img = new Robot().createScreenCapture(screen);
        ImageIO.write(img, "png", new File(args[0]));
        // A blank Xvfb screen is one colour; a drawn window is not.
        int first = img.getRGB(0, 0);
        long differing = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                if (img.getRGB(x, y) != first) differing++;
            }
        }
        System.out.println("screenshot " + img.getWidth() + "x" + img.getHeight() + ", non-background samples: " + differing);
        if (differing < 1000) {
            System.err.println("screenshot: the screen is blank; the desktop app did not draw a window");
            System.exit(1);
        }
    }
}
