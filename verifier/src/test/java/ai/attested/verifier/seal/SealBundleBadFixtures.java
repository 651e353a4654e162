package ai.attested.verifier.seal;

import static ai.attested.verifier.seal.FixtureChain.ATTACKER;
import static ai.attested.verifier.seal.FixtureChain.KEY;
import static ai.attested.verifier.seal.FixtureChain.VAULT;

import ai.attested.bundle.seal.FolderEntry;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.BundleFile;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.export.VerifiedBundleManifest;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.verifier.seal.VerifiedBundleFixtures.Case;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The content fixtures of verified-bundles/bad/: readable VerifiedBundles whose contents are bad,
 * one per failure code (plus variants), each failing with exactly the findings its case declares.
 * Every bundle is derived from {@link FixtureChain#standard()} (three device-time seals and a
 * checkpoint) or from the TSA fixture; a change is followed by re-signing the manifest with the
 * vault key where an attacker would (the "consistent forgery"), so the finding is the one the
 * fixture is about and not a checksum.
 */
final class SealBundleBadFixtures {
    static final String S1 = "seals/000001/seal.json";
    static final String S2 = "seals/000002/seal.json";
    static final String MANIFEST = VerifiedBundleLayout.MANIFEST;
    /** The caveats of the standard chain when nothing else stops verification. */
    static final List<String> DEVICE3 = List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #2)", "DEVICE_TIME_ONLY (seal #3)");

    private SealBundleBadFixtures() {
    }

    static void addTo(Map<String, byte[]> files, List<Case> cases) throws Exception {
        TreeMap<String, byte[]> std = FixtureChain.standard().entries();

        TreeMap<String, byte[]> b = new TreeMap<>(std);
        b.put(MANIFEST, "{\"format\": \"svault-verified-bundle/1\"}\n".getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "BUNDLE_MANIFEST_INVALID", b, "The manifest names the format but has none of its fields.", List.of(),
                "BUNDLE_MANIFEST_INVALID (bundle_manifest.json)");

        b = new TreeMap<>(std);
        b.put(MANIFEST, json(std.get(MANIFEST), m -> m.put("created_at", "2026-02-11T13:00:01.000Z")));
        bad(files, cases, "BUNDLE_SIGNATURE_INVALID", b, "created_at changed after the vault key signed the manifest.", DEVICE3,
                "BUNDLE_SIGNATURE_INVALID (bundle_manifest.json)");

        b = new TreeMap<>(std);
        b.put("README.txt", (new String(std.get("README.txt"), StandardCharsets.UTF_8) + "All seals were reviewed by the CFO.\n")
                .getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "BUNDLE_CHECKSUM_MISMATCH-modified", b, "A line added to README.txt after export.", DEVICE3,
                "BUNDLE_CHECKSUM_MISMATCH (README.txt)");
        b = new TreeMap<>(std);
        b.remove("README.txt");
        bad(files, cases, "BUNDLE_CHECKSUM_MISMATCH-absent", b, "README.txt removed; the manifest still lists it.", DEVICE3,
                "BUNDLE_CHECKSUM_MISMATCH (README.txt)");
        bad(files, cases, "BUNDLE_CHECKSUM_MISMATCH-unlisted", resignOmitting(std, "README.txt"),
                "The manifest re-signed without README.txt, which is still in the ZIP.", DEVICE3, "BUNDLE_CHECKSUM_MISMATCH (README.txt)");

        b = new TreeMap<>(std);
        b.put("notes.txt", "approved\n".getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "BUNDLE_UNEXPECTED_FILE", resign(b), "notes.txt added and listed in a re-signed manifest: not a file of the layout.",
                DEVICE3, "BUNDLE_UNEXPECTED_FILE (notes.txt)");
        b = new TreeMap<>(std);
        b.put("seals/000004/seal.json", ai.attested.bundle.seal.SealCodec.toJson(FixtureChain.standard().chain.get(3)));
        bad(files, cases, "BUNDLE_UNEXPECTED_FILE-not-exported", resign(b),
                "Seal #4 (not exported, so not in the manifest's seals) added as a file: private seals never ride along.", DEVICE3,
                "BUNDLE_UNEXPECTED_FILE (seals/000004/seal.json)");

        FixtureChain c = FixtureChain.standard();
        c.set(2, c.draft(2, VAULT, c.chain.get(1).subject()).sign(ATTACKER, TimeSource.device()));
        bad(files, cases, "SEAL_KEY_UNEXPECTED", c.entries(), "Seal #2 signed by another key than the vault's (which signed the manifest).",
                DEVICE3, "SEAL_KEY_UNEXPECTED (" + S2 + ")");

        b = new TreeMap<>(std);
        b.remove(S2);
        bad(files, cases, "SEAL_MISSING", resign(b), "seal.json of exported seal #2 removed, manifest re-signed.",
                List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #3)"), "SEAL_MISSING (" + S2 + ")");

        b = new TreeMap<>(std);
        b.put(S2, "{\"seq\": 2,\n".getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "SEAL_JSON_INVALID", resign(b), "Seal #2 cut off mid-object (not JSON), manifest re-signed.",
                List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #3)"), "SEAL_JSON_INVALID (" + S2 + ")");

        b = new TreeMap<>(std);
        b.put(S2, json(std.get(S2), s -> s.remove("operator")));
        bad(files, cases, "SEAL_SCHEMA_INVALID", resign(b), "Seal #2 without its operator field, manifest re-signed.",
                List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #3)"), "SEAL_SCHEMA_INVALID (" + S2 + ")");
        b = new TreeMap<>(std);
        b.put(S1, std.get(S2));
        b.put(S2, std.get(S1));
        bad(files, cases, "SEAL_SCHEMA_INVALID-swapped", resign(b), "Seals #1 and #2 swapped between their folders, manifest re-signed.",
                DEVICE3, "SEAL_SCHEMA_INVALID (" + S1 + ")", "SEAL_SCHEMA_INVALID (" + S2 + ")", "CHAIN_LINK_MISMATCH (" + S1 + ")",
                "CHAIN_LINK_MISMATCH (" + S2 + ")", "INCLUSION_PROOF_INVALID (seals/000001/inclusion_proof.json)",
                "INCLUSION_PROOF_INVALID (seals/000002/inclusion_proof.json)");

        b = new TreeMap<>(std);
        b.put(S2, json(std.get(S2), s -> s.put("format", "svault-seal/2")));
        bad(files, cases, "SEAL_FORMAT_UNSUPPORTED", resign(b), "Seal #2 claims format svault-seal/2, manifest re-signed.",
                List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #3)"), "SEAL_FORMAT_UNSUPPORTED (" + S2 + ")");

        c = FixtureChain.standard();
        c.set(2, c.draft(2, "9876-54321-0982", c.chain.get(1).subject()).sign(KEY, TimeSource.device()));
        bad(files, cases, "SEAL_VAULT_MISMATCH", c.entries(), "Seal #2 belongs to vault 9876-54321-0982; the bundle is of " + VAULT + ".",
                DEVICE3, "SEAL_VAULT_MISMATCH (" + S2 + ")");

        b = new TreeMap<>(std);
        b.put(S2, json(std.get(S2), s -> s.put("description", "seal 2, approved by the board")));
        bad(files, cases, "SEAL_HASH_MISMATCH", resign(b), "Seal #2's description changed after sealing, manifest re-signed.", DEVICE3,
                "SEAL_HASH_MISMATCH (" + S2 + ")");

        c = FixtureChain.standard();
        c.reseal(2, s -> ((ObjectNode) s.get("signer")).put("key_id", "0123456789abcdef"), KEY);
        bad(files, cases, "SEAL_KEY_ID_MISMATCH", c.entries(),
                "Seal #2 names key id 0123456789abcdef (hashed and signed as such) but carries the vault's public key.", DEVICE3,
                "SEAL_KEY_ID_MISMATCH (" + S2 + ")");

        b = new TreeMap<>(std);
        String sig1 = StrictJson.parse(std.get(S1)).get("signer").get("signature").asText();
        b.put(S2, json(std.get(S2), s -> ((ObjectNode) s.get("signer")).put("signature", sig1)));
        bad(files, cases, "SEAL_SIGNATURE_INVALID", resign(b), "Seal #2 carries seal #1's signature, manifest re-signed.", DEVICE3,
                "SEAL_SIGNATURE_INVALID (" + S2 + ")");

        tsaFixtures(files, cases);
        folderAndChainFixtures(files, cases, std);
    }

    private static void tsaFixtures(Map<String, byte[]> files, List<Case> cases) throws Exception {
        Seal good = TsaBundleFixture.seal(TsaBundleFixture.authority());
        TimeSource ts = good.timeSource();
        Seal garbage = good.withTimeSource(TimeSource.tsa("not an RFC 3161 token".getBytes(StandardCharsets.US_ASCII), ts.tsaTime(),
                ts.tsaPolicy(), ts.tsaSerial()));
        bad(files, cases, "TSA_TOKEN_INVALID", TsaBundleFixture.bundle(garbage), "The time-stamp token is 21 ASCII bytes, not DER.",
                List.of(), "TSA_TOKEN_INVALID (" + S1 + ")");

        byte[] otherImprint = Sha256.digest("another seal".getBytes(StandardCharsets.US_ASCII));
        byte[] foreign = TsaBundleFixture.authority().stamp(otherImprint, TsaBundleFixture.STAMPED, 7);
        TsaTokenInfo fi = TsaTokenVerifier.verify(foreign, otherImprint);
        bad(files, cases, "TSA_IMPRINT_MISMATCH",
                TsaBundleFixture.bundle(good.withTimeSource(TimeSource.tsa(foreign, fi.genTime(), fi.policy(), fi.serial()))),
                "A genuine token of the same authority, but over another hash than seal #1's.", List.of(),
                "TSA_IMPRINT_MISMATCH (" + S1 + ")");

        bad(files, cases, "TSA_FIELDS_MISMATCH",
                TsaBundleFixture.bundle(good.withTimeSource(TimeSource.tsa(ts.tokenDer(), ts.tsaTime(), ts.tsaPolicy(), "8"))),
                "The seal's copy of the token's serial says 8; the token says 7.", List.of("TSA_CERT_UNVERIFIED (seal #1)"),
                "TSA_FIELDS_MISMATCH (" + S1 + ")");
    }

    private static void folderAndChainFixtures(Map<String, byte[]> files, List<Case> cases, TreeMap<String, byte[]> std) throws Exception {
        String listing = "seals/000003/folder_files.json";
        TreeMap<String, byte[]> b = new TreeMap<>(std);
        b.put(listing, json(std.get(listing), l -> l.put("file_count", 3)));
        bad(files, cases, "FOLDER_LISTING_INVALID", resign(b), "The folder listing says 3 files and lists 2, manifest re-signed.", DEVICE3,
                "FOLDER_LISTING_INVALID (" + listing + ")");
        b = new TreeMap<>(std);
        b.remove(listing);
        bad(files, cases, "FOLDER_LISTING_MISMATCH", resign(b), "The folder seal's listing removed, manifest re-signed.", DEVICE3,
                "FOLDER_LISTING_MISMATCH (" + listing + ")");
        List<FolderEntry> other = new ArrayList<>(FixtureChain.folderListing(List.of()).files());
        other.set(0, new FolderEntry(other.get(0).path(), 4, Sha256.hex("DASH".getBytes(StandardCharsets.US_ASCII))));
        b = new TreeMap<>(std);
        b.put(listing, ai.attested.bundle.seal.FolderListingCodec.toJson(FolderListing.of("pkg", other, List.of())));
        bad(files, cases, "FOLDER_LISTING_MISMATCH-other", resign(b),
                "A well-formed listing of another folder (a-b holds DASH), manifest re-signed.", DEVICE3,
                "FOLDER_LISTING_MISMATCH (" + listing + ")");

        String links = VerifiedBundleLayout.CHAIN_LINKS;
        b = new TreeMap<>(std);
        b.put(links, json(std.get(links), l -> ((ObjectNode) l.get("links").get(1)).put("prev_seal_hash", "aa".repeat(32))));
        bad(files, cases, "CHAIN_LINK_MISMATCH", resign(b), "Link #2 of the chain slice points elsewhere, manifest re-signed.", DEVICE3,
                "CHAIN_LINK_MISMATCH (" + links + ")", "CHAIN_LINK_MISMATCH (" + S2 + ")");
        b = new TreeMap<>(std);
        b.remove(links);
        bad(files, cases, "CHAIN_LINK_MISMATCH-absent", resign(b), "The chain slice removed, manifest re-signed.", DEVICE3,
                "CHAIN_LINK_MISMATCH (" + links + ")");

        String cp = VerifiedBundleLayout.CHECKPOINT;
        String note = new String(std.get(cp), StandardCharsets.UTF_8);
        Checkpoint body = Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
        b = new TreeMap<>(std);
        b.put(cp, NoteSigner.ed25519("sovereign-vault/" + VAULT, ATTACKER).sign(body.toText()).getBytes(StandardCharsets.UTF_8));
        bad(files, cases, "CHECKPOINT_SIGNATURE_INVALID", resign(b),
                "The checkpoint re-signed for the same origin by another key, manifest re-signed.", DEVICE3,
                "CHECKPOINT_SIGNATURE_INVALID (" + cp + ")");

        b = new TreeMap<>(std);
        b.put("seals/000002/inclusion_proof.json", std.get("seals/000001/inclusion_proof.json"));
        bad(files, cases, "INCLUSION_PROOF_INVALID", resign(b), "Seal #1's inclusion proof put in seal #2's folder, manifest re-signed.",
                DEVICE3, "INCLUSION_PROOF_INVALID (seals/000002/inclusion_proof.json)");
        b = new TreeMap<>(std);
        b.remove(cp);
        bad(files, cases, "INCLUSION_PROOF_INVALID-no-checkpoint", resign(b),
                "The checkpoint removed, its inclusion proofs left in place, manifest re-signed.", DEVICE3,
                "INCLUSION_PROOF_INVALID (seals/000001/inclusion_proof.json)", "INCLUSION_PROOF_INVALID (seals/000002/inclusion_proof.json)",
                "INCLUSION_PROOF_INVALID (seals/000003/inclusion_proof.json)");
    }

    private static void bad(Map<String, byte[]> files, List<Case> cases, String name, TreeMap<String, byte[]> entries, String about,
            List<String> caveats, String... findings) throws Exception {
        String file = "bad/" + name + ".zip";
        files.put(file, SealBundleCliTest.zipOf(entries));
        cases.add(Case.of(file, List.of(), about, List.of(findings), caveats));
    }

    static byte[] json(byte[] raw, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode o = (ObjectNode) StrictJson.parse(raw);
        edit.accept(o);
        return PrettyJson.bytes(o);
    }

    static TreeMap<String, byte[]> resign(TreeMap<String, byte[]> entries) throws Exception {
        return SealBundleFixtures.resign(entries, KEY);
    }

    /** The manifest re-signed by the vault key with every file but {@code omitted} listed. */
    static TreeMap<String, byte[]> resignOmitting(TreeMap<String, byte[]> entries, String omitted) throws Exception {
        TreeMap<String, byte[]> out = new TreeMap<>(entries);
        VerifiedBundleManifest old = VerifiedBundleManifest.fromJson(out.remove(MANIFEST));
        List<BundleFile> listed = new ArrayList<>();
        out.forEach((p, x) -> {
            if (!p.equals(omitted)) {
                listed.add(new BundleFile(p, Sha256.hex(x), x.length));
            }
        });
        out.put(MANIFEST, VerifiedBundleManifest.sign(old.vaultId(), old.createdAt(), old.seals(), listed, KEY).toJson());
        return out;
    }
}
