package ai.attested.app.operator;

/**
 * Supplies the passphrase that opens the operator's encrypted key: from {@code SVAULT_PASSPHRASE},
 * a {@code --passphrase-file}, a console prompt, or a desktop dialog. The caller wipes the array.
 */
@FunctionalInterface
public interface KeyUnlocker {

    /**
     * @param purpose what the key is needed for, for a prompt, e.g. "open vault 1234-56789-0124"
     * @throws ai.attested.app.AppException {@code PASSPHRASE_UNAVAILABLE} when there is no way to ask
     */
    char[] passphrase(String purpose);
}
