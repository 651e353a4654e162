package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per vault: an exclusive OS lock on {@code vault.lock}, released by the OS when the
 * process dies (even by SIGKILL), so a crash never leaves a stale lock. The holder writes its pid
 * into the file so that a second process can name it. The lock covers a byte far beyond the pid
 * text, so the pid stays readable on platforms with mandatory locks (docs/decisions/0063-vault-lock.md).
 */
final class VaultLock implements AutoCloseable {

    private static final long LOCK_POSITION = 1L << 20;
    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static VaultLock acquire(Path lockFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another Vault object)
            }
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw new AppException("VAULT_LOCKED", "The vault at " + lockFile.getParent()
                        + " is open in another Sovereign Vault process" + holder + "; close it and try again.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new VaultLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AppException("VAULT_UNREADABLE", "The vault lock file " + lockFile + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static String readHolder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]{1,10}") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
