package ai.attested.app.sentinel;

import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Receipt;
import ai.attested.crypto.sig.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A watched folder, a policy minted over it with the test key, and a recorder for a run's reports. */
final class SentinelFixture {
    static final Instant T0 = Instant.parse("2026-02-11T12:00:00.000Z");
    static final SigningKeys.Resolved TEST_KEY = new SigningKeys.Resolved(TestKeys.tvSig001(), "test key", true);

    final Path base;
    final Path subject;
    final Path policyFile;

    SentinelFixture(Path base) throws IOException {
        this.base = base;
        this.subject = base.resolve("subject");
        this.policyFile = base.resolve("policy.json");
        Files.createDirectories(subject.resolve("conf"));
        Files.writeString(subject.resolve("conf/app.yaml"), "mode: governed\n", StandardCharsets.UTF_8);
        Files.writeString(subject.resolve("model.txt"), "weights v1\n", StandardCharsets.UTF_8);
        Files.writeString(subject.resolve("readme.md"), "# subject\n", StandardCharsets.UTF_8);
    }

    PolicyMinter.Minted mint(Action onDrift) {
        return mint(MintRequest.defaults(subject, policyFile, T0).withIntervalMs(250)
                .withMapping(onDrift, onDrift, onDrift == Action.CONTINUE ? Action.KILL : onDrift));
    }

    PolicyMinter.Minted mint(MintRequest request) {
        return PolicyMinter.mint(request, TEST_KEY.key());
    }

    /** A simulated-clock run from T0 with at most {@code maxTicks} ticks. */
    SentinelConfig simulated(long maxTicks, List<String> subjectCommand) {
        return SentinelConfig.of(policyFile, base.resolve("bundle.zip"), base.resolve("run"), TEST_KEY)
                .withSimulatedStart(Optional.of(T0)).withMaxTicks(maxTicks).withSubject(subjectCommand);
    }

    /** Records everything a run reports and lets a test act on receipts as they come. */
    static final class Recorder implements SentinelListener {
        final List<Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
        final List<String> states = Collections.synchronizedList(new ArrayList<>());
        final List<String> notes = Collections.synchronizedList(new ArrayList<>());
        Consumer<Receipt> onReceipt = r -> { };

        @Override
        public void onReceipt(Receipt receipt) {
            receipts.add(receipt);
            onReceipt.accept(receipt);
        }

        @Override
        public void onState(SentinelState from, SentinelState to) {
            states.add(to.name());
        }

        @Override
        public void onNote(String message) {
            notes.add(message);
        }

        List<EventType> events() {
            return receipts.stream().map(Receipt::eventType).toList();
        }

        Receipt first(EventType type) {
            return receipts.stream().filter(r -> r.eventType() == type).findFirst().orElseThrow(
                    () -> new AssertionError("no " + type + " in " + events()));
        }

        long count(EventType type) {
            return receipts.stream().filter(r -> r.eventType() == type).count();
        }
    }

    /**
     * Waits until the subject has started its long-lived child (a command line containing
     * {@code marker}) and returns [root, child]: the members that must stay until enforcement (the
     * subject's short sleeps come and go on their own). The subject starts that child before its
     * first heartbeat, so the wait is for the first write to {@code heartbeat} (a file-system
     * event), after which the child must be there.
     */
    static List<Long> awaitTree(long pid, String marker, Path heartbeat) throws IOException, InterruptedException {
        FileEvents.await(heartbeat.getParent(), () -> heartbeat.toFile().length() > 0, Duration.ofSeconds(30),
                "first heartbeat of subject " + pid);
        Optional<ProcessHandle> child = ProcessHandle.of(pid).flatMap(h -> h.descendants()
                .filter(d -> d.info().commandLine().orElse("").contains(marker)).findFirst());
        return List.of(pid, child.orElseThrow(() -> new AssertionError(
                "subject " + pid + " beat without its child '" + marker + "'")).pid());
    }

    static void killQuietly(Optional<Long> pid) {
        pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .ifPresent(h -> ProcessTree.forThisPlatform().kill(h, Duration.ofSeconds(5)));
    }
}
