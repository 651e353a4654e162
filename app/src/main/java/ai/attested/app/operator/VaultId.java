package ai.attested.app.operator;

import ai.attested.app.AppException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * A vault's identity: 13 decimal digits shown as {@code XXXX-XXXXX-XXXX}. The first 12 digits are
 * random; the 13th is a Damm check digit (docs/decisions/0061-vault-id-check-digit.md), which
 * catches every single mistyped digit and every swap of two adjacent digits.
 */
public record VaultId(String digits) {

    /** Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004). */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    public VaultId {
        if (digits == null || !digits.matches("[0-9]{13}")) {
            throw new AppException("VAULT_ID_INVALID", "A Vault ID has 13 digits, shown as XXXX-XXXXX-XXXX.");
        }
        if (checkDigit(digits.substring(0, 12)) != digits.charAt(12) - '0') {
            throw new AppException("VAULT_ID_CHECK_DIGIT",
                    "The Vault ID " + format(digits) + " has a wrong check digit: a digit is mistyped or two are swapped.");
        }
    }

    /** A new random Vault ID. */
    public static VaultId random(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < 12; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        sb.append((char) ('0' + checkDigit(sb)));
        return new VaultId(sb.toString());
    }

    public static VaultId random() {
        return random(new SecureRandom());
    }

    /** Parses {@code XXXX-XXXXX-XXXX}, or the 13 digits with spaces or dashes anywhere; checks the check digit. */
    public static VaultId parse(String text) {
        if (text == null) {
            throw new AppException("VAULT_ID_INVALID", "A Vault ID has 13 digits, shown as XXXX-XXXXX-XXXX.");
        }
        String stripped = text.strip().replace("-", "").replace(" ", "");
        return new VaultId(stripped);
    }

    /** The check digit of a string of decimal digits (Damm algorithm). */
    static int checkDigit(CharSequence payload) {
        int interim = 0;
        for (int i = 0; i < payload.length(); i++) {
            interim = DAMM[interim][payload.charAt(i) - '0'];
        }
        return interim;
    }

    /** {@code XXXX-XXXXX-XXXX}. */
    public String formatted() {
        return format(digits);
    }

    private static String format(String d) {
        return d.substring(0, 4) + "-" + d.substring(4, 9) + "-" + d.substring(9);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
