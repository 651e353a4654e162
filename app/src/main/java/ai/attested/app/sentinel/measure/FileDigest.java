package ai.attested.app.sentinel.measure;

import java.nio.file.attribute.FileTime;
import java.util.HexFormat;

/**
 * The measured digest of one file: SHA-256 of its normalised bytes, the raw size, its modification
 * time (informational), and where its bytes stopped being valid UTF-8 when the spec demands UTF-8
 * (-1 when valid or not checked).
 */
public record FileDigest(byte[] sha256, long sizeBytes, FileTime lastModified, long invalidUtf8Offset) {

    public FileDigest {
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    public boolean encodingValid() {
        return invalidUtf8Offset < 0;
    }
}
