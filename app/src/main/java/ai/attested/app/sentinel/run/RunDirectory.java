package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.SchemaException;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's durable state on disk, written as it happens so that a run cut short (power loss, kill -9)
 * leaves a verifiable prefix (docs/decisions/0054-sentinel-run-and-resume.md):
 * <pre>
 * run.json                    RunRecord
 * policy_artifact.json        the policy bytes the run loaded
 * subject_manifest.json       its baseline
 * receipts/0000000001.json …  one file per receipt, each written atomically and fsynced
 * subject.log                 the subject's output
 * </pre>
 */
public final class RunDirectory {
    public static final String RECORD = "run.json";
    public static final String POLICY = "policy_artifact.json";
    public static final String MANIFEST = "subject_manifest.json";
    public static final String RECEIPTS = "receipts";
    public static final String SUBJECT_LOG = "subject.log";
    private static final int NAME_DIGITS = 10;

    private final Path dir;
    private RunRecord record;

    private RunDirectory(Path dir, RunRecord record) {
        this.dir = dir;
        this.record = record;
    }

    /** Creates a fresh run directory; an existing non-empty one is refused (never mix two runs). */
    public static RunDirectory create(Path dir, RunRecord record, byte[] policyBytes, byte[] manifestBytes) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new AppException("RUN_DIR_NOT_EMPTY", "The run directory " + dir
                                + " already holds a run; close it with --resume or choose another.");
                    }
                }
            }
            Files.createDirectories(dir.resolve(RECEIPTS));
            DurableFiles.writeAtomically(dir.resolve(POLICY), policyBytes);
            DurableFiles.writeAtomically(dir.resolve(MANIFEST), manifestBytes);
            RunDirectory run = new RunDirectory(dir, record);
            run.update(record);
            return run;
        } catch (IOException e) {
            throw new AppException("RUN_DIR_WRITE_FAILED", "The run directory " + dir + " could not be created: " + e.getMessage(), e);
        }
    }

    /** Opens an existing run directory (resume). */
    public static RunDirectory open(Path dir) {
        Path rec = dir.resolve(RECORD);
        if (!Files.isRegularFile(rec)) {
            throw new AppException("RUN_DIR_INVALID", dir + " is not a sentinel run directory (no " + RECORD + ").");
        }
        try {
            return new RunDirectory(dir, RunRecord.fromJson(StrictJson.parse(Files.readAllBytes(rec))));
        } catch (IOException | JsonFormatException e) {
            throw new AppException("RUN_DIR_INVALID", dir.resolve(RECORD) + " is unreadable: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public RunRecord record() {
        return record;
    }

    public Path subjectLog() {
        return dir.resolve(SUBJECT_LOG);
    }

    public void update(RunRecord newRecord) {
        try {
            DurableFiles.writeAtomically(dir.resolve(RECORD), PrettyJson.bytes(newRecord.toJson()));
            record = newRecord;
        } catch (IOException e) {
            throw new AppException("RUN_DIR_WRITE_FAILED", "run.json could not be written: " + e.getMessage(), e);
        }
    }

    /** Writes the receipt durably; when this returns it survives a crash. */
    public void append(Receipt receipt) {
        String name = String.format("%0" + NAME_DIGITS + "d.json", receipt.counter());
        try {
            DurableFiles.writeAtomically(dir.resolve(RECEIPTS).resolve(name), PrettyJson.bytes(receipt.toJson()));
        } catch (IOException e) {
            throw new AppException("RECEIPT_WRITE_FAILED", "Receipt " + receipt.counter() + " could not be written: " + e.getMessage(), e);
        }
    }

    /** Receipt files in counter order (by name; leftovers of an interrupted write are skipped). */
    public List<Path> receiptFiles() {
        try (Stream<Path> s = Files.list(dir.resolve(RECEIPTS))) {
            List<Path> files = new ArrayList<>(s.filter(p -> !DurableFiles.isLeftover(p))
                    .filter(p -> p.getFileName().toString().matches("\\d+\\.json")).toList());
            files.sort((a, b) -> Long.compare(counterOf(a), counterOf(b)));
            return files;
        } catch (IOException e) {
            throw new AppException("RUN_DIR_INVALID", "The receipts of " + dir + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The receipts, read from disk each time they are iterated (a bundle writer iterates twice). */
    public Iterable<Receipt> receipts() {
        List<Path> files = receiptFiles();
        return () -> new Iterator<>() {
            private final Iterator<Path> it = files.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Receipt next() {
                return read(it.next());
            }
        };
    }

    public static Receipt read(Path file) {
        try {
            return Receipt.fromJson(StrictJson.parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonFormatException | SchemaException e) {
            throw new AppException("RUN_RECEIPT_INVALID", "Receipt file " + file.getFileName() + " is malformed: " + e.getMessage(), e);
        }
    }

    public byte[] policyBytes() throws IOException {
        return Files.readAllBytes(dir.resolve(POLICY));
    }

    public byte[] manifestBytes() throws IOException {
        return Files.readAllBytes(dir.resolve(MANIFEST));
    }

    private static long counterOf(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring(0, n.length() - ".json".length()));
    }
}
