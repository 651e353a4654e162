package ai.attested.app.sentinel.policy;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.measure.MeasuredFile;
import ai.attested.bundle.model.MeasurementSpec;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.sign.CompositeHash;
import ai.attested.crypto.Hex;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads what a run needs and refuses anything a run must not start under (seed 004 §8: INIT →
 * POLICY_LOADED only if signature and time window are valid): a policy that does not verify, a
 * window not yet open or already closed, a manifest that is not the policy's baseline.
 */
public final class PolicyLoader {
    /** Policies of 10,000+ files are a few MB; anything this large is not a policy. */
    static final long MAX_BYTES = 64L << 20;

    private PolicyLoader() {
    }

    /**
     * @param manifestFile  default: subject_manifest.json beside the policy
     * @param watchOverride default: the policy's watch.root, relative to the policy's directory
     */
    public static LoadedPolicy load(Path policyFile, Optional<Path> manifestFile, Optional<Path> watchOverride) {
        Path file = policyFile.toAbsolutePath().normalize();
        byte[] bytes = read(file, "POLICY_UNREADABLE", "policy");
        PolicyArtifact policy = PolicyCheck.verified(bytes);
        WatchSettings watch = policy.extraField(WatchSettings.FIELD).map(WatchSettings::fromJson).orElse(WatchSettings.absent());
        Path manifestPath = manifestFile.orElse(file.resolveSibling(MintRequest.DEFAULT_MANIFEST_NAME));
        SubjectManifest manifest = manifest(manifestPath);
        List<MeasuredFile> files = bind(policy, manifest, watch);
        Path root = watchOverride.map(p -> p.toAbsolutePath().normalize()).orElseGet(() -> {
            String r = watch.root().orElseThrow(() -> new AppException("WATCH_ROOT_UNKNOWN",
                    "The policy does not name its folder; give the folder to watch with --watch."));
            return file.getParent().resolve(r).normalize();
        });
        return new LoadedPolicy(file, bytes, policy, manifest, watch, root, files);
    }

    /** Refuses a window that has not opened (created in the future) or has closed (TTL expired). */
    public static void checkWindow(LoadedPolicy p, Instant now) {
        if (p.createdAt().isAfter(now)) {
            throw new AppException("POLICY_NOT_YET_VALID", "The policy was created at " + p.policy().createdAt()
                    + ", after the current time " + Timestamps.format(now) + ": check the clock.");
        }
        Optional<Instant> expiry = p.expiresAt();
        if (expiry.isPresent() && !now.isBefore(expiry.get())) {
            throw new AppException("POLICY_EXPIRED", "The policy expired at " + p.policy().ttlExpiresAt().orElseThrow()
                    + "; mint a new one. No run was started.");
        }
    }

    private static SubjectManifest manifest(Path path) {
        byte[] bytes = read(path, "SUBJECT_MANIFEST_UNREADABLE", "subject manifest");
        try {
            return SubjectManifest.fromJson(StrictJson.parse(bytes));
        } catch (JsonFormatException | SchemaException e) {
            throw new AppException("SUBJECT_MANIFEST_INVALID", "The subject manifest " + path + " is malformed: " + e.getMessage(), e);
        }
    }

    /** Checks that the manifest is this policy's baseline and pairs each spec with its digest. */
    private static List<MeasuredFile> bind(PolicyArtifact policy, SubjectManifest manifest, WatchSettings watch) {
        List<MeasurementSpec> specs = policy.measurementSet();
        List<SubjectManifest.Entry> entries = manifest.entries();
        if (specs.size() != entries.size()) {
            throw mismatch("it lists " + entries.size() + " files, the policy measures " + specs.size());
        }
        List<MeasuredFile> files = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!specs.get(i).path().equals(entries.get(i).path())) {
                throw mismatch("entry " + (i + 1) + " is " + entries.get(i).path() + ", the policy measures " + specs.get(i).path());
            }
            files.add(new MeasuredFile(specs.get(i).path(), SpecMapping.normalization(specs.get(i)),
                    Hex.decode(entries.get(i).sha256())));
            digests.add(entries.get(i).sha256());
        }
        if (!CompositeHash.ofHex(digests).equals(manifest.compositeSubjectHash())) {
            throw mismatch("its composite_subject_hash is not the composite of its entries");
        }
        if (watch.baselineCompositeHash().isPresent()
                && !watch.baselineCompositeHash().get().equals(manifest.compositeSubjectHash())) {
            throw mismatch("its composite is not the baseline the policy signs");
        }
        return files;
    }

    private static AppException mismatch(String why) {
        return new AppException("SUBJECT_MANIFEST_MISMATCH", "The subject manifest is not this policy's baseline: " + why + ".");
    }

    private static byte[] read(Path path, String code, String what) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new AppException(code, "The " + what + " " + path + " is larger than " + (MAX_BYTES >> 20) + " MiB.");
            }
            return bytes;
        } catch (IOException e) {
            throw new AppException(code, "The " + what + " " + path + " could not be read: " + e.getMessage(), e);
        }
    }
}
