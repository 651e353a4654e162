package ai.attested.app.sentinel.policy;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.measure.BaselineDigests;
import ai.attested.app.sentinel.measure.FileDigest;
import ai.attested.app.sentinel.measure.SubjectTree;
import ai.attested.app.sentinel.run.DurableFiles;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EnforcementTrigger;
import ai.attested.bundle.model.MeasurementSpec;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.PolicyDraft;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.sign.CompositeHash;
import ai.attested.bundle.sign.PolicySigner;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mints a signed policy over a folder (seed 004 §6.1, §7.1): one FILE_DIGEST spec per file in
 * UTF-8 byte order of the relative path, the subject manifest baseline (§6.2) beside it, and the
 * additive {@code watch} object that binds both to the folder.
 */
public final class PolicyMinter {
    private PolicyMinter() {
    }

    /** The signed policy and its baseline, as written. */
    public record Minted(PolicyArtifact policy, SubjectManifest manifest, Path policyFile, Path manifestFile) {
    }

    public static Minted mint(MintRequest req, Ed25519PrivateKey key) {
        check(req);
        Path root = req.watchDir().toAbsolutePath().normalize();
        Path policyFile = req.policyOut().toAbsolutePath().normalize();
        Path manifestFile = req.manifestFile().toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new AppException("WATCH_DIR_NOT_FOUND", "The folder to watch does not exist or is not a folder: " + root);
        }
        for (Path out : List.of(policyFile, manifestFile)) {
            if (out.startsWith(root)) {
                throw new AppException("OUTPUT_INSIDE_WATCHED_FOLDER", "Write " + out.getFileName()
                        + " outside the watched folder: inside it, it would itself be a new file and drift.");
            }
        }
        SubjectTree tree = new SubjectTree(root, req.include());
        List<String> paths;
        List<FileDigest> digests;
        try {
            SubjectTree.Listing listing = tree.list("");
            if (!listing.nonRegular().isEmpty()) {
                throw new AppException("SUBJECT_NOT_REGULAR_FILE", "Only regular files can be measured; "
                        + listing.nonRegular().getFirst() + " is a link or special file. Remove it or narrow --include.");
            }
            paths = listing.regularFiles();
            if (paths.isEmpty()) {
                throw new AppException("SUBJECT_EMPTY", "The watched folder has no files to measure: " + root);
            }
            digests = BaselineDigests.of(tree, paths, req.normalization());
        } catch (IOException e) {
            throw new AppException("SUBJECT_UNREADABLE", "The watched folder could not be read: " + e.getMessage(), e);
        }
        List<MeasurementSpec> specs = new ArrayList<>();
        List<SubjectManifest.Entry> entries = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            FileDigest d = digests.get(i);
            if (!d.encodingValid()) {
                throw new AppException("SUBJECT_INVALID_UTF8", paths.get(i) + " is not valid UTF-8 (byte "
                        + d.invalidUtf8Offset() + "); use --encoding BINARY or leave it out with --include.");
            }
            specs.add(SpecMapping.spec(paths.get(i), req.normalization()));
            entries.add(new SubjectManifest.Entry(paths.get(i), d.sha256Hex(), d.sizeBytes(),
                    Timestamps.format(d.lastModified().toInstant())));
            raw.add(d.sha256());
        }
        String composite = CompositeHash.of(raw);
        String rootHint = rootRelativeTo(policyFile.getParent(), root);
        WatchSettings watch = new WatchSettings(Optional.of(rootHint), req.newFilesAreDrift(), req.include(),
                Optional.of(composite));
        try {
            SubjectManifest manifest = SubjectManifest.of(rootHint, entries, composite);
            PolicyDraft draft = new PolicyDraft(Timestamps.format(req.createdAt()), specs)
                    .intervalMs(req.intervalMs())
                    .enforce(EnforcementTrigger.DRIFT_DETECTED, req.onDrift())
                    .enforce(EnforcementTrigger.TTL_EXPIRED, req.onTtl())
                    .enforce(EnforcementTrigger.SIGNATURE_INVALID, req.onSignatureInvalid())
                    .requiredReceipts(req.requiredReceipts())
                    .extra(WatchSettings.FIELD, watch.toJson());
            req.expiresAt().ifPresent(t -> draft.ttlExpiresAt(Timestamps.format(t)));
            PolicyArtifact policy = PolicySigner.sign(draft, key);
            DurableFiles.writeAtomically(manifestFile, PrettyJson.bytes(manifest.toJson()));
            DurableFiles.writeAtomically(policyFile, PrettyJson.bytes(policy.toJson()));
            return new Minted(policy, manifest, policyFile, manifestFile);
        } catch (SchemaException e) {
            throw new IllegalStateException("minted policy does not match its schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AppException("POLICY_WRITE_FAILED", "The policy could not be written: " + e.getMessage(), e);
        }
    }

    private static void check(MintRequest req) {
        if (req.intervalMs() < MintRequest.MIN_INTERVAL_MS) {
            throw new AppException("POLICY_INTERVAL_TOO_SHORT",
                    "The interval must be at least " + MintRequest.MIN_INTERVAL_MS + " ms (seed 004 §6.1), not " + req.intervalMs() + ".");
        }
        for (Action a : List.of(req.onDrift(), req.onTtl(), req.onSignatureInvalid())) {
            if (a == Action.NONE) {
                throw new AppException("POLICY_MAPPING_INVALID", "An enforcement action must be CONTINUE, QUARANTINE or KILL.");
            }
        }
        if (req.onSignatureInvalid() == Action.CONTINUE) {
            throw new AppException("POLICY_MAPPING_INVALID",
                    "CONTINUE is not allowed when the policy signature becomes invalid (seed 004 §6.1): use QUARANTINE or KILL.");
        }
        if (req.requiredReceipts().isEmpty() || !req.requiredReceipts().contains(ai.attested.bundle.model.EventType.BUNDLE_EXPORTED)) {
            throw new AppException("POLICY_REQUIRED_RECEIPTS_INVALID", "required_receipts must list BUNDLE_EXPORTED (every bundle ends with it).");
        }
        if (req.expiresAt().isPresent() && !req.expiresAt().get().isAfter(req.createdAt())) {
            throw new AppException("POLICY_TTL_IN_PAST", "The policy would expire at " + Timestamps.format(req.expiresAt().get())
                    + ", not after its creation at " + Timestamps.format(req.createdAt()) + ".");
        }
    }

    /** The watched folder as the policy records it: relative to the policy's directory, POSIX separators. */
    static String rootRelativeTo(Path policyDir, Path root) {
        if (policyDir == null || !policyDir.getRoot().equals(root.getRoot())) {
            return root.toString();
        }
        Path rel = policyDir.relativize(root);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.isEmpty() ? "." : sb.toString();
    }
}
