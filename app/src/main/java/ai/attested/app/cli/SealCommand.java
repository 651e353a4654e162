package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.seal.CancelToken;
import ai.attested.app.seal.HashProgress;
import ai.attested.app.seal.HashedSubject;
import ai.attested.app.seal.SealLimits;
import ai.attested.app.seal.SealService;
import ai.attested.app.seal.SealSettings;
import ai.attested.app.seal.tsa.Rfc3161TimeStamper;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code svault seal}: seals texts, files and folders into the vault and prints
 * {@code SEQ SEAL_HASH NAME} per seal once it is durable in both stores. Texts given together are
 * appended as durable groups of up to {@value SealService#TEXT_GROUP} (one fsync per store per group); a group's
 * lines are printed only after the whole group is durable. Files and folders are sealed one by
 * one as they are hashed, after the texts.
 */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = "Seal texts, files or folders into the vault; prints SEQ SEAL_HASH NAME per seal once durable.")
public final class SealCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VaultOptions vault;

    @Option(names = "--text", paramLabel = "TEXT", description = "A text to seal (its UTF-8 bytes); repeatable.")
    List<String> texts = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "A short description stored in each seal.")
    String description;

    @Option(names = "--tsa", paramLabel = "URL", description = "An RFC 3161 time-stamping authority; without it, device time only.")
    URI tsa;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + SealLimits.DEFAULT_MAX_TEXT_CHARS,
            description = "Longest text accepted (default: ${DEFAULT-VALUE}).")
    int maxTextChars;

    @Parameters(paramLabel = "SUBJECT", arity = "0..*", description = "Files or folders to seal; '-' seals standard input as one text.")
    List<String> subjects = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SealSettings settings = SealSettings.defaults()
                .withLimits(new SealLimits(maxTextChars, SealLimits.defaults().maxFileBytes()));
        if (tsa != null) {
            settings = settings.withTimeStamper(new Rfc3161TimeStamper(tsa, Duration.ofSeconds(10)), outcome -> {
                if (!outcome.tsaUsed()) {
                    err.println("svault: " + outcome.code() + ": " + outcome.detail() + "; this seal has device time only.");
                    err.flush();
                }
            });
        }
        SealService sealing = new SealService(settings);
        sealing.checkDescription(description);
        List<String> allTexts = new ArrayList<>(texts);
        List<Path> paths = new ArrayList<>();
        for (String s : subjects) {
            if (s.equals("-")) {
                allTexts.add(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
            } else {
                paths.add(Path.of(s));
            }
        }
        if (allTexts.isEmpty() && paths.isEmpty()) {
            throw new AppException("NOTHING_TO_SEAL", "Give a --text, a file, a folder, or '-' for standard input.");
        }
        List<HashedSubject> textSubjects = allTexts.stream().map(sealing::text).toList(); // limits checked before the vault opens
        try (Vault v = vault.openForWriting()) {
            sealing.sealAll(v, textSubjects, description, durable -> print(out, durable));
            for (Path p : paths) {
                print(out, List.of(sealing.sealPath(v, p, description, progressTo(err, p), new CancelToken())));
            }
        }
        return ExitCodes.PASS;
    }

    private static void print(PrintWriter out, List<StoredSeal> durable) {
        for (StoredSeal s : durable) {
            out.println(s.seq() + " " + s.sealHash() + " " + s.subjectName());
        }
        out.flush(); // printed only now: every seal of the group is durable in both stores
    }

    private static HashProgress progressTo(PrintWriter err, Path p) {
        return snap -> {
            if (snap.bytesTotal() >= HashProgress.INTERVAL_BYTES) {
                err.printf("svault: hashing %s: %.0f%% (%.0f MB/s)%n", p.getFileName(), snap.fraction() * 100,
                        snap.bytesPerSecond() / 1e6);
                err.flush();
            }
        };
    }
}
