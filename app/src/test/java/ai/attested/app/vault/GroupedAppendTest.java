package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Vault#append(List, int, java.util.function.Consumer)}: consecutive durable groups, the
 * next one signed while the current one is written. A group is handed over only when it is in
 * both stores; a failure keeps what was handed over and stores nothing after it.
 */
class GroupedAppendTest {

    @TempDir
    Path dir;

    private static List<SealMinter> texts(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> TestSeals.text("grouped text " + i)).toList();
    }

    /** A minter whose signing step fails, after its chain position was taken. */
    private static SealMinter failingAtSigning() {
        return new SealMinter() {
            @Override
            public String mint(SealContext ctx) {
                throw new AssertionError("prepare is used");
            }

            @Override
            public Prepared prepare(SealContext ctx) {
                return new Prepared("ab".repeat(32), () -> {
                    throw new AppException("TEST_SIGNING_FAILED", "the signing step failed on purpose");
                });
            }
        };
    }

    private static int mirrorLines(VaultLocation loc) throws Exception {
        return Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8).size();
    }

    @Test
    void groupsAreHandedOverInOrderEachAlreadyInBothStores() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 0);
        List<List<Long>> handed = new ArrayList<>();
        try (Vault v = VaultFixture.openTestKey(loc)) {
            v.append(texts(1, 10), 4, group -> {
                handed.add(group.stream().map(StoredSeal::seq).toList());
                long last = group.getLast().seq();
                try {
                    assertThat(mirrorLines(loc)).isEqualTo(last);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                assertThat(v.seal(last)).isPresent();
                assertThat(v.sealCount()).isEqualTo(last);
            });
        }
        assertThat(handed).containsExactly(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L), List.of(9L, 10L));
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.verify(true).summaryLine()).isEqualTo("chain: OK (10 seals)");
        }
    }

    @Test
    void aGroupThatFailsToSignStopsTheAppendAfterTheGroupsAlreadyDurable() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 0);
        List<SealMinter> minters = new ArrayList<>(texts(1, 7));
        minters.add(failingAtSigning()); // seal #8, in the third group of three
        minters.addAll(texts(9, 12));
        List<Long> handed = new ArrayList<>();
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThatThrownBy(() -> v.append(minters, 3, group -> group.forEach(s -> handed.add(s.seq()))))
                    .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo("TEST_SIGNING_FAILED");
            assertThat(handed).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(v.sealCount()).isEqualTo(6);
            assertThat(mirrorLines(loc)).isEqualTo(6);
            assertThat(v.append(TestSeals.text("after the failure")).seq()).isEqualTo(7);
        }
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.verify(true).summaryLine()).isEqualTo("chain: OK (7 seals)");
        }
    }

    @Test
    void whenTheReceiverFailsNoLaterGroupIsStored() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 0);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThatThrownBy(() -> v.append(texts(1, 9), 3, group -> {
                throw new IllegalStateException("standard output is closed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(v.sealCount()).isEqualTo(3); // the first group was durable before it was handed over
            assertThat(mirrorLines(loc)).isEqualTo(3);
            assertThat(v.append(TestSeals.text("next")).seq()).isEqualTo(4);
        }
    }
}
