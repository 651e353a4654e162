package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.operator.BadWordsFilter;
import ai.attested.app.vault.SealMinter;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealSubject;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * {@code svault seal}: seals texts (and, with the subject hasher, files and folders) into the vault
 * and prints {@code SEQ SEAL_HASH NAME} per seal once it is durable in both stores. Texts given
 * together are appended as durable groups of up to {@value #GROUP} (one fsync per store per group);
 * a group's lines are printed only after the whole group is durable.
 */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = "Seal texts, files or folders into the vault; prints SEQ SEAL_HASH NAME per seal once durable.")
public final class SealCommand implements Callable<Integer> {

    static final int GROUP = 64;

    @Spec
    CommandSpec spec;

    @Mixin
    VaultOptions vault;

    @Option(names = "--text", paramLabel = "TEXT", description = "A text to seal (its UTF-8 bytes); repeatable.")
    List<String> texts = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "A short description stored in the seal.")
    String description;

    @Parameters(paramLabel = "SUBJECT", arity = "0..*", description = "'-' seals standard input as one text.")
    List<String> subjects = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        BadWordsFilter.english().requireClean(description, "description");
        List<String> allTexts = new ArrayList<>(texts);
        for (String s : subjects) {
            if (!s.equals("-")) {
                throw new AppException("SUBJECT_UNSUPPORTED", "Sealing files and folders arrives with the subject hasher; seal texts with --text or '-'.");
            }
            allTexts.add(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (allTexts.isEmpty()) {
            throw new AppException("NOTHING_TO_SEAL", "Give a --text, a file, a folder, or '-' for standard input.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        try (Vault v = vault.openForWriting()) {
            for (int i = 0; i < allTexts.size(); i += GROUP) {
                List<SealMinter> group = new ArrayList<>();
                for (String text : allTexts.subList(i, Math.min(allTexts.size(), i + GROUP))) {
                    group.add(textMinter(text, description, clock));
                }
                for (StoredSeal s : v.append(group)) {
                    out.println(s.seq() + " " + s.sealHash() + " " + s.subjectName());
                }
                out.flush(); // printed only now: every seal of the group is durable in both stores
            }
        }
        return ExitCodes.PASS;
    }

    private static SealMinter textMinter(String text, String description, Clock clock) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        SealSubject subject = SealSubject.text("text", utf8.length, Sha256.hex(utf8));
        return ctx -> {
            SealDraft draft = new SealDraft(ctx.vaultId().formatted(), ctx.seq(), ctx.prevSealHash(), subject, description,
                    ctx.operator(), SealTimes.format(clock.instant()));
            Seal seal = draft.sign(ctx.signer(), TimeSource.device());
            return new String(SealCodec.toCanonicalJson(seal), StandardCharsets.UTF_8);
        };
    }
}
