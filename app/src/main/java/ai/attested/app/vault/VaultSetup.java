package ai.attested.app.vault;

import ai.attested.crypto.keyfile.ScryptParams;
import java.time.Clock;

/**
 * What {@code vault init} needs: the operator's username and how the key is protected.
 *
 * @param passphrase protects the new key (wiped after use); null with {@code testKey}
 * @param testKey use the published TV-SIG-001 key instead of a new one: tests and demos only
 */
public record VaultSetup(String username, char[] passphrase, boolean testKey, ScryptParams scrypt, Clock clock) {

    public static VaultSetup withPassphrase(String username, char[] passphrase) {
        return new VaultSetup(username, passphrase, false, ScryptParams.DEFAULT, Clock.systemUTC());
    }

    public static VaultSetup withTestKey(String username) {
        return new VaultSetup(username, null, true, ScryptParams.DEFAULT, Clock.systemUTC());
    }

    public VaultSetup withScrypt(ScryptParams cost) {
        return new VaultSetup(username, passphrase, testKey, cost, clock);
    }

    public VaultSetup withClock(Clock c) {
        return new VaultSetup(username, passphrase, testKey, scrypt, c);
    }
}
