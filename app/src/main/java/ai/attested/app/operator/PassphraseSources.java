package ai.attested.app.operator;

import ai.attested.app.AppException;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** The CLI's ways to get a passphrase, in order: {@code --passphrase-file}, {@code SVAULT_PASSPHRASE}, the console. */
public final class PassphraseSources {

    public static final String ENV_PASSPHRASE = "SVAULT_PASSPHRASE";

    private PassphraseSources() {}

    /** A key unlocker reading the passphrase file (first line) if given, else the environment, else the console. */
    public static KeyUnlocker cli(Path passphraseFile, Map<String, String> env, Console console) {
        return purpose -> {
            if (passphraseFile != null) {
                return fromFile(passphraseFile);
            }
            String fromEnv = env.get(ENV_PASSPHRASE);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv.toCharArray();
            }
            if (console != null) {
                char[] typed = console.readPassword("Passphrase to %s: ", purpose);
                if (typed != null && typed.length > 0) {
                    return typed;
                }
            }
            throw new AppException("PASSPHRASE_UNAVAILABLE", "A passphrase is needed to " + purpose
                    + ": set " + ENV_PASSPHRASE + ", pass --passphrase-file FILE, or run in a terminal.");
        };
    }

    /** A new passphrase for {@code vault init}: as above, but a console prompt asks twice. */
    public static char[] newPassphrase(Path passphraseFile, Map<String, String> env, Console console) {
        if (passphraseFile != null || (env.get(ENV_PASSPHRASE) != null && !env.get(ENV_PASSPHRASE).isEmpty()) || console == null) {
            return cli(passphraseFile, env, null).passphrase("protect the new operator key");
        }
        char[] first = console.readPassword("New passphrase for the operator key: ");
        char[] second = console.readPassword("Repeat the passphrase: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new AppException("PASSPHRASE_MISMATCH", "The two passphrases differ; nothing was created.");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private static char[] fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String line = nl >= 0 ? text.substring(0, nl) : text;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new AppException("PASSPHRASE_EMPTY", "The passphrase file " + file + " is empty.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new AppException("PASSPHRASE_FILE_UNREADABLE", "The passphrase file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
