package ai.attested.app.card;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scan sweep behind docs/decisions/0043: draws random SV1-shaped payloads (random vault id, seq,
 * time, hashes and signature; the test key's public key) into the QR plate of a real share card,
 * writes each as a grey-level PGM and decodes them with {@code zbarimg} in batches of 200, first
 * with zbar's default symbologies, then QR only. Prints every symbol that is not exactly the
 * payload. Not a test (minutes of CPU); run it from the app module's test classpath:
 * <pre>java -cp app/target/test-classes:app/target/classes:DEPS ai.attested.app.card.ZbarCardSweep BATCHES SEED [FROM]</pre>
 */
public final class ZbarCardSweep {
    private static final int BATCH = 200;

    public static void main(String[] args) throws Exception {
        int batches = Integer.parseInt(args[0]);
        Random rnd = new Random(Long.parseLong(args[1]));
        int from = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        SealCardRenderer renderer = new SealCardRenderer();
        SealCardModel sample = SealCardSamples.model(ai.attested.bundle.seal.SubjectKind.TEXT, "text", "", null, 0);
        QrPlacement plate = renderer.layoutShare(sample).qr();
        BufferedImage card = renderer.renderShare(sample);
        String publicKey = sample.qrPayload().split("\\.")[7];
        Path dir = Files.createTempDirectory("zbar-sweep");
        int[] odd = new int[2];
        for (int b = 0; b < batches; b++) {
            Map<String, String> files = new HashMap<>();
            for (int k = 0; k < BATCH; k++) {
                String payload = payload(rnd, publicKey);
                if (b >= from) {
                    Path pgm = dir.resolve("b" + b + "k" + k + ".pgm");
                    writePgm(withQr(card, plate, payload), pgm);
                    files.put(pgm.toString(), payload);
                }
            }
            if (b < from) {
                continue;
            }
            odd[0] += check(files, List.of(), "default symbologies");
            odd[1] += check(files, List.of("-Sdisable", "-Sqrcode.enable"), "QR only");
            for (String f : files.keySet()) {
                Files.delete(Path.of(f));
            }
            System.out.printf("batch %d: %d cards, odd results so far: %d with default symbologies, %d QR only%n",
                    b, (b - from + 1) * BATCH, odd[0], odd[1]);
        }
    }

    /** Decodes the batch in one zbarimg run; re-runs file by file to name the culprit when something is off. */
    private static int check(Map<String, String> files, List<String> options, String what) throws Exception {
        List<String> expected = new ArrayList<>();
        files.values().forEach(p -> expected.add("QR-Code:" + p));
        List<String> got = zbarimg(options, files.keySet());
        if (got.size() == expected.size() && got.containsAll(expected)) {
            return 0;
        }
        int odd = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            List<String> one = zbarimg(options, List.of(e.getKey()));
            if (!one.equals(List.of("QR-Code:" + e.getValue()))) {
                odd++;
                Path keep = Files.createDirectories(Path.of("/tmp/zbar-sweep-odd")).resolve(Path.of(e.getKey()).getFileName());
                Files.copy(Path.of(e.getKey()), keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println(what + ": " + keep + " payload " + e.getValue() + "\n  zbarimg: " + one);
            }
        }
        return odd;
    }

    private static List<String> zbarimg(List<String> options, Iterable<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("zbarimg", "--quiet"));
        command.addAll(options);
        files.forEach(command::add);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().toList();
    }

    private static BufferedImage withQr(BufferedImage card, QrPlacement at, String payload) {
        QrPlacement q = QrPlacement.centred(QrMatrix.encode(payload, ErrorCorrectionLevel.M), at.plate().x, at.plate().y,
                at.plate().width, CardFormat.SHARE.minModulePixels());
        BufferedImage img = new BufferedImage(card.getWidth(), card.getHeight(), BufferedImage.TYPE_INT_RGB);
        img.setData(card.getData());
        Graphics2D g = img.createGraphics();
        g.setColor(CardPalette.QR_LIGHT);
        Rectangle old = at.symbol();
        g.fillRect(old.x, old.y, old.width, old.height);
        g.setColor(CardPalette.QR_DARK);
        int px = q.modulePixels();
        for (int y = 0; y < q.matrix().size(); y++) {
            for (int x = 0; x < q.matrix().size(); x++) {
                if (q.matrix().isDark(x, y)) {
                    g.fillRect(q.originX() + x * px, q.originY() + y * px, px, px);
                }
            }
        }
        g.dispose();
        return img;
    }

    private static String payload(Random rnd, String publicKey) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "SV1." + String.format("%04d-%05d-%04d", rnd.nextInt(10000), rnd.nextInt(100000), rnd.nextInt(10000))
                + "." + (1 + rnd.nextInt(20)) + ".T." + (1_795_000_000_000L + rnd.nextInt(1_000_000_000)) + "."
                + url.encodeToString(bytes(rnd, 32)) + "." + url.encodeToString(bytes(rnd, 32)) + "." + publicKey + "."
                + url.encodeToString(bytes(rnd, 64));
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    /** Binary PGM (BT.601 luma): zbarimg reads it faster than PNG, and the QR is two flat tones anyway. */
    private static void writePgm(BufferedImage img, Path file) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] head = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[head.length + w * h];
        System.arraycopy(head, 0, data, 0, head.length);
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            data[head.length + i] = (byte) ((299 * ((c >> 16) & 255) + 587 * ((c >> 8) & 255) + 114 * (c & 255)) / 1000);
        }
        Files.write(file, data);
    }
}
