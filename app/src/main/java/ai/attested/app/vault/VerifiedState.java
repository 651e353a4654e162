package ai.attested.app.vault;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The verified-prefix record (docs/decisions/0060-seal-store-protocol.md): "seals 1..count, whose
 * rows hash to rowsSha256, were fully verified", signed by the operator key. On open, rows 1..count
 * whose running digest reproduces rowsSha256 need no per-seal signature check; their hashes, links
 * and the mirror are still checked. Anything wrong with the file (missing, torn, bad signature,
 * other vault) just means a full verification: it is a cache, never a source of truth.
 */
record VerifiedState(String vaultId, long count, String headSealHash, String rowsSha256) {

    private static final String MAGIC = "svault-verified-state/1";

    private String body() {
        return MAGIC + "\nvault " + vaultId + "\ncount " + count + "\nhead " + headSealHash + "\nrows " + rowsSha256 + "\n";
    }

    /** Writes atomically (temporary file, then rename); not forced to disk, as losing it only costs time. */
    void write(Path file, Ed25519PrivateKey key) throws IOException {
        byte[] body = body().getBytes(StandardCharsets.UTF_8);
        String text = body() + "signature " + Base64s.encodeStd(key.sign(body)) + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A state read from its file, well formed and for this vault, whose signature is still to be
     * checked: opening checks it on another core while the scan already relies on it, and throws
     * that scan away if it does not verify.
     */
    record Claimed(VerifiedState state, byte[] signature, Ed25519PublicKey key) {
        boolean signatureValid() {
            try {
                return key.isValid(signature, state.body().getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** The state in {@code file} if it is well formed, for this vault, and signed by {@code key}; else empty. */
    static Optional<VerifiedState> read(Path file, Ed25519PublicKey key, String vaultId) {
        return readClaimed(file, key, vaultId).filter(Claimed::signatureValid).map(Claimed::state);
    }

    /** The state in {@code file} if it is well formed and for this vault; its signature is not checked yet. */
    static Optional<Claimed> readClaimed(Path file, Ed25519PublicKey key, String vaultId) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
                return Optional.empty();
            }
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length != 7 || !lines[0].equals(MAGIC) || !lines[6].isEmpty()) {
                return Optional.empty();
            }
            VerifiedState s = new VerifiedState(value(lines[1], "vault"), Long.parseLong(value(lines[2], "count")),
                    value(lines[3], "head"), value(lines[4], "rows"));
            byte[] sig = Base64s.decodeStd(value(lines[5], "signature"));
            return s.vaultId.equals(vaultId) && s.count >= 1 ? Optional.of(new Claimed(s, sig, key)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // malformed cache: verify everything instead
        }
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected " + name);
        }
        return line.substring(name.length() + 1);
    }
}
