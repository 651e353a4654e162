package ai.attested.app.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.FolderListing;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderListingStoreTest {

    @Test
    void listingIsStoredByPackageHashAndCheckedOnRead(@TempDir Path vault, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x"), "x");
        FolderListing l = new SubjectHasher(SealLimits.defaults()).folder(dir, s -> { }, new CancelToken()).folderListing().orElseThrow();
        FolderListingStore store = new FolderListingStore(vault);
        store.put(l);
        store.put(l); // idempotent
        assertThat(store.get(l.packageHash())).contains(l);
        assertThat(store.get("0".repeat(64))).isEmpty();
        Path file = vault.resolve("folders/" + l.packageHash() + ".json");
        assertThat(Files.readString(file)).doesNotContain("\"x\\n\"").contains("\"path\": \"x\"");
        // A listing moved under another hash's name is refused.
        Path other = vault.resolve("folders/" + "a".repeat(64) + ".json");
        Files.copy(file, other);
        assertThatThrownBy(() -> store.get("a".repeat(64))).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.code()).isEqualTo("FOLDER_LISTING_MISMATCH"));
    }
}
