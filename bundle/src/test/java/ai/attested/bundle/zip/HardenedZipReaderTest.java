package ai.attested.bundle.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.bundle.testing.SampleRun;
import ai.attested.bundle.testing.ZipCrafter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile ZIP is refused with its code; honest ZIPs (ours and other tools') are read. */
class HardenedZipReaderTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private static ZipError codeOf(byte[] zip) {
        return codeOf(zip, ZipLimits.DEFAULTS);
    }

    private static ZipError codeOf(byte[] zip, ZipLimits limits) {
        try (HardenedZipReader r = HardenedZipReader.open(zip, limits)) {
            for (ZipEntryInfo e : r.entries()) {
                r.readAll(e, limits.maxEntryBytes());
            }
            return null;
        } catch (BundleReadException e) {
            return e.code();
        }
    }

    private static ZipCrafter one(String name) {
        ZipCrafter z = new ZipCrafter();
        z.stored(name, HELLO);
        return z;
    }

    @Test
    void readsTheBundlesWeWrite() throws Exception {
        byte[] zip = SampleRun.goldenBundle();
        try (HardenedZipReader r = HardenedZipReader.open(zip, ZipLimits.DEFAULTS)) {
            assertThat(r.entries()).hasSize(13);
            assertThat(r.entries().get(0).name()).isEqualTo("README.txt");
            ZipEntryInfo m = r.entry("bundle_manifest.json").orElseThrow();
            assertThat(new String(r.readAll(m, 1 << 20), StandardCharsets.UTF_8)).startsWith("{\n");
        }
    }

    @Test
    void readsDeflatedEntriesWithDataDescriptorsFromJavaZipOutputStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = "some text, some text, some text\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(text);
            z.putNextEntry(new ZipEntry("b/c.txt"));
            z.write(HELLO);
        }
        try (HardenedZipReader r = HardenedZipReader.open(out.toByteArray(), ZipLimits.DEFAULTS)) {
            assertThat(r.readAll(r.entry("a.txt").orElseThrow(), 1 << 20)).isEqualTo(text);
            assertThat(r.readAll(r.entry("b/c.txt").orElseThrow(), 1 << 20)).isEqualTo(HELLO);
        }
    }

    @Test
    void notAZipAndMissingFiles() throws Exception {
        assertThat(codeOf(new byte[0])).isEqualTo(ZipError.BUNDLE_NOT_ZIP);
        assertThat(codeOf("{\"not\": \"a zip\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(ZipError.BUNDLE_NOT_ZIP);
        Path text = Files.writeString(tmp.resolve("x.zip"), "plain text ".repeat(10_000));
        assertThatThrownBy(() -> HardenedZipReader.open(text, ZipLimits.DEFAULTS))
                .hasFieldOrPropertyWithValue("code", ZipError.BUNDLE_NOT_ZIP);
        assertThatThrownBy(() -> HardenedZipReader.open(tmp.resolve("absent.zip"), ZipLimits.DEFAULTS))
                .hasFieldOrPropertyWithValue("code", ZipError.BUNDLE_UNREADABLE);
    }

    @Test
    void everyTruncationIsACleanRefusal() {
        byte[] zip = SampleRun.goldenBundle();
        for (int len = 1; len < zip.length; len += Math.max(1, len / 7)) {
            ZipError code = codeOf(Arrays.copyOf(zip, len));
            assertThat(code).as("cut at %d", len).isIn(ZipError.BUNDLE_TRUNCATED, ZipError.BUNDLE_CORRUPT, ZipError.BUNDLE_NOT_ZIP);
        }
        assertThat(codeOf(Arrays.copyOf(zip, zip.length - 1))).isEqualTo(ZipError.BUNDLE_TRUNCATED);
    }

    @Test
    void unsafeNamesAreRefusedAndNamed() {
        for (String bad : List.of("../evil.sh", "a/../../evil", "/etc/passwd", "a\\..\\b", "C:/Windows/x", "c:x",
                "a/./b", "a//b", "line\nbreak", "")) {
            assertThatThrownBy(() -> HardenedZipReader.open(one(bad).build(), ZipLimits.DEFAULTS)).as(bad)
                    .isInstanceOfSatisfying(BundleReadException.class, e -> {
                        assertThat(e.code()).isEqualTo(ZipError.BUNDLE_PATH_UNSAFE);
                        assertThat(e.getMessage()).isNotBlank();
                    });
        }
        assertThatThrownBy(() -> HardenedZipReader.open(one("../evil.sh").build(), ZipLimits.DEFAULTS))
                .isInstanceOfSatisfying(BundleReadException.class, e -> assertThat(e.entry()).contains("../evil.sh"));
    }

    @Test
    void nonUtf8AndUnflaggedNonAsciiNamesAreRefused() {
        ZipCrafter z = new ZipCrafter();
        z.stored("x", HELLO).name = new byte[] {'a', (byte) 0xC3, (byte) 0x28};
        assertThat(codeOf(z.build())).isEqualTo(ZipError.BUNDLE_PATH_UNSAFE);
        ZipCrafter cp437 = new ZipCrafter();
        ZipCrafter.Entry e = cp437.stored("\u00e9.txt", HELLO);
        e.flags = 0;
        assertThat(codeOf(cp437.build())).isEqualTo(ZipError.BUNDLE_PATH_UNSAFE);
    }

    @Test
    void duplicatesIncludingCaseAndNormalizationVariants() {
        for (String[] pair : new String[][] {{"a.json", "a.json"}, {"README.txt", "readme.TXT"},
                {"caf\u00e9.txt", "cafe\u0301.txt"}}) {
            ZipCrafter z = new ZipCrafter();
            z.stored(pair[0], HELLO);
            z.stored(pair[1], HELLO);
            assertThat(codeOf(z.build())).as(pair[1]).isEqualTo(ZipError.BUNDLE_DUPLICATE_ENTRY);
        }
    }

    @Test
    void linksDirectoriesEncryptionAndUnknownMethods() {
        ZipCrafter link = new ZipCrafter();
        link.stored("receipts/0001.json", "/etc/passwd".getBytes(StandardCharsets.UTF_8)).external = 0120777 << 16;
        assertThat(codeOf(link.build())).isEqualTo(ZipError.BUNDLE_LINK_ENTRY);
        assertThat(codeOf(one("dir/").build())).isEqualTo(ZipError.BUNDLE_UNSUPPORTED_ENTRY);
        ZipCrafter dosDir = new ZipCrafter();
        ZipCrafter.Entry d = dosDir.stored("dir", new byte[0]);
        d.madeBy = 20;
        d.external = 0x10;
        assertThat(codeOf(dosDir.build())).isEqualTo(ZipError.BUNDLE_UNSUPPORTED_ENTRY);
        ZipCrafter enc = new ZipCrafter();
        enc.stored("a", HELLO).flags |= 1;
        assertThat(codeOf(enc.build())).isEqualTo(ZipError.BUNDLE_UNSUPPORTED_ENTRY);
        ZipCrafter bzip = new ZipCrafter();
        bzip.stored("a", HELLO).method = 12;
        assertThat(codeOf(bzip.build())).isEqualTo(ZipError.BUNDLE_UNSUPPORTED_ENTRY);
    }

    @Test
    void zipBombsAreRefusedBeforeOrWhileExpanding() {
        ZipCrafter bomb = new ZipCrafter();
        bomb.deflated("receipts/0001.json", new byte[20 << 20]);
        assertThat(codeOf(bomb.build())).isEqualTo(ZipError.BUNDLE_EXPANSION_RATIO);
        // The directory lies about the size: the inflater stops at the declared size.
        ZipCrafter liar = new ZipCrafter();
        ZipCrafter.Entry e = liar.deflated("a", "abcdefghij".repeat(300).getBytes(StandardCharsets.UTF_8));
        e.usize = 100;
        assertThat(codeOf(liar.build())).isEqualTo(ZipError.BUNDLE_EXPANSION_RATIO);
        assertThat(codeOf(one("a").build(), ZipLimits.DEFAULTS.withMaxEntryBytes(4))).isEqualTo(ZipError.BUNDLE_ENTRY_TOO_LARGE);
        ZipCrafter two = new ZipCrafter();
        two.stored("a", HELLO);
        two.stored("b", HELLO);
        assertThat(codeOf(two.build(), ZipLimits.DEFAULTS.withMaxTotalBytes(8))).isEqualTo(ZipError.BUNDLE_TOO_LARGE);
    }

    @Test
    void twoHundredThousandEntriesFailFastOnTheCount() {
        ZipCrafter z = new ZipCrafter();
        for (int i = 0; i < 200_000; i++) {
            z.stored(Integer.toString(i), new byte[0]);
        }
        byte[] zip = z.build();
        assertThat(codeOf(zip)).isEqualTo(ZipError.BUNDLE_TOO_MANY_ENTRIES);
        assertThat(codeOf(zip, ZipLimits.DEFAULTS.withMaxEntries(250_000))).isNull();
    }

    @Test
    void anEndRecordThatUnderstatesTheCountIsCorrupt() {
        ZipCrafter z = new ZipCrafter();
        for (int i = 0; i < 1000; i++) {
            z.stored(Integer.toString(i), new byte[0]);
        }
        assertThat(codeOf(z.declareCount(10).build())).isEqualTo(ZipError.BUNDLE_CORRUPT);
    }

    @Test
    void hiddenPrependedOrMismatchedBytesAreCorrupt() {
        assertThat(codeOf(one("a").prefix("MZ-self-extractor".getBytes(StandardCharsets.UTF_8)).build()))
                .isEqualTo(ZipError.BUNDLE_CORRUPT);
        ZipCrafter renamed = new ZipCrafter();
        renamed.stored("safe.txt", HELLO).localName = "../evil".getBytes(StandardCharsets.UTF_8);
        assertThat(codeOf(renamed.build())).isEqualTo(ZipError.BUNDLE_CORRUPT);
        ZipCrafter wrongCrc = new ZipCrafter();
        wrongCrc.stored("a", HELLO).crc ^= 1;
        assertThat(codeOf(wrongCrc.build())).isEqualTo(ZipError.BUNDLE_CRC_MISMATCH);
    }

    @Test
    void readingNeverWritesAFile() throws Exception {
        Path zip = Files.write(tmp.resolve("slip.zip"), one("../slip").build());
        List<Path> before = listing();
        assertThatThrownBy(() -> HardenedZipReader.open(zip, ZipLimits.DEFAULTS)).isInstanceOf(BundleReadException.class);
        Path ok = Files.write(tmp.resolve("ok.zip"), one("a").build());
        before = listing();
        try (HardenedZipReader r = HardenedZipReader.open(ok, ZipLimits.DEFAULTS)) {
            r.readAll(r.entries().get(0), 100);
        }
        assertThat(listing()).isEqualTo(before);
        assertThat(tmp.getParent().resolve("slip")).doesNotExist();
    }

    private List<Path> listing() throws Exception {
        List<Path> out = new ArrayList<>();
        try (var s = Files.walk(tmp)) {
            s.sorted().forEach(out::add);
        }
        return out;
    }
}
