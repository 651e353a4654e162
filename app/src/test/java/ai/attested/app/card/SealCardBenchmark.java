package ai.attested.app.card;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Whole-operation timings of the card renderer (median and minimum of timed rounds after warm-up,
 * one JVM). Figures and the command are in docs/BENCHMARKS.md, "Seal card rendering".
 */
public final class SealCardBenchmark {
    private SealCardBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        long t0 = System.nanoTime();
        SealCardRenderer renderer = new SealCardRenderer();
        System.out.printf("font load + renderer: %.1f ms (first, cold)%n", (System.nanoTime() - t0) / 1e6);
        SealCardModel model = SealCardSamples.fileSeal();
        BufferedImage print = renderer.renderPrint(model);
        BufferedImage share = renderer.renderShare(model);
        CardQrDecoder decoder = new CardQrDecoder();
        time("layoutPrint", rounds, () -> renderer.layoutPrint(model));
        time("layoutShare", rounds, () -> renderer.layoutShare(model));
        time("renderPrint (2400x3200)", rounds, () -> renderer.renderPrint(model));
        time("renderShare (1200x630)", rounds, () -> renderer.renderShare(model));
        time("writePng print", rounds, () -> SealCardRenderer.pngBytes(print));
        time("writePng share", rounds, () -> SealCardRenderer.pngBytes(share));
        time("CardQrDecoder print", rounds, () -> decoder.decode(print));
        time("CardQrDecoder share", rounds, () -> decoder.decode(share));
        System.out.printf("PNG size: print %d bytes, share %d bytes; payload %d chars%n",
                SealCardRenderer.pngBytes(print).length, SealCardRenderer.pngBytes(share).length,
                model.qrPayload().length());
    }

    private static void time(String name, int rounds, Supplier<?> op) {
        for (int i = 0; i < 3; i++) {
            op.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            op.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-26s median %8.2f ms   min %8.2f ms%n", name, ms[rounds / 2], ms[0]);
    }
}
