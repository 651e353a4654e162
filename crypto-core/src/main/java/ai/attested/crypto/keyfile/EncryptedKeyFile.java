package ai.attested.crypto.keyfile;

import ai.attested.crypto.Hex;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The operator's Ed25519 key, encrypted at rest under a passphrase (scrypt + AES-256-GCM;
 * format in docs/decisions/0010-encrypted-key-file.md).
 *
 * <p>Files are written atomically (a temporary file in the same directory, then a link or
 * atomic rename) and, where the file system is POSIX, created with mode 0600 from the start.
 * An existing file is never replaced. Reading refuses a file that group or others may access.
 */
public final class EncryptedKeyFile {
    /** A key file is a few hundred bytes; anything much larger is not one. */
    static final int MAX_FILE_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EncryptedKeyFile() {
    }

    /** Encrypts {@code key} under {@code passphrase} with {@link ScryptParams#DEFAULT} and writes it to a new file. */
    public static void write(Path path, Ed25519PrivateKey key, char[] passphrase) throws KeyFileException {
        write(path, key, passphrase, ScryptParams.DEFAULT);
    }

    /**
     * As {@link #write(Path, Ed25519PrivateKey, char[])} with explicit scrypt cost.
     *
     * @throws KeyFileException {@code KEY_FILE_EXISTS} if {@code path} exists, {@code KEY_FILE_IO} on a file-system failure
     * @throws IllegalArgumentException for an empty passphrase
     */
    public static void write(Path path, Ed25519PrivateKey key, char[] passphrase, ScryptParams params) throws KeyFileException {
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("the passphrase must not be empty");
        }
        Path target = path.toAbsolutePath();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new KeyFileException(KeyFileError.KEY_FILE_EXISTS, "a key file already exists at " + target + "; it is never overwritten");
        }
        byte[] bytes = KeyFileFormat.encode(key, passphrase, params, new SecureRandom());
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Hex.encode(randomBytes()) + ".tmp");
        try {
            createPrivateDirectories(dir);
            boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            publish(tmp, target);
            syncDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_EXISTS, "a key file already exists at " + target + "; it is never overwritten", e);
        } catch (IOException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_IO, "could not write the key file " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file holds only ciphertext; nothing more to do
            }
        }
    }

    /**
     * Reads and decrypts a key file.
     *
     * @throws KeyFileException with {@code KEY_FILE_NOT_FOUND}, {@code KEY_FILE_PERMISSIONS},
     *     {@code KEY_FILE_CORRUPT}, {@code KEY_FILE_UNSUPPORTED_VERSION}, {@code KEY_FILE_UNSUPPORTED_KDF},
     *     {@code WRONG_PASSPHRASE} or {@code KEY_FILE_IO}
     */
    public static Ed25519PrivateKey read(Path path, char[] passphrase) throws KeyFileException {
        requireOwnerOnly(path);
        return KeyFileFormat.decode(readBytes(path), passphrase);
    }

    /** The public key recorded in a key file, checked against its key_id; no passphrase needed. */
    public static Ed25519PublicKey readPublicKey(Path path) throws KeyFileException {
        return KeyFileFormat.publicKey(KeyFileFormat.parse(readBytes(path)));
    }

    /** Encrypted key file bytes, for callers that store them elsewhere than a file. */
    public static byte[] encode(Ed25519PrivateKey key, char[] passphrase, ScryptParams params) {
        return KeyFileFormat.encode(key, passphrase, params, new SecureRandom());
    }

    /** Decrypts encrypted key file bytes (no file permission check). */
    public static Ed25519PrivateKey decode(byte[] keyFileBytes, char[] passphrase) throws KeyFileException {
        return KeyFileFormat.decode(keyFileBytes, passphrase);
    }

    private static void publish(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp); // atomic and never replaces an existing file
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(tmp, target);
            }
        }
    }

    /** Missing parent directories are created owner-only (0700) where POSIX applies. */
    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix = existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
        try {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // A file, not a directory, stands in the way; "key file exists" would mislead.
            throw new IOException("a file that is not a directory is in the way: " + e.getFile(), e);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can open or sync a directory; the file itself was synced
        }
    }

    private static void requireOwnerOnly(Path path) throws KeyFileException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms;
        try {
            perms = view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            throw notFound(path, e);
        } catch (IOException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_IO, "could not read the key file " + path + ": " + e.getMessage(), e);
        }
        for (PosixFilePermission p : perms) {
            if (!p.name().startsWith("OWNER_")) {
                throw new KeyFileException(KeyFileError.KEY_FILE_PERMISSIONS, "the key file " + path + " is accessible to other users (mode "
                        + PosixFilePermissions.toString(perms) + "); restrict it with: chmod 600 " + path);
            }
        }
    }

    private static byte[] readBytes(Path path) throws KeyFileException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new KeyFileException(KeyFileError.KEY_FILE_CORRUPT, "the file " + path + " is too large to be a key file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw notFound(path, e);
        } catch (IOException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_IO, "could not read the key file " + path + ": " + e.getMessage(), e);
        }
    }

    private static KeyFileException notFound(Path path, Exception cause) {
        return new KeyFileException(KeyFileError.KEY_FILE_NOT_FOUND, "there is no key file at " + path, cause);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
