package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.testing.ZipCrafter;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The kind probe searches the manifest's bytes as they stream; it answers exactly as the previous
 * probe did (read the whole manifest, decode it as UTF-8, look for the quoted format name).
 */
class VerifiedBundleKindProbeTest {
    private static final String NEEDLE = "\"" + VerifiedBundleLayout.FORMAT + "\"";

    private static boolean previousProbe(HardenedZipReader r) {
        try {
            return r.entry(VerifiedBundleLayout.MANIFEST).isPresent()
                    && new String(r.readAll(r.entry(VerifiedBundleLayout.MANIFEST).get(), 4L << 20), StandardCharsets.UTF_8)
                            .contains(NEEDLE);
        } catch (BundleReadException e) {
            return false;
        }
    }

    private static void assertSameAnswer(byte[] manifest, boolean deflate, boolean damageCrc, boolean expected) throws Exception {
        ZipCrafter z = new ZipCrafter();
        ZipCrafter.Entry e = deflate ? z.deflated("bundle_manifest.json", manifest) : z.stored("bundle_manifest.json", manifest);
        if (damageCrc) {
            e.crc ^= 1;
        }
        try (HardenedZipReader r = HardenedZipReader.open(z.build(), ZipLimits.DEFAULTS)) {
            assertThat(previousProbe(r)).isEqualTo(expected);
            assertThat(VerifiedBundleFiles.isVerifiedBundle(r)).isEqualTo(expected);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void answersAsTheWholeFileProbe() throws Exception {
        byte[] filler = new byte[65_530];
        Random letters = new Random(5);
        for (int i = 0; i < filler.length; i++) {
            filler[i] = (byte) ('a' + letters.nextInt(26)); // incompressible enough to pass the ZIP-bomb ratio
        }
        assertSameAnswer(ascii("{\"format\":" + NEEDLE + "}"), true, false, true);
        assertSameAnswer(ascii("{\"format\":" + NEEDLE + "}"), false, false, true);
        assertSameAnswer(ascii("{\"format\":" + NEEDLE + "}"), true, true, false); // damaged: no answer but "no"
        assertSameAnswer(ascii("{\"format\":\"svault-verified-bundle/2\"}"), true, false, false);
        assertSameAnswer(ascii("\"\"svault-verified-bundle/1\"\""), true, false, true); // a false start right before it
        assertSameAnswer(ascii("\"svault-verified-\"svault-verified-bundle/1\""), true, false, true);
        assertSameAnswer(concat(filler, ascii(NEEDLE)), true, false, true); // across the 64 KiB chunk boundary
        assertSameAnswer(concat(filler, ascii(NEEDLE)), false, false, true);
        assertSameAnswer(concat(new byte[] {(byte) 0xe2, (byte) 0x82}, ascii(NEEDLE), new byte[] {(byte) 0xff}), true, false, true);
        assertSameAnswer(concat(ascii(NEEDLE.substring(0, 5)), new byte[] {(byte) 0xc3}, ascii(NEEDLE.substring(5))), true, false, false);
        assertSameAnswer(new byte[0], true, false, false);
    }

    @Test
    void randomNearMisses() throws Exception {
        Random random = new Random(1);
        byte[] alphabet = ascii("\"svault-verified-bundle/1\"\"x\u00e9");
        for (int n = 0; n < 300; n++) {
            byte[] doc = new byte[random.nextInt(200)];
            for (int i = 0; i < doc.length; i++) {
                doc[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : NEEDLE.getBytes(StandardCharsets.US_ASCII)[i % NEEDLE.length()];
            }
            boolean expected = new String(doc, StandardCharsets.UTF_8).contains(NEEDLE);
            assertSameAnswer(doc, random.nextBoolean(), false, expected);
        }
    }
}
