package ai.attested.app.seal;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.FolderEntry;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.FolderScanner;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hashes what an operator seals: a file (streamed, constant memory, any size), a text (its UTF-8
 * bytes) or a folder (canonical package hash, files hashed in parallel). User-facing failures are
 * {@link AppException}s with codes; nothing is stored here.
 */
public final class SubjectHasher {
    public static final String SUBJECT_NOT_FOUND = "SUBJECT_NOT_FOUND";
    public static final String SUBJECT_NOT_READABLE = "SUBJECT_NOT_READABLE";
    public static final String SUBJECT_TOO_LARGE = "SUBJECT_TOO_LARGE";
    public static final String SUBJECT_CHANGED = "SUBJECT_CHANGED_DURING_SEAL";
    public static final String TEXT_EMPTY = "TEXT_EMPTY";
    public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";
    public static final String FOLDER_NAME_UNSUPPORTED = "FOLDER_NAME_UNSUPPORTED";
    /** Name given to text subjects: the vault keeps no part of the sealed text. */
    public static final String TEXT_SUBJECT_NAME = "text";

    private final SealLimits limits;
    private final int threads;

    public SubjectHasher(SealLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    public SubjectHasher(SealLimits limits, int threads) {
        this.limits = limits;
        this.threads = Math.max(1, threads);
    }

    /** A file, or a folder when {@code path} is a directory. */
    public HashedSubject hash(Path path, HashProgress progress, CancelToken cancel) {
        if (Files.isDirectory(path)) {
            return folder(path, progress, cancel);
        }
        return file(path, progress, cancel);
    }

    public HashedSubject file(Path file, HashProgress progress, CancelToken cancel) {
        if (!Files.exists(file)) {
            throw new AppException(SUBJECT_NOT_FOUND, "there is no file at " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new AppException(SUBJECT_NOT_READABLE, file + " is not a regular file");
        }
        try {
            long size = Files.size(file);
            checkSize(file, size);
            ProgressTracker tracker = new ProgressTracker(progress, size, 1);
            StreamingFileHasher.Digest d = new StreamingFileHasher().hash(file, cancel, tracker::addBytes);
            if (d.bytes() != size) {
                throw changed(file, size, d.bytes());
            }
            tracker.fileDone();
            return new HashedSubject(SealSubject.file(displayName(file), d.bytes(), d.sha256()), Optional.empty());
        } catch (NoSuchFileException e) {
            throw new AppException(SUBJECT_NOT_FOUND, "the file " + file + " disappeared while it was being sealed", e);
        } catch (IOException e) {
            throw new AppException(SUBJECT_NOT_READABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A text, hashed as its UTF-8 bytes exactly (no normalization, no added newline). */
    public HashedSubject text(String text) {
        if (text == null || text.isEmpty()) {
            throw new AppException(TEXT_EMPTY, "there is no text to seal");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > limits.maxTextChars()) {
            throw new AppException(TEXT_TOO_LONG, "the text has " + chars + " characters; the limit is " + limits.maxTextChars());
        }
        try {
            SealRules.text("text", text, 1, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new AppException(TEXT_EMPTY, "the text is not valid Unicode: " + e.getMessage(), e);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new HashedSubject(SealSubject.text(TEXT_SUBJECT_NAME, utf8.length, Sha256.hex(utf8)), Optional.empty());
    }

    public HashedSubject folder(Path folder, HashProgress progress, CancelToken cancel) {
        if (!Files.exists(folder)) {
            throw new AppException(SUBJECT_NOT_FOUND, "there is no folder at " + folder);
        }
        FolderScanner.Scan scan;
        try {
            scan = FolderScanner.scan(folder);
        } catch (FolderScanner.UnsupportedPathException e) {
            throw new AppException(FOLDER_NAME_UNSUPPORTED, e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new AppException(SUBJECT_NOT_READABLE, "cannot read " + e.getFile() + " (permission denied)", e);
        } catch (IOException e) {
            throw new AppException(SUBJECT_NOT_READABLE, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        checkSize(folder, scan.totalBytes());
        java.util.List<FolderEntry> entries = new ParallelFolderHasher(threads).hash(scan, progress, cancel);
        String name = displayName(scan.root());
        FolderListing listing = FolderListing.of(name, entries, scan.skipped());
        return new HashedSubject(listing.subject(), Optional.of(listing));
    }

    private void checkSize(Path p, long size) {
        if (size > limits.maxFileBytes()) {
            throw new AppException(SUBJECT_TOO_LARGE, p + " has " + size + " bytes; the limit is " + limits.maxFileBytes());
        }
    }

    static AppException changed(Path file, long expected, long actual) {
        return new AppException(SUBJECT_CHANGED, file + " changed while it was being sealed (" + expected + " bytes listed, "
                + actual + " read); seal it again when it is no longer being written");
    }

    static String displayName(Path p) {
        Path name = p.toAbsolutePath().normalize().getFileName();
        String s = name == null ? "/" : name.toString();
        return s.isEmpty() ? "/" : s;
    }
}
