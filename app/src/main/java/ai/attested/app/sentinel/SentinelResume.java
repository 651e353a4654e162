package ai.attested.app.sentinel;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.policy.PolicyCheck;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.app.sentinel.process.SubjectProcess;
import ai.attested.app.sentinel.run.BundleExport;
import ai.attested.app.sentinel.run.ReceiptChain;
import ai.attested.app.sentinel.run.RunChainCheck;
import ai.attested.app.sentinel.run.RunDirectory;
import ai.attested.app.sentinel.run.RunRecord;
import ai.attested.app.sentinel.run.SubjectGuard;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Closes a run that was cut short (docs/decisions/0054-sentinel-run-and-resume.md): checks the
 * receipts on disk as a chain prefix, finishes an enforcement the interrupted sentinel had decided
 * (a DRIFT_DETECTED without its ENFORCED, or an ENFORCED(KILL) whose kill may not have happened),
 * appends BUNDLE_EXPORTED and writes the bundle. A run already ending in BUNDLE_EXPORTED is only
 * re-exported. Nothing already on disk is changed.
 */
public final class SentinelResume {
    private SentinelResume() {
    }

    public static SentinelResult resume(Path runDir, Optional<Path> bundleOut, SigningKeys.Resolved key,
                                        SentinelListener listener) {
        RunDirectory run = RunDirectory.open(runDir.toAbsolutePath());
        RunRecord record = run.record();
        PolicyArtifact policy;
        SubjectManifest manifest;
        try {
            policy = PolicyCheck.verified(run.policyBytes());
            manifest = SubjectManifest.fromJson(StrictJson.parse(run.manifestBytes()));
        } catch (IOException | JsonFormatException | SchemaException e) {
            throw new AppException("RUN_DIR_INVALID", "The run directory's policy or manifest is unreadable: " + e.getMessage(), e);
        }
        if (!policy.issuer().publicKey().equals(key.key().publicKey().base64())) {
            throw new AppException("KEY_NOT_POLICY_ISSUER", "The run was signed by key " + policy.issuer().keyId()
                    + "; resume it with that key, not " + key.keyId() + ".");
        }
        List<Receipt> receipts = RunChainCheck.check(run, record.runId(), policy.policyId(), key.key().publicKey());
        if (receipts.isEmpty()) {
            throw new AppException("RUN_NOT_STARTED", "The run directory has no receipt: the run never started, so there is nothing to close.");
        }
        Receipt last = receipts.getLast();
        Path out = bundleOut.orElse(record.bundleOut());
        ReceiptChain chain = ReceiptChain.continueAfter(run, last, key.key());
        SubjectGuard guard = new SubjectGuard(ProcessTree.forThisPlatform(), listener::onNote);
        record.subject().flatMap(s -> s.startInstant().flatMap(t -> SubjectProcess.attach(s.pid(), Instant.parse(t),
                ProcessTree.forThisPlatform()))).ifPresent(guard::adopt);
        Instant now = record.simulatedClock() ? Instant.parse(last.timestamp()) : later(Instant.now(), last);
        Receipt head = last;
        if (last.eventType() != EventType.BUNDLE_EXPORTED) {
            if (last.eventType() == EventType.DRIFT_DETECTED) {
                head = enforce(chain, guard, policy, last, now, listener);
            } else if (last.eventType() == EventType.ENFORCED && last.decision().action() == Action.KILL && guard.subject().isPresent()) {
                guard.kill(); // the receipt promised KILL; the interrupted sentinel may not have done it
            } else if (guard.subject().isPresent() && !guard.quarantined()) {
                listener.onNote("the subject (pid " + guard.subject().get().pid() + ") is still running and no longer governed");
            }
            head = chain.append(now, EventType.BUNDLE_EXPORTED,
                    Decision.ok("bundle exported by resume: the sentinel was interrupted after receipt #" + last.counter()),
                    head.measurement());
            listener.onReceipt(head);
        } else {
            listener.onNote("the run was already closed; writing its bundle again");
        }
        BundleExport.write(policy, manifest, run, key.key(), out, head.timestamp());
        listener.onNote("evidence bundle written: " + out.toAbsolutePath());
        Optional<Receipt> lastEnforced = Optional.empty();
        Optional<Receipt> lastDrift = Optional.empty();
        for (Receipt r : run.receipts()) {
            if (r.eventType() == EventType.ENFORCED) {
                lastEnforced = Optional.of(r);
            } else if (r.eventType() == EventType.DRIFT_DETECTED) {
                lastDrift = Optional.of(r);
            }
        }
        return new SentinelResult(record.runId(), run.dir(), out.toAbsolutePath(), chain.count(), SentinelState.BUNDLED,
                lastEnforced.map(r -> r.decision().action()), lastDrift.map(r -> r.decision().reasonCode()),
                record.subject().map(RunRecord.Subject::pid), guard.lastPids(),
                guard.quarantined() && guard.subject().map(SubjectProcess::isAlive).orElse(false));
    }

    /** Finishes the enforcement of a DRIFT_DETECTED the interrupted sentinel recorded but did not act on. */
    private static Receipt enforce(ReceiptChain chain, SubjectGuard guard, PolicyArtifact policy, Receipt drift,
                                   Instant now, SentinelListener listener) {
        Action action = policy.actionFor(drift.decision().reasonCode().trigger());
        String details = switch (action) {
            case CONTINUE -> "continue (enforced on resume)";
            case QUARANTINE -> guard.quarantine() + " (enforced on resume)";
            case KILL -> guard.killDetails() + " (enforced on resume)";
            case NONE -> throw new IllegalStateException("a policy never maps drift to NONE");
        };
        Receipt enforced = chain.append(now, EventType.ENFORCED,
                new Decision(action, drift.decision().reasonCode(), details), drift.measurement());
        listener.onReceipt(enforced);
        if (action == Action.KILL) {
            guard.kill();
        }
        return enforced;
    }

    private static Instant later(Instant now, Receipt last) {
        Instant prev = Instant.parse(last.timestamp());
        return now.isBefore(prev) ? prev : now;
    }
}
