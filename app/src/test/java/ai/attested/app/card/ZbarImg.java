package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code zbarimg}, the QR decoder independent of ZXing, on a card image in a real process.
 * Only the QR symbology is enabled: with zbar's defaults, the modules of a QR code can by chance
 * also read as a GS1 DataBar (about one share card in 4,600; docs/decisions/0043), whose digits
 * zbarimg prints as a second line after the payload.
 */
public final class ZbarImg {
    private ZbarImg() {
    }

    /** The text of the image's one QR code; fails unless zbarimg finds exactly one. */
    public static String qrText(Path image) throws IOException, InterruptedException {
        List<String> lines = run("--raw", "-Sdisable", "-Sqrcode.enable", image.toString());
        // A card's payload is printable ASCII without line breaks, so one line is one symbol.
        assertThat(lines).as("QR codes zbarimg read in %s", image).hasSize(1);
        return lines.get(0);
    }

    /** Every symbol zbarimg finds with its default symbologies, as {@code TYPE:data} lines. */
    public static List<String> allSymbols(Path image) throws IOException, InterruptedException {
        return run(image.toString());
    }

    private static List<String> run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("zbarimg", "--quiet"));
        command.addAll(List.of(args));
        // stdout only: zbarimg may print unrelated D-Bus notices on stderr.
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("zbarimg finished").isTrue();
        assertThat(p.exitValue()).as("zbarimg exit code for %s, output: %s", command, out).isZero();
        return out.lines().toList();
    }
}
