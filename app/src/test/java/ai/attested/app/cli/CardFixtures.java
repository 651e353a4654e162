package ai.attested.app.cli;

import ai.attested.app.card.SealCardModel;
import ai.attested.app.card.SealCardRenderer;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.ExportedSeal;
import ai.attested.bundle.seal.export.VerifiedBundleWriter;
import ai.attested.bundle.zip.DeterministicZipWriter;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Committed fixtures of {@code svault verify} for seal cards (test-vectors/cards/): real cards
 * rendered by {@link SealCardRenderer} from TV-SIG-001 seals with a fixed clock, hostile images,
 * and a VerifiedBundle whose card carries another seal's QR code (what only svault verify, which
 * decodes QR codes, can see). The index gives each run's arguments (relative to that folder), exit
 * code and findings; {@code CardFixturesTest} checks the bytes and runs every case.
 */
public final class CardFixtures {
    static final Ed25519PrivateKey KEY = TestKeys.tvSig001();
    static final String VAULT = "1234-56789-0123";
    static final String TEXT = "I, Alice, promise the quarterly numbers are final.";
    static final String PRINT = "good/card-print.png";
    static final String SHARE = "good/card-share.png";

    /** One run of {@code svault verify FILE ARGS}: findings and caveats "CODE (where)" in order, or the code of a refusal (exit 3). */
    record Case(String file, List<String> args, String about, List<String> findings, List<String> caveats, String error) {
        int exitCode() {
            return error != null ? 3 : !findings.isEmpty() ? 1 : !caveats.isEmpty() ? 2 : 0;
        }
    }

    record Generated(Map<String, byte[]> files, List<Case> cases) {
    }

    private CardFixtures() {
    }

    static Seal seal(long seq, String prev, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        return new SealDraft(VAULT, seq, prev, SealSubject.text("text", t.length, Sha256.hex(t)), "promise " + seq, "alice",
                "2026-02-11T12:00:0" + seq + ".000Z").sign(KEY, TimeSource.device());
    }

    static Generated generate() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        List<Case> cases = new ArrayList<>();
        SealCardRenderer renderer = new SealCardRenderer();
        Seal one = seal(1, SealRules.GENESIS_PREV_HASH, TEXT);
        Seal two = seal(2, one.sealHash(), "And the annual ones too.");
        files.put("originals/text.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        files.put("originals/other.txt", (TEXT + "\n").getBytes(StandardCharsets.UTF_8));

        SealCardModel model = SealCardModel.fromSeal(one);
        files.put(PRINT, SealCardRenderer.pngBytes(renderer.renderPrint(model)));
        files.put(SHARE, SealCardRenderer.pngBytes(renderer.renderShare(model)));
        cases.add(ok(PRINT, List.of(), "The print card (2400 px) of text seal #1, TV-SIG-001."));
        cases.add(ok(PRINT, List.of("--file", "originals/text.txt"), "The same with a file holding exactly the sealed text."));
        cases.add(ok(SHARE, List.of(), "The 1200x630 share image of the same seal."));
        cases.add(fail(PRINT, List.of("--file", "originals/other.txt"), "The sealed text plus a newline: another SHA-256.",
                "FILE_HASH_MISMATCH (originals/other.txt)"));
        cases.add(fail(PRINT, List.of("--file", "originals"), "A folder given for a text seal's card: it cannot be read as a file.",
                "ORIGINAL_UNREADABLE (originals)"));
        cases.add(new Case(PRINT, List.of("--file", "originals/no-such-file"), "--file names nothing: a wrong argument, as for a bundle.",
                List.of(), List.of(), "ORIGINAL_UNREADABLE"));

        String bad = "SV1." + VAULT + ".1.T.not-a-seal";
        files.put("bad/QR_PAYLOAD_INVALID.png", SealCardRenderer.pngBytes(renderer.renderShare(withPayload(model, bad))));
        cases.add(fail("bad/QR_PAYLOAD_INVALID.png", List.of(), "A card whose QR code says '" + bad + "'.", "QR_PAYLOAD_INVALID (QR code)"));
        String sv1 = SealQrPayload.of(one).encode();
        int sig = sv1.lastIndexOf('.') + 1;
        String forged = sv1.substring(0, sig) + (sv1.charAt(sig) == 'A' ? 'B' : 'A') + sv1.substring(sig + 1);
        files.put("bad/SEAL_SIGNATURE_INVALID.png", SealCardRenderer.pngBytes(renderer.renderShare(withPayload(model, forged))));
        cases.add(fail("bad/SEAL_SIGNATURE_INVALID.png", List.of(), "The card of seal #1 with the first signature character changed.",
                "SEAL_SIGNATURE_INVALID (QR code)"));

        refusal(files, cases, "CARD_QR_NOT_FOUND", "A dark 200x120 image without any code.", SealCardRenderer.pngBytes(plain(200, 120)));
        refusal(files, cases, "CARD_QR_AMBIGUOUS", "Two QR codes side by side: seal #1's and seal #2's.",
                SealCardRenderer.pngBytes(twoCodes(sv1, SealQrPayload.of(two).encode())));
        refusal(files, cases, "CARD_IMAGE_TOO_LARGE", "A PNG header declaring 12,001 x 1 pixels (at most 12,000 per side are read).",
                pngHeader(12_001, 1));
        ByteArrayOutputStream garbage = new ByteArrayOutputStream();
        garbage.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        garbage.writeBytes("this is no IHDR chunk".getBytes(StandardCharsets.US_ASCII));
        refusal(files, cases, "CARD_IMAGE_UNREADABLE", "The PNG signature followed by text.", garbage.toByteArray());

        cases.add(new Case(PRINT, List.of("--expect-key", "36ee3280c62ed537"), "--expect-key on a card: its key id is in the report.",
                List.of(), List.of(), "EXPECT_KEY_UNSUPPORTED"));
        cases.add(new Case(PRINT, List.of("--trust-tsa", "00".repeat(32)), "--trust-tsa on a card: a QR code carries no token.",
                List.of(), List.of(), "TRUST_TSA_UNSUPPORTED"));
        cases.add(new Case(PRINT, List.of("--json"), "--json on a card.", List.of(), List.of(), "JSON_UNAVAILABLE"));
        cases.add(new Case(PRINT, List.of("--expect-key", "36ee:3280"), "A malformed key id.", List.of(), List.of(), "EXPECT_KEY_INVALID"));

        bundles(files, cases, renderer, one, two);
        return new Generated(files, cases);
    }

    /** A VerifiedBundle with real cards, and the same with seal #1's card swapped for seal #2's (manifest re-signed). */
    private static void bundles(Map<String, byte[]> files, List<Case> cases, SealCardRenderer r, Seal one, Seal two) throws Exception {
        byte[] card1 = SealCardRenderer.pngBytes(r.renderShare(SealCardModel.fromSeal(one)));
        byte[] card2 = SealCardRenderer.pngBytes(r.renderShare(SealCardModel.fromSeal(two)));
        List<String> caveats = List.of("DEVICE_TIME_ONLY (seal #1)", "DEVICE_TIME_ONLY (seal #2)", "NO_CHECKPOINT (seal #1)",
                "NO_CHECKPOINT (seal #2)");
        files.put("good/VerifiedBundle.zip", bundle(one, card1, two, card2));
        cases.add(new Case("good/VerifiedBundle.zip", List.of(), "Seals #1 and #2 with their real cards, before any checkpoint: every"
                + " QR code carries its seal.", List.of(), caveats, null));
        files.put("bad/CARD_QR_MISMATCH.zip", bundle(one, card2, two, card2));
        cases.add(new Case("bad/CARD_QR_MISMATCH.zip", List.of(), "Seal #1's card replaced by seal #2's and the manifest re-signed:"
                + " verifier.jar (no QR decoder) sees a consistent bundle, svault verify reads the code.",
                List.of("CARD_QR_MISMATCH (seals/000001/card.png)"), caveats, null));
    }

    private static byte[] bundle(Seal one, byte[] card1, Seal two, byte[] card2) throws Exception {
        List<ExportedSeal> seals = List.of(new ExportedSeal(one, card1, Optional.empty(), Optional.empty()),
                new ExportedSeal(two, card2, Optional.empty(), Optional.empty()));
        ChainLinks links = new ChainLinks(List.of(new ChainLinks.Link(1, one.prevSealHash(), one.sealHash()),
                new ChainLinks.Link(2, two.prevSealHash(), two.sealHash())));
        TreeMap<String, byte[]> entries = VerifiedBundleWriter.entries(new VerifiedBundleWriter.Input(VAULT, seals, links, Optional.empty(),
                "not really a jar".getBytes(StandardCharsets.US_ASCII), "verifier 0.1.0-test", KEY, Instant.parse("2026-02-11T13:00:00Z")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZipWriter z = new DeterministicZipWriter(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.add(e.getKey(), e.getValue());
            }
            z.finish();
        }
        return out.toByteArray();
    }

    private static Case ok(String file, List<String> args, String about) {
        return new Case(file, args, about, List.of(), List.of(), null);
    }

    private static Case fail(String file, List<String> args, String about, String finding) {
        return new Case(file, args, about, List.of(finding), List.of(), null);
    }

    private static void refusal(Map<String, byte[]> files, List<Case> cases, String code, String about, byte[] bytes) {
        String file = "bad/" + code + ".png";
        files.put(file, bytes);
        cases.add(new Case(file, List.of(), about, List.of(), List.of(), code));
    }

    private static SealCardModel withPayload(SealCardModel m, String payload) {
        return new SealCardModel(m.vaultId(), m.sequence(), m.subjectKind(), m.subjectName(), m.subjectSha256(), m.sealHash(), m.keyId(),
                m.operator(), m.description(), m.deviceTime(), m.tsaTime(), payload);
    }

    private static BufferedImage plain(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0x0a0e17);
            }
        }
        return img;
    }

    private static BufferedImage twoCodes(String a, String b) throws Exception {
        QRCodeWriter w = new QRCodeWriter();
        BitMatrix ma = w.encode(a, BarcodeFormat.QR_CODE, 500, 500, Map.of(EncodeHintType.MARGIN, 4));
        BitMatrix mb = w.encode(b, BarcodeFormat.QR_CODE, 500, 500, Map.of(EncodeHintType.MARGIN, 4));
        BufferedImage img = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 500; x++) {
                img.setRGB(x, y, ma.get(x, y) ? 0 : 0xffffff);
                img.setRGB(500 + x, y, mb.get(x, y) ? 0 : 0xffffff);
            }
        }
        return img;
    }

    /** PNG signature and an IHDR chunk declaring {@code w x h}, nothing else. */
    public static byte[] pngHeader(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** Writes every fixture and index.json under {@code args[0]} (default ../test-vectors/cards). */
    public static void main(String[] args) throws Exception {
        java.nio.file.Path root = java.nio.file.Paths.get(args.length > 0 ? args[0] : "../test-vectors/cards");
        Generated g = generate();
        for (Map.Entry<String, byte[]> f : g.files().entrySet()) {
            java.nio.file.Path target = root.resolve(f.getKey());
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, f.getValue());
        }
        java.nio.file.Files.write(root.resolve("index.json"), index(g.cases()));
    }

    static byte[] index(List<Case> cases) {
        com.fasterxml.jackson.databind.node.ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("about", "Seal card fixtures; run each from this folder as 'svault verify FILE ARGS...' (card PNGs: the QR code is"
                + " decoded and its SV1 payload verified; the ZIPs: VerifiedBundles whose cards are real, so the QR check applies)."
                + " findings and caveats are 'error_code:' and 'caveat:' lines in order; error is the code svault prints on standard"
                + " error when it refuses the input (exit 3). Generated by app/src/test/java/ai/attested/app/cli/CardFixtures.java");
        com.fasterxml.jackson.databind.node.ArrayNode arr = root.putArray("fixtures");
        for (Case c : cases) {
            com.fasterxml.jackson.databind.node.ObjectNode o = arr.addObject();
            o.put("file", c.file());
            c.args().forEach(o.putArray("args")::add);
            o.put("about", c.about());
            o.put("exit_code", c.exitCode());
            if (c.error() != null) {
                o.put("error", c.error());
            }
            for (String kind : List.of("findings", "caveats")) {
                com.fasterxml.jackson.databind.node.ArrayNode a = o.putArray(kind);
                for (String e : kind.equals("findings") ? c.findings() : c.caveats()) {
                    int p = e.indexOf(" (");
                    a.addObject().put("code", e.substring(0, p)).put("path", e.substring(p + 2, e.length() - 1));
                }
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode np = root.putArray("not_produced");
        notProduced().forEach((code, reason) -> np.addObject().put("code", code).put("reason", reason));
        return ai.attested.crypto.json.PrettyJson.bytes(root);
    }

    /** Codes svault verify cannot report for any input, with the reason. */
    static Map<String, String> notProduced() {
        Map<String, String> m = new TreeMap<>();
        m.put("CARD_NOT_PNG", "svault verify and the desktop Verify view send a file to the card verifier only when it starts with the PNG"
                + " signature; anything else is read as a bundle (BUNDLE_NOT_ZIP)");
        m.put("SEAL_KEY_ID_MISMATCH", "an SV1 payload carries no key id: the verifier derives it from the public key the payload carries");
        return m;
    }
}
