package ai.attested.verifier.seal;

import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.crypto.json.PrettyJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Committed VerifiedBundle fixtures under test-vectors/verified-bundles/: each file, the verifier
 * arguments it is run with (relative to that folder), and what the verifier must say: exit code,
 * every {@code error_code: CODE (path)} and {@code caveat: CODE (where)} in order, or for exit 3
 * the code on standard error. Codes no input can produce are listed with the reason. Run
 * {@link #main} to regenerate after an intended change; {@code VerifiedBundleFixturesTest} checks
 * that the committed bytes are these and that each case says exactly what it declares.
 */
final class VerifiedBundleFixtures {
    static final String TSA_FIXTURE = "bad/TSA_CERT_NOT_TRUSTED.zip";
    static final String PASS = "good/PASS.zip";
    static final String DEVICE = "good/DEVICE_TIME_ONLY.zip";
    static final String NO_CHECKPOINT = "good/NO_CHECKPOINT.zip";
    static final String SKIPPED = "good/FOLDER_SKIPPED_CHANGED.zip";
    static final String VAULT_KEY = FixtureChain.KEY.publicKey().keyId();

    /**
     * One verifier run: {@code findings} and {@code caveats} are "CODE (where)" in report order;
     * {@code error} is the code of an input refused whole (exit 3), else null.
     */
    record Case(String file, List<String> args, String about, List<String> findings, List<String> caveats, String error) {
        static Case of(String file, List<String> args, String about, List<String> findings, List<String> caveats) {
            return new Case(file, args, about, findings, caveats, null);
        }

        static Case error(String file, List<String> args, String about, String code) {
            return new Case(file, args, about, List.of(), List.of(), code);
        }

        int exitCode() {
            return error != null ? 3 : !findings.isEmpty() ? 1 : !caveats.isEmpty() ? 2 : 0;
        }
    }

    /** A code no input makes the VerifiedBundle verifier report, and why. */
    record NotProduced(String code, String reason) {
    }

    private VerifiedBundleFixtures() {
    }

    /** Every committed file (bundles and originals), by path under test-vectors/verified-bundles/. */
    static Map<String, byte[]> files() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        build(files, new ArrayList<>());
        return files;
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        build(new TreeMap<>(), cases);
        return cases;
    }

    private static void build(Map<String, byte[]> files, List<Case> cases) throws Exception {
        FixtureChain.ORIGINALS.forEach((p, b) -> files.put("originals/" + p, b));
        files.put("originals/minutes.txt", TsaBundleFixture.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        good(files, cases);
        SealBundleBadFixtures.addTo(files, cases);
        String pinA = TsaBundleFixture.authority().certSha256();
        String pinB = TsaBundleFixture.otherAuthority().certSha256();
        files.put(TSA_FIXTURE, SealBundleCliTest.zipOf(TsaBundleFixture.bundle()));
        cases.add(Case.of(TSA_FIXTURE, List.of("--trust-tsa", pinB), "Seal #1 is time-stamped by 'Fixture TSA A'; the auditor pins only"
                + " 'Fixture TSA B' (" + pinB + ").", List.of("TSA_CERT_NOT_TRUSTED (seals/000001/seal.json)"), List.of()));
        originalFixtures(cases, pinA);
        SealBundleZipFixtures.addTo(files, cases);
        argumentErrors(cases, pinA);
    }

    private static void good(Map<String, byte[]> files, List<Case> cases) throws Exception {
        String pinA = TsaBundleFixture.authority().certSha256();
        files.put(PASS, SealBundleCliTest.zipOf(TsaBundleFixture.bundle()));
        cases.add(Case.of(PASS, List.of("--trust-tsa", pinA), "One text seal time-stamped by 'Fixture TSA A', covered by the checkpoint;"
                + " the auditor pins that authority: plain PASS.", List.of(), List.of()));
        cases.add(Case.of(PASS, List.of("--trust-tsa", pinA, "--expect-key", "36EE 3280 C62E D537", "--file", "originals/minutes.txt"),
                "The same, with the vault key pinned as a seal card prints it (any case) and the original text checked.", List.of(), List.of()));
        cases.add(Case.of(PASS, List.of(), "The same bundle without a pin: the TSA certificate is not anchored.", List.of(),
                List.of("TSA_CERT_UNVERIFIED (seal #1)")));

        files.put(DEVICE, SealBundleCliTest.zipOf(FixtureChain.standard().entries()));
        List<String> device3 = SealBundleBadFixtures.DEVICE3;
        cases.add(Case.of(DEVICE, List.of(), "Seals #1 TEXT, #2 FILE report.bin, #3 FOLDER pkg with device time only, covered by a checkpoint.",
                List.of(), device3));
        cases.add(Case.of(DEVICE, List.of("--expect-key", VAULT_KEY, "--file", "originals/report.bin"),
                "The same with the vault key pinned and report.bin checked against seal #2.", List.of(), device3));
        cases.add(Case.of(DEVICE, List.of("--file", "originals/pkg"), "The same with the folder checked against seal #3.", List.of(), device3));
        cases.add(Case.of(DEVICE, List.of("--file", "originals/text.txt"), "The same with a file holding the sealed text.", List.of(), device3));

        java.util.TreeMap<String, byte[]> noCp = new java.util.TreeMap<>(TsaBundleFixture.bundle());
        noCp.remove(VerifiedBundleLayout.CHECKPOINT);
        noCp.remove("seals/000001/inclusion_proof.json");
        files.put(NO_CHECKPOINT, SealBundleCliTest.zipOf(SealBundleBadFixtures.resign(noCp)));
        cases.add(Case.of(NO_CHECKPOINT, List.of("--trust-tsa", pinA), "The TSA seal exported before any checkpoint covered it.", List.of(),
                List.of("NO_CHECKPOINT (seal #1)")));

        FolderListing withLink = FixtureChain.folderListing(List.of(new FolderListing.Skipped("run.sh", FolderListing.SkipReason.SYMLINK)));
        files.put(SKIPPED, SealBundleCliTest.zipOf(FixtureChain.standard(withLink).entries()));
        List<String> skipped = new ArrayList<>(device3);
        skipped.add("FOLDER_SKIPPED_CHANGED (originals/pkg)");
        cases.add(Case.of(SKIPPED, List.of("--file", "originals/pkg"), "pkg was sealed with a symbolic link run.sh (never hashed) that is"
                + " gone now: the hashed files are as sealed, the auditor is told the rest changed.", List.of(), skipped));
    }

    private static void originalFixtures(List<Case> cases, String pinA) {
        cases.add(Case.of(DEVICE, List.of("--file", "originals/report-changed.bin"), "report.bin with one byte changed: no seal's subject.",
                List.of("FILE_HASH_MISMATCH (originals/report-changed.bin)"), SealBundleBadFixtures.DEVICE3));
        cases.add(Case.of(PASS, List.of("--trust-tsa", pinA, "--file", "originals/pkg"), "A folder given for a bundle of one text seal: it cannot be read as a file.",
                List.of("ORIGINAL_UNREADABLE (originals/pkg)"), List.of()));
        cases.add(Case.of(DEVICE, List.of("--expect-key", "0123 4567 89ab cdef"), "The auditor pins another vault key than the one that"
                + " signed the manifest.", List.of("SEAL_KEY_UNEXPECTED (bundle_manifest.json)"), SealBundleBadFixtures.DEVICE3));
    }

    private static void argumentErrors(List<Case> cases, String pinA) {
        cases.add(Case.error(DEVICE, List.of("--file", "originals/no-such-file"), "--file names nothing.", "ORIGINAL_UNREADABLE"));
        cases.add(Case.error(DEVICE, List.of("--trust-tsa", pinA.substring(2)), "--trust-tsa with 62 hex digits.", "TRUST_TSA_INVALID"));
        cases.add(Case.error(DEVICE, List.of("--expect-key", "36ee-3280-c62e-d537"), "--expect-key with dashes.", "EXPECT_KEY_INVALID"));
        cases.add(Case.error(DEVICE, List.of("--json"), "--json: a VerifiedBundle has the text report only.", "JSON_UNAVAILABLE"));
    }

    static List<NotProduced> notProduced() {
        return List.of(
                new NotProduced("BUNDLE_UNREADABLE", "a path with no file behind it: nothing to commit (StandaloneJarIT runs one)"),
                new NotProduced("BUNDLE_TOO_MANY_ENTRIES", "needs more than 50,000 entries, megabytes of fixture (HostileBundleTest builds one)"),
                new NotProduced("BUNDLE_TOO_LARGE", "needs more than 1 GiB of entries (HostileBundleTest builds one)"),
                new NotProduced("CHAIN_LINKS_INVALID", "the chain-slice reader's code; the verifier reports an unreadable slice as"
                        + " CHAIN_LINK_MISMATCH (chain/links.json), see bad/CHAIN_LINK_MISMATCH-absent.zip"),
                new NotProduced("INCLUSION_PROOF_FILE_INVALID", "the proof-file reader's code; the verifier reports it as INCLUSION_PROOF_INVALID"),
                new NotProduced("QR_PAYLOAD_INVALID", "verifier.jar reads no QR code; card payloads are fixtures under test-vectors/cards/"));
    }

    /** Writes every fixture and index.json under {@code args[0]} (default ../test-vectors/verified-bundles). */
    public static void main(String[] args) throws Exception {
        Path root = Paths.get(args.length > 0 ? args[0] : "../test-vectors/verified-bundles");
        for (Map.Entry<String, byte[]> f : files().entrySet()) {
            Path target = root.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        Files.write(root.resolve("index.json"), index(cases()));
    }

    static byte[] index(List<Case> cases) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode root = n.objectNode();
        root.put("about", "VerifiedBundle fixtures (svault export); run each from this folder as 'java -jar verifier.jar FILE ARGS...'"
                + " (svault verify adds CARD_QR_MISMATCH on these bundles: their card.png is a placeholder; see ../cards/). findings and"
                + " caveats are 'error_code:' and 'caveat:' lines in order; error is the code on standard error when the input is refused"
                + " whole (exit 3). Generated by verifier/src/test/java/ai/attested/verifier/seal/VerifiedBundleFixtures.java");
        ArrayNode arr = root.putArray("fixtures");
        for (Case c : cases) {
            ObjectNode o = arr.addObject();
            o.put("file", c.file());
            ArrayNode a = o.putArray("args");
            c.args().forEach(a::add);
            o.put("about", c.about());
            o.put("exit_code", c.exitCode());
            if (c.error() != null) {
                o.put("error", c.error());
            }
            put(o.putArray("findings"), c.findings());
            put(o.putArray("caveats"), c.caveats());
        }
        ArrayNode np = root.putArray("not_produced");
        for (NotProduced x : notProduced()) {
            np.addObject().put("code", x.code()).put("reason", x.reason());
        }
        return PrettyJson.bytes(root);
    }

    private static void put(ArrayNode arr, List<String> codeWhere) {
        for (String e : codeWhere) {
            int p = e.indexOf(" (");
            ObjectNode o = arr.addObject().put("code", p < 0 ? e : e.substring(0, p));
            if (p >= 0) {
                o.put("path", e.substring(p + 2, e.length() - 1));
            }
        }
    }
}
