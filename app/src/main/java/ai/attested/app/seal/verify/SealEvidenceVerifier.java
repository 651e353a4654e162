package ai.attested.app.seal.verify;

import ai.attested.app.AppException;
import ai.attested.app.card.CardQrDecoder;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.export.VerifiedBundleManifest;
import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.verifier.seal.BundleFinding;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.SealBundleReport;
import ai.attested.verifier.seal.VerifiedBundleFiles;
import ai.attested.verifier.seal.VerifiedBundleVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code svault verify} for seal evidence: a card PNG (its QR code) or a VerifiedBundle.zip (the
 * offline verifier's checks plus each card's QR code against its seal). Unreadable input is an
 * {@link AppException} with a code (exit 3); a readable input that does not verify is a report
 * with failures (exit 1).
 */
public final class SealEvidenceVerifier {
    /** A card's QR code does not carry its seal's payload. */
    public static final String CARD_QR_MISMATCH = "CARD_QR_MISMATCH";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SealEvidenceVerifier() {
    }

    /** True for a file that starts like a PNG. */
    public static boolean isPng(Path input) {
        try (InputStream in = Files.newInputStream(input)) {
            return java.util.Arrays.equals(in.readNBytes(8), PNG_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Verifies a card image: decode its QR code, then {@link CardPayloadVerifier}. */
    public static SealBundleReport verifyCard(Path png, Optional<Path> original) {
        if (!isPng(png)) {
            throw new AppException("CARD_NOT_PNG", png + " is not a PNG image; a seal card is a PNG.");
        }
        // As for a bundle: an original that is not there is a wrong argument (exit 3), not a finding.
        if (original.isPresent() && !Files.exists(original.get())) {
            throw new AppException("ORIGINAL_UNREADABLE", "there is no file or folder at " + original.get());
        }
        String payload = new CardQrDecoder().decode(png);
        return CardPayloadVerifier.verify(payload, original);
    }

    /** Verifies a VerifiedBundle.zip and the QR code of every card in it. */
    public static SealBundleReport verifyBundle(Path zip, Optional<Path> original) {
        return verifyBundle(zip, original, Optional.empty());
    }

    /** As {@link #verifyBundle(Path, Optional)}, failing unless the vault key id is {@code expectedKeyId}. */
    public static SealBundleReport verifyBundle(Path zip, Optional<Path> original, Optional<String> expectedKeyId) {
        return verifyBundle(zip, original, expectedKeyId, TsaTrust.none());
    }

    /** As {@link #verifyBundle(Path, Optional, Optional)}, with the TSA certificates the auditor pinned ({@code --trust-tsa}). */
    public static SealBundleReport verifyBundle(Path zip, Optional<Path> original, Optional<String> expectedKeyId, TsaTrust tsaTrust) {
        Map<String, byte[]> entries;
        try {
            entries = VerifiedBundleFiles.read(zip);
        } catch (BundleReadException e) {
            if (SealBundleCli.readableAsZip(e)) {
                return SealBundleCli.refused(e, zip);
            }
            throw AppException.passing("cannot read " + zip + " as a bundle", e);
        }
        if (!VerifiedBundleVerifier.isVerifiedBundle(entries)) {
            throw new AppException("BUNDLE_KIND_UNKNOWN", zip + " is not a VerifiedBundle.");
        }
        if (original.isPresent() && !Files.exists(original.get())) {
            throw new AppException("ORIGINAL_UNREADABLE", "there is no file or folder at " + original.get());
        }
        SealBundleReport base = VerifiedBundleVerifier.verify(entries, original, expectedKeyId, tsaTrust);
        List<String> lines = new ArrayList<>(base.lines());
        List<BundleFinding> failures = new ArrayList<>(base.failures());
        lines.add(cardsLine(entries, failures));
        return new SealBundleReport(lines, failures, base.caveats());
    }

    private static String cardsLine(Map<String, byte[]> entries, List<BundleFinding> failures) {
        List<Long> seqs;
        try {
            seqs = VerifiedBundleManifest.fromJson(entries.get(VerifiedBundleLayout.MANIFEST)).seals();
        } catch (SealFormatException e) {
            return "cards: SKIPPED (no readable manifest)";
        }
        int ok = 0;
        for (long seq : seqs) {
            String dir = VerifiedBundleLayout.sealDir(seq);
            byte[] png = entries.get(dir + VerifiedBundleLayout.CARD_PNG);
            byte[] json = entries.get(dir + VerifiedBundleLayout.SEAL_JSON);
            if (png == null || json == null) {
                failures.add(new BundleFinding(CARD_QR_MISMATCH, dir + VerifiedBundleLayout.CARD_PNG, "card or seal missing"));
                continue;
            }
            try {
                Seal seal = SealCodec.fromJson(json);
                String decoded = decodeBytes(png);
                if (decoded.equals(SealQrPayload.of(seal).encode())) {
                    ok++;
                } else {
                    failures.add(new BundleFinding(CARD_QR_MISMATCH, dir + VerifiedBundleLayout.CARD_PNG,
                            "the card's QR code does not carry seal #" + seq));
                }
            } catch (SealFormatException e) {
                // the seal itself is already reported by the verifier
            } catch (AppException | IOException e) {
                failures.add(new BundleFinding(CARD_QR_MISMATCH, dir + VerifiedBundleLayout.CARD_PNG,
                        "the card's QR code cannot be read: " + e.getMessage()));
            }
        }
        return "cards: " + (ok == seqs.size() ? "OK" : "FAIL") + " (" + ok + "/" + seqs.size() + " QR codes carry their seals)";
    }

    /** Decodes a card held in memory through the same bounded image reader as a card file. */
    private static String decodeBytes(byte[] png) throws IOException {
        Path tmp = Files.createTempFile("svault-card", ".png");
        try {
            Files.write(tmp, png);
            if (!isPng(tmp)) {
                throw new IOException("not a PNG image");
            }
            return new CardQrDecoder().decode(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
