package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.crypto.Hex;
import ai.attested.crypto.merkle.ConsistencyProof;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteVerifierKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultChainTest {

    @TempDir
    Path dir;

    @Test
    void sealsChainOnPreviousHashAndSurviveReopen() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 3);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (3 seals)");
            StoredSeal s1 = v.seal(1).orElseThrow();
            StoredSeal s2 = v.seal(2).orElseThrow();
            assertThat(s1.prevSealHash()).isEqualTo("0".repeat(64));
            assertThat(s2.prevSealHash()).isEqualTo(s1.sealHash());
            assertThat(v.chainStatus().headSealHash()).isEqualTo(v.seal(3).orElseThrow().sealHash());
        }
        List<String> lines = Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{").contains("\"seq\":1");
    }

    @Test
    void passphraseVaultUnlocksOnlyWithTheRightPassphrase() {
        VaultLocation loc = new VaultLocation(dir);
        try (Vault v = Vault.create(loc, VaultFixture.passphraseSetup("alice"), VaultFixture.CODEC)) {
            v.append(TestSeals.text("hello"));
            assertThat(v.info().testKey()).isFalse();
        }
        assertThat(loc.keyFile()).exists();
        assertThatThrownBy(() -> Vault.open(loc, p -> "wrong".toCharArray(), VaultFixture.CODEC))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).code()).isEqualTo("PASSPHRASE_WRONG");
        try (Vault v = Vault.open(loc, p -> VaultFixture.PASS.clone(), VaultFixture.CODEC)) {
            assertThat(v.append(TestSeals.text("again")).seq()).isEqualTo(2);
        }
    }

    @Test
    void initRefusesAnExistingVaultAndABadUsername() {
        VaultFixture.testKeyVault(dir, 0);
        assertThatThrownBy(() -> Vault.create(new VaultLocation(dir), VaultSetup.withTestKey("bob"), VaultFixture.CODEC))
                .extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_EXISTS");
        assertThatThrownBy(() -> Vault.create(new VaultLocation(dir.resolve("b")), VaultSetup.withTestKey("sh1tty.b0ss"),
                VaultFixture.CODEC)).extracting(e -> ((AppException) e).code()).isEqualTo("BAD_WORD");
        assertThat(dir.resolve("b").resolve("vault.json")).doesNotExist();
    }

    @Test
    void readOnlyVaultRefusesToSeal() {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 1);
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThatThrownBy(() -> v.append(TestSeals.text("x")))
                    .extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_READ_ONLY");
        }
    }

    @Test
    void searchPagesNewestFirstByTextHashAndDate() {
        VaultLocation loc = new VaultLocation(dir);
        try (Vault v = Vault.create(loc, VaultSetup.withTestKey("alice"), VaultFixture.CODEC)) {
            VaultFixture.appendTexts(v, 1, 250);
            v.append(TestSeals.text("contract draft", "Signed Contract v2"));
            SealPage all = v.seals(SealQuery.ALL, 0, 100);
            assertThat(all.total()).isEqualTo(251);
            assertThat(all.seals()).hasSize(100);
            assertThat(all.seals().getFirst().seq()).isEqualTo(251);
            assertThat(v.seals(SealQuery.ALL, 200, 100).seals()).extracting(StoredSeal::seq).startsWith(51L).endsWith(1L);

            SealPage byText = v.seals(SealQuery.text("contract V2"), 0, 10);
            assertThat(byText.total()).isEqualTo(1);
            assertThat(byText.seals().getFirst().description()).isEqualTo("Signed Contract v2");

            StoredSeal s7 = v.seal(7).orElseThrow();
            assertThat(v.seals(SealQuery.hash(s7.sealHash().substring(0, 12)), 0, 10).seals()).extracting(StoredSeal::seq)
                    .containsExactly(7L);
            assertThat(v.seals(SealQuery.hash(s7.subjectHash()), 0, 10).seals()).extracting(StoredSeal::seq)
                    .containsExactly(7L);
            // device times are T0 + seq seconds
            SealPage window = v.seals(new SealQuery(null, null, "2026-02-11T12:00:10.000Z", "2026-02-11T12:00:20.000Z"), 0, 100);
            assertThat(window.seals()).extracting(StoredSeal::seq).containsExactly(19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L);
            assertThat(v.seals(SealQuery.text("100%_"), 0, 10).total()).isZero();
        }
    }

    @Test
    void checkpointEveryHundredSealsWithInclusionAndConsistencyProofs() throws Exception {
        VaultLocation loc = new VaultLocation(dir);
        try (Vault v = Vault.create(loc, VaultSetup.withTestKey("alice"), VaultFixture.CODEC)) {
            VaultFixture.appendTexts(v, 1, 99);
            assertThat(v.latestCheckpoint()).isEmpty();
            assertThatThrownBy(() -> v.inclusionProof(5)).extracting(e -> ((AppException) e).code()).isEqualTo("NO_CHECKPOINT_COVERS");
            VaultFixture.appendTexts(v, 100, 100);
            assertThat(v.latestCheckpoint().orElseThrow().treeSize()).isEqualTo(100);
            VaultFixture.appendTexts(v, 101, 137);
            Checkpoints.Stored onDemand = v.checkpoint();
            assertThat(onDemand.treeSize()).isEqualTo(137);
            assertThat(loc.checkpointsDirectory().resolve("000000000137.checkpoint")).exists();

            NoteVerifierKey vkey = NoteVerifierKey.ed25519("sovereign-vault/" + v.info().vaultId().formatted(),
                    v.info().publicKey());
            Checkpoint cp = Checkpoint.open(onDemand.signedNote().getBytes(StandardCharsets.UTF_8), List.of(vkey));
            assertThat(cp.treeSize()).isEqualTo(137);

            Checkpoints.Inclusion inc = v.inclusionProof(42);
            assertThat(inc.checkpoint().treeSize()).isEqualTo(137);
            byte[] leaf = MerkleTree.leafHash(Hex.decode(v.seal(42).orElseThrow().sealHash()));
            InclusionProof.verify(leaf, 41, 137, inc.path(), cp.rootHash());

            Checkpoints.Consistency cons = v.consistencyProof(100, 137);
            ConsistencyProof.verify(100, 137, cons.path(), Hex.decode(cons.older().rootHash()), cp.rootHash());
        }
    }

    @Test
    void verifiedStateSkipsSignatureChecksOnlyForTheUnchangedPrefix() {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 300);
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().signaturesChecked()).isZero();
            VaultFixture.appendTexts(v, 301, 310);
        }
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().ok()).isTrue();
            assertThat(v.chainStatus().signaturesChecked()).isZero();
            assertThat(v.verify(true).signaturesChecked()).isEqualTo(310);
        }
    }
}
