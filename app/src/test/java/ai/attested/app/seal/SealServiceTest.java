package ai.attested.app.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.app.seal.export.SealExporter;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import ai.attested.app.vault.VaultSetup;
import ai.attested.crypto.sig.TestKeys;
import ai.attested.verifier.seal.SealBundleCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one sealing path of the CLI and the desktop app, on a real vault (H2 file, JSONL mirror, test key). */
class SealServiceTest {
    @TempDir Path dir;
    private Vault vault;
    private final SealService sealing = new SealService(SealSettings.defaults());

    @BeforeEach
    void open() {
        vault = Vault.create(new VaultLocation(dir.resolve("vault")), VaultSetup.withTestKey("alice"));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private Path folder() throws Exception {
        Path f = Files.createDirectories(dir.resolve("pkg/a"));
        Files.writeString(f.resolve("b"), "slash");
        Files.writeString(dir.resolve("pkg/a-b"), "dash");
        return dir.resolve("pkg");
    }

    @Test
    void aSealedFolderKeepsItsListingAndItsExportVerifiesAgainstTheFolder() throws Exception {
        Path pkg = folder();
        StoredSeal seal = sealing.sealPath(vault, pkg, "release package", HashProgress.none(), new CancelToken());
        assertThat(seal.subjectKind()).isEqualTo("FOLDER");
        assertThat(new FolderListingStore(vault.location().directory()).get(seal.subjectHash())).isPresent();

        Path zip = dir.resolve("VerifiedBundle.zip");
        Files.write(zip, SealExporter.export(vault, List.of(seal.seq()), TestKeys.tvSig001(), Instant.now()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = SealBundleCli.run(zip, Optional.of(pkg), ps, ps);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("original: OK (seal #1", "overall: PASS_WITH_CAVEATS");
    }

    @Test
    void aCancelArrivingAfterHashingStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "quarterly report");
        CancelToken cancel = new CancelToken();
        HashProgress cancelWhenDone = s -> {
            if (s.filesDone() == s.filesTotal()) {
                cancel.cancel(); // the hash is complete; only the service's own check can stop the append
            }
        };
        assertThatThrownBy(() -> sealing.sealPath(vault, file, "", cancelWhenDone, cancel))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo(CancelToken.SEAL_CANCELLED);
        assertThat(vault.sealCount()).isZero();
        assertThat(Files.size(vault.location().jsonlMirror())).isZero();
    }

    @Test
    void aBadDescriptionStoresNeitherSealNorListing() throws Exception {
        Path pkg = folder();
        assertThatThrownBy(() -> sealing.sealPath(vault, pkg, "what the fuck", HashProgress.none(), new CancelToken()))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo("BAD_WORD");
        assertThatThrownBy(() -> sealing.sealText(vault, "fine text", "fuuuck"))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo("BAD_WORD");
        assertThat(vault.sealCount()).isZero();
        assertThat(Files.exists(vault.location().directory().resolve("folders"))).isFalse();
    }

    @Test
    void manyTextsAreSealedInDurableGroupsEachReportedOnlyOnceInBothStores() throws Exception {
        int n = 2 * SealService.TEXT_GROUP + 3;
        List<HashedSubject> texts = IntStream.range(0, n).mapToObj(i -> sealing.text("text " + i)).toList();
        List<Integer> groupSizes = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        sealing.sealAll(vault, texts, "minutes", durable -> {
            groupSizes.add(durable.size());
            durable.forEach(s -> seqs.add(s.seq()));
            long last = durable.getLast().seq();
            try {
                // when a group is handed over, the mirror already holds every line up to its last seal
                assertThat(Files.readAllLines(vault.location().jsonlMirror())).hasSize((int) last);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThat(vault.seal(last)).isPresent();
        });
        assertThat(groupSizes).containsExactly(SealService.TEXT_GROUP, SealService.TEXT_GROUP, 3);
        assertThat(seqs).isEqualTo(IntStream.rangeClosed(1, n).mapToObj(i -> (long) i).toList());
    }
}
