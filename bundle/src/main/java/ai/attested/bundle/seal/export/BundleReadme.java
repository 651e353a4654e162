package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.export.VerifiedBundleWriter.Input;
import ai.attested.bundle.seal.TimeSource;
import java.util.stream.Collectors;

/** README.txt of a VerifiedBundle: what it holds, how to verify it offline, and what to expect. */
final class BundleReadme {
    private BundleReadme() {
    }

    static String text(Input in) {
        boolean device = in.seals().stream().anyMatch(s -> s.seal().timeSource().kind() == TimeSource.Kind.DEVICE);
        boolean tsa = in.seals().stream().anyMatch(s -> s.seal().timeSource().kind() == TimeSource.Kind.TSA);
        boolean uncovered = in.seals().stream().anyMatch(s -> s.inclusion().isEmpty());
        String seals = in.seals().stream().map(s -> "  #" + s.seal().seq() + "  " + s.seal().subject().kind() + "  "
                + s.seal().subject().name() + "\n      subject sha256 " + s.seal().subject().sha256() + "\n      seal hash      "
                + s.seal().sealHash()).collect(Collectors.joining("\n"));
        String caveats = (device ? "caveat: DEVICE_TIME_ONLY (seal #N)  - the time is the sealing machine's clock only\n" : "")
                + (tsa ? "caveat: TSA_CERT_UNVERIFIED (seal #N) - compare the TSA certificate fingerprint it prints, or pin it\n" : "")
                + (uncovered ? "caveat: NO_CHECKPOINT (seal #N)      - no signed checkpoint covered the seal at export\n" : "");
        return "Sovereign Vault - VerifiedBundle\n"
                + "================================\n\n"
                + "Vault " + in.vaultId() + ", exported " + ai.attested.bundle.seal.SealTimes.format(in.now()) + ".\n"
                + "Seals in this bundle:\n" + seals + "\n\n"
                + "Verify offline (Java 17 or later, no network needed):\n\n"
                + "  unzip VerifiedBundle.zip -d bundle   # or use any unzip tool\n"
                + "  java -jar bundle/verifier/verifier.jar VerifiedBundle.zip --file ORIGINAL\n\n"
                + "ORIGINAL is the sealed file, a file holding exactly the sealed text (UTF-8), or the sealed folder.\n"
                + "Without --file the seals, chain and checkpoint are checked but not the original.\n\n"
                + "The bundle proves which key signed it, not whose key that is. Pin what you trust (offline):\n\n"
                + "  --expect-key KEYID   the operator's key id as the operator published it (this bundle says\n"
                + "                       " + in.key().keyId() + "); a bundle signed by any other key is FAIL\n"
                + (tsa ? "  --trust-tsa SHA256   repeatable: the SHA-256 of the time-stamp authority's certificate (DER)\n"
                        + "                       as the authority publishes it (openssl x509 -in tsa.crt -noout\n"
                        + "                       -fingerprint -sha256); its tokens then need no caveat, a token of any\n"
                        + "                       other authority is FAIL (TSA_CERT_NOT_TRUSTED)\n" : "")
                + "\n"
                + "Expected output (lines in this order):\n\n"
                + "  bundle: OK (svault-verified-bundle/1, vault " + in.vaultId() + ", " + in.seals().size() + " seal"
                + (in.seals().size() == 1 ? "" : "s") + ")\n"
                + "  manifest: OK (signed by key " + in.key().keyId() + ")\n"
                + "  seals: OK (" + in.seals().size() + "/" + in.seals().size() + ")\n"
                + "  chain: OK (#" + in.links().firstSeq() + "..#" + in.links().lastSeq() + ")\n"
                + "  checkpoint: ...\n  time: ...\n  original: OK (seal #N, ...)\n"
                + "  overall: " + (device || tsa || uncovered ? "PASS_WITH_CAVEATS" : "PASS") + "\n"
                + (caveats.isEmpty() ? "" : "\nwith these caveats (exit code 2):\n" + caveats.indent(2))
                + "\nExit codes: 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 the input could not be read.\n\n"
                + "Tamper test: change one byte of the original, or of any file in this bundle, and run the\n"
                + "command again: it prints overall: FAIL and an error_code line naming what differs, e.g.\n"
                + "  error_code: FILE_HASH_MISMATCH (ORIGINAL) ...\n"
                + "  error_code: BUNDLE_CHECKSUM_MISMATCH (seals/000001/seal.json) ...\n\n"
                + "The key id above identifies the operator's Ed25519 key; compare it with the key the operator\n"
                + "published. The card PNGs carry a QR code (SV1) that `svault verify card.png` checks on its own.\n"
                + "Formats: docs/FORMATS.md of Sovereign Vault.\n";
    }
}
