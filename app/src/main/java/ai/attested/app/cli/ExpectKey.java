package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.crypto.sig.KeyId;

/** {@code --expect-key KEYID} of {@code svault verify} and {@code svault vault verify}: the forms {@link KeyId#parse} reads. */
final class ExpectKey {
    private ExpectKey() {
    }

    /** 16 lowercase hex digits, or null when the option was not given. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        try {
            return KeyId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AppException("EXPECT_KEY_INVALID", "--expect-key takes a key id: " + e.getMessage() + ".");
        }
    }
}
