package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScannerTest {

    @Test
    void listsRegularFilesInByteOrderAndSkipsLinksAndExclusions(@TempDir Path dir, @TempDir Path outside) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/b"), "slash");
        Files.writeString(dir.resolve("a-b"), "dash");
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/objects/x"), "x");
        Files.writeString(outside.resolve("secret"), "outside");
        Files.createSymbolicLink(dir.resolve("link-out"), outside.resolve("secret"));
        Files.createSymbolicLink(dir.resolve("link-dir"), outside);
        Files.createSymbolicLink(dir.resolve("link-in"), dir.resolve("a-b"));

        FolderScanner.Scan scan = FolderScanner.scan(dir);
        assertThat(scan.files()).extracting(FolderScanner.ScannedFile::path).containsExactly("a-b", "a/b");
        assertThat(scan.totalBytes()).isEqualTo(9);
        assertThat(scan.skipped()).extracting(s -> s.path() + ":" + s.reason())
                .containsExactly(".git:EXCLUDED", "link-dir:SYMLINK", "link-in:SYMLINK", "link-out:SYMLINK", "manifest.json:EXCLUDED");
    }

    @Test
    void aNewlineInANameIsRefusedNamingThePath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad\nname"), "x");
        assertThatThrownBy(() -> FolderScanner.scan(dir)).isInstanceOfSatisfying(FolderScanner.UnsupportedPathException.class,
                e -> assertThat(e.path()).isEqualTo("bad\nname"));
    }
}
