package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.measure.LineEndings;
import ai.attested.app.sentinel.measure.Normalization;
import ai.attested.app.sentinel.measure.TextEncoding;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svault policy create}: mints a signed policy and its subject manifest baseline from a folder. */
@Command(name = "policy", description = "Signed sentinel policies.",
        subcommands = {PolicyCommand.Create.class, PolicyCheckCommand.class},
        mixinStandardHelpOptions = true)
public final class PolicyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Mint a signed policy (seed 004 §6.1) over a folder, with the subject manifest baseline beside it.")
    static final class Create implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--watch", required = true, paramLabel = "DIR", description = "The folder to watch.")
        Path watch;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the policy JSON.")
        Path out;

        @Option(names = "--manifest-out", paramLabel = "FILE", description = "Subject manifest (default: subject_manifest.json beside the policy).")
        Path manifestOut;

        @Option(names = "--interval-ms", defaultValue = "1000", description = "Measurement interval, at least 250 (default ${DEFAULT-VALUE}).")
        long intervalMs;

        @Option(names = "--line-endings", defaultValue = "NONE", description = "LF, CRLF or NONE (default ${DEFAULT-VALUE}).")
        String lineEndings;

        @Option(names = "--trim-trailing-whitespace", description = "Drop spaces and tabs at the end of each line before hashing.")
        boolean trim;

        @Option(names = "--encoding", defaultValue = "BINARY", description = "UTF-8 (checked) or BINARY (default ${DEFAULT-VALUE}).")
        String encoding;

        @Option(names = "--on-drift", defaultValue = "KILL", description = "CONTINUE, QUARANTINE or KILL (default ${DEFAULT-VALUE}).")
        String onDrift;

        @Option(names = "--on-ttl", defaultValue = "KILL", description = "CONTINUE, QUARANTINE or KILL (default ${DEFAULT-VALUE}).")
        String onTtl;

        @Option(names = "--on-signature-invalid", defaultValue = "KILL", description = "QUARANTINE or KILL (default ${DEFAULT-VALUE}).")
        String onSignature;

        @Option(names = "--ttl", paramLabel = "DURATION", description = "Expire after this long: 90s, 30m, 12h, 7d or ISO PT1H.")
        String ttl;

        @Option(names = "--expires-at", paramLabel = "ISO", description = "Expire at this time (ISO 8601).")
        String expiresAt;

        @Option(names = "--new-files", defaultValue = "DRIFT", description = "DRIFT or IGNORE: is a new file in the folder drift (default ${DEFAULT-VALUE})?")
        String newFiles;

        @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching these globs (relative paths; ** crosses folders).")
        List<String> include = new ArrayList<>();

        @Option(names = "--require", split = ",", paramLabel = "EVENT",
                description = "required_receipts (default all five; a clean watch without drift needs POLICY_LOADED,MEASUREMENT_OK,BUNDLE_EXPORTED).")
        List<String> require = new ArrayList<>();

        @Option(names = "--created-at", paramLabel = "ISO", description = "created_at to record (default: now); with --test-key gives a reproducible policy.")
        String createdAt;

        @Mixin
        KeyOptions keys;

        @Override
        public Integer call() {
            Instant created = createdAt == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS)
                    : Timestamps.parse(createdAt, "CREATED_AT_INVALID");
            if (ttl != null && expiresAt != null) {
                throw new AppException("TTL_OPTIONS_CONFLICT", "Give --ttl or --expires-at, not both.");
            }
            Optional<Instant> expiry = ttl != null ? Optional.of(created.plus(duration(ttl)))
                    : Optional.ofNullable(expiresAt).map(e -> Timestamps.parse(e, "EXPIRES_AT_INVALID"));
            if (!newFiles.equals("DRIFT") && !newFiles.equals("IGNORE")) {
                throw new AppException("NEW_FILES_INVALID", "--new-files must be DRIFT or IGNORE.");
            }
            Normalization n = new Normalization(LineEndings.fromWire(lineEndings.toUpperCase(Locale.ROOT)), trim,
                    TextEncoding.fromWire(encoding.toUpperCase(Locale.ROOT)));
            MintRequest req = MintRequest.defaults(watch, out, created)
                    .withManifestOut(Optional.ofNullable(manifestOut))
                    .withIntervalMs(intervalMs)
                    .withNormalization(n)
                    .withMapping(action(onDrift), action(onTtl), action(onSignature))
                    .withExpiry(expiry)
                    .withNewFiles(newFiles.equals("DRIFT"), include);
            if (!require.isEmpty()) {
                List<EventType> events = new ArrayList<>();
                for (String e : require) {
                    try {
                        events.add(EventType.valueOf(e.trim().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException ex) {
                        throw new AppException("POLICY_REQUIRED_RECEIPTS_INVALID", "'" + e + "' is not a receipt event type.");
                    }
                }
                req = req.withRequiredReceipts(events);
            }
            SigningKeys.Resolved key = SigningKeys.resolve(keys.choice(), System.getenv());
            PolicyMinter.Minted m = PolicyMinter.mint(req, key.key());
            var w = spec.commandLine().getOut();
            w.println("policy:    " + m.policyFile());
            w.println("policy_id: " + m.policy().policyId());
            w.println("manifest:  " + m.manifestFile() + " (" + m.manifest().entries().size() + " files, composite "
                    + m.manifest().compositeSubjectHash() + ")");
            w.println("signed by: " + key.keyId() + " (" + key.description() + ")");
            return ExitCodes.PASS;
        }

        static Action action(String name) {
            try {
                Action a = Action.valueOf(name.toUpperCase(Locale.ROOT));
                if (a != Action.NONE) {
                    return a;
                }
            } catch (IllegalArgumentException ignored) {
                // falls through to the coded error
            }
            throw new AppException("POLICY_MAPPING_INVALID", "'" + name + "' is not CONTINUE, QUARANTINE or KILL.");
        }

        static Duration duration(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            try {
                if (t.startsWith("p")) {
                    return Duration.parse(t.toUpperCase(Locale.ROOT));
                }
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new NumberFormatException();
                };
            } catch (RuntimeException e) {
                throw new AppException("TTL_INVALID", "'" + text + "' is not a duration such as 90s, 30m, 12h, 7d or PT1H.");
            }
        }
    }
}
