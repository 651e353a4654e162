package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageHashTest {
    private static final String H = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void recordsAreSortedByUtf8BytesSoDashComesBeforeSlash() {
        List<FolderEntry> entries = List.of(new FolderEntry("a/b", 0, H), new FolderEntry("a-b", 0, H));
        assertThat(PackageHash.sorted(entries)).extracting(FolderEntry::path).containsExactly("a-b", "a/b");
        String expected = Sha256.hex(("a-b\n0\n" + H + "\na/b\n0\n" + H + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(PackageHash.compute(entries)).isEqualTo(expected);
    }

    @Test
    void byteOrderDiffersFromJavaStringOrderBeyondTheBmp() {
        // U+FF61 is 0xEF 0xBD 0xA1 in UTF-8, U+1F600 is 0xF0...: byte order puts U+FF61 first,
        // while String.compareTo (UTF-16 units: 0xFF61 vs 0xD83D) puts the emoji first.
        String bmp = "\uFF61";
        String astral = "\uD83D\uDE00";
        assertThat(bmp.compareTo(astral)).isPositive();
        assertThat(PackageHash.UTF8_BYTE_ORDER.compare(bmp, astral)).isNegative();
    }

    @Test
    void duplicatePathsAndUnrecordablePathsAreRefused() {
        assertThatThrownBy(() -> PackageHash.compute(List.of(new FolderEntry("x", 0, H), new FolderEntry("x", 1, H))))
                .hasMessageContaining("twice");
        for (String p : new String[] {"", "/abs", "a//b", "a/./b", "../up", "dir/", "new\nline", "nul\0"}) {
            assertThatThrownBy(() -> new FolderEntry(p, 0, H)).as(p).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void seed003ExclusionsApply() {
        assertThat(PackageHash.isExcluded("manifest.json", false)).isTrue();
        assertThat(PackageHash.isExcluded("sub/manifest.json", false)).isFalse();
        assertThat(PackageHash.isExcluded("x/.git", true)).isTrue();
        assertThat(PackageHash.isExcluded("__pycache__", true)).isTrue();
        assertThat(PackageHash.isExcluded("a/.DS_Store", false)).isTrue();
        assertThat(PackageHash.isExcluded("a/m.pyc", false)).isTrue();
        assertThat(PackageHash.isExcluded("a/m.py", false)).isFalse();
        assertThat(PackageHash.isExcluded(".git", false)).isFalse();
    }
}
