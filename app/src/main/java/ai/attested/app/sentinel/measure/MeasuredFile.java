package ai.attested.app.sentinel.measure;

import java.util.Objects;

/** One FILE_DIGEST spec of the policy's measurement_set with its baseline digest from the subject manifest. */
public record MeasuredFile(String path, Normalization normalization, byte[] baselineSha256) {
    public MeasuredFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(normalization, "normalization");
        if (baselineSha256.length != 32) {
            throw new IllegalArgumentException("baseline digest must be 32 bytes");
        }
        baselineSha256 = baselineSha256.clone();
    }

    @Override
    public byte[] baselineSha256() {
        return baselineSha256.clone();
    }
}
