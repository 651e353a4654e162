package ai.attested.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.merkle.ConsistencyProof;
import ai.attested.crypto.merkle.InclusionProof;
import ai.attested.crypto.merkle.MerkleTree;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteVerifierKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash inside one durable group of 350 seals that crosses the checkpoint sizes 100, 200, 300
 * and 400: a real JVM appends the group to a real H2 file and is killed with SIGKILL at the exact
 * instant after the seals are durable and before a given checkpoint is signed. The next keyed open
 * signs every missing checkpoint (decision 0065), each over the right Merkle root, and consistency
 * proofs between all of them verify.
 */
class CheckpointCrashTest {

    private static final Pattern SEAL_HASH = Pattern.compile("\"seal_hash\":\"([0-9a-f]{64})\"");

    @TempDir
    Path dir;

    @Test
    void killedBeforeTheGroupsFirstCheckpointAllFourAreSignedOnReopen() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 50);
        killAppendingAt(loc, 350, 100);
        assertThat(rawSealCount(loc)).isEqualTo(400);
        assertThat(rawCheckpointSizes(loc)).isEmpty();
        reopenAndCheck(loc, List.of(100L, 200L, 300L, 400L), "checkpoints 100, 200, 300, 400");
    }

    @Test
    void killedBetweenTheGroupsCheckpointsOnlyTheMissingOnesAreSigned() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 50);
        killAppendingAt(loc, 350, 300);
        assertThat(rawSealCount(loc)).isEqualTo(400);
        assertThat(rawCheckpointSizes(loc)).containsExactly(100L, 200L);
        List<String> before = List.of(note(loc, 100), note(loc, 200));
        reopenAndCheck(loc, List.of(100L, 200L, 300L, 400L), "checkpoints 300, 400");
        assertThat(List.of(note(loc, 100), note(loc, 200))).isEqualTo(before); // existing ones untouched
    }

    @Test
    void missingCheckpointFileBesideItsRowIsRewritten() throws Exception {
        VaultLocation loc = VaultFixture.testKeyVault(dir, 200);
        Path file = loc.checkpointsDirectory().resolve("000000000100.checkpoint");
        String note = Files.readString(file);
        Files.delete(file);
        try (Vault v = Vault.openReadOnly(loc, VaultFixture.CODEC)) {
            assertThat(v.chainStatus().repairs()).isEmpty(); // a read-only open signs and writes nothing
        }
        assertThat(file).doesNotExist();
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().repairs()).containsExactly(
                    "CHECKPOINT_FILES_REWRITTEN: checkpoint 100 written again to checkpoints/ from the database");
        }
        assertThat(Files.readString(file)).isEqualTo(note);
    }

    /** Runs {@link CheckpointCrashMain} until it stops before checkpoint {@code stopAt}, then SIGKILLs it. */
    private static void killAppendingAt(VaultLocation loc, int count, long stopAt) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CheckpointCrashMain.class.getName(), loc.directory().toString(), Integer.toString(count), Long.toString(stopAt)))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("STOPPED " + stopAt);
        } finally {
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, nothing flushed by the JVM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isEqualTo(137); // 128 + SIGKILL
    }

    private static void reopenAndCheck(VaultLocation loc, List<Long> expectSizes, String recreated) throws Exception {
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().summaryLine()).isEqualTo("chain: OK (400 seals)");
            assertThat(v.chainStatus().repairs()).containsExactly("CHECKPOINTS_RECREATED: " + recreated
                    + " (left unsigned when a process stopped) signed now");
        }
        assertThat(rawCheckpointSizes(loc)).containsExactlyElementsOf(expectSizes);
        List<byte[]> leaves = new ArrayList<>();
        for (String line : Files.readAllLines(loc.jsonlMirror(), StandardCharsets.UTF_8)) {
            Matcher m = SEAL_HASH.matcher(line);
            assertThat(m.find()).isTrue();
            leaves.add(MerkleTree.leafHash(Hex.decode(m.group(1))));
        }
        assertThat(leaves).hasSize(400);
        VaultInfo info = VaultMetadata.read(loc.metadataFile());
        NoteVerifierKey key = NoteVerifierKey.ed25519("sovereign-vault/" + info.vaultId().formatted(), info.publicKey());
        List<Checkpoint> opened = new ArrayList<>();
        for (long size : expectSizes) {
            Checkpoint cp = Checkpoint.open(note(loc, size).getBytes(StandardCharsets.UTF_8), List.of(key));
            assertThat(cp.treeSize()).isEqualTo(size);
            assertThat(cp.rootHash()).isEqualTo(MerkleTree.root(leaves.subList(0, (int) size)));
            opened.add(cp);
        }
        try (Vault v = VaultFixture.openTestKey(loc)) {
            assertThat(v.chainStatus().repairs()).isEmpty(); // nothing left to recreate
            for (int i = 0; i < opened.size(); i++) {
                for (int j = i + 1; j < opened.size(); j++) {
                    Checkpoint older = opened.get(i);
                    Checkpoint newer = opened.get(j);
                    Checkpoints.Consistency c = v.consistencyProof(older.treeSize(), newer.treeSize());
                    ConsistencyProof.verify(older.treeSize(), newer.treeSize(), c.path(), older.rootHash(), newer.rootHash());
                }
            }
            Checkpoints.Inclusion inc = v.inclusionProof(321);
            assertThat(inc.checkpoint().treeSize()).isEqualTo(400);
            InclusionProof.verify(leaves.get(320), 320, 400, inc.path(), opened.getLast().rootHash());
        }
    }

    private static String note(VaultLocation loc, long size) throws Exception {
        return Files.readString(loc.checkpointsDirectory().resolve("%012d.checkpoint".formatted(size)), StandardCharsets.UTF_8);
    }

    private static long rawSealCount(VaultLocation loc) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + loc.databaseBase() + ";IFEXISTS=TRUE", "svault", "");
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM seals")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> rawCheckpointSizes(VaultLocation loc) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + loc.databaseBase() + ";IFEXISTS=TRUE", "svault", "");
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT tree_size FROM checkpoints ORDER BY tree_size")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
