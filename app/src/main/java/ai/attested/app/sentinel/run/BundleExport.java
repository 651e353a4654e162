package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import ai.attested.app.embedded.EmbeddedVerifier;
import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.write.EvidenceBundleWriter;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Closes a run directory into an evidence bundle (seed 004 §9): the policy, its baseline, every
 * receipt in counter order, the chain head and the signed manifest from the bundle writer, plus the
 * embedded verifier and a README that says how to verify and tamper-test it. The ZIP is written
 * beside the target and moved into place, so a crash never leaves half a bundle under its name.
 */
public final class BundleExport {
    private BundleExport() {
    }

    public static BundleManifest write(PolicyArtifact policy, SubjectManifest manifest, RunDirectory run,
                                       Ed25519PrivateKey key, Path out, String createdAt) {
        List<Receipt> summary = new ArrayList<>();
        for (Receipt r : run.receipts()) {
            summary.add(r);
        }
        EmbeddedVerifier verifier = EmbeddedVerifier.load();
        Map<String, byte[]> extras = new TreeMap<>(verifier.bundleFiles());
        extras.put(BundlePaths.README, ReadmeText.of(summary).getBytes(StandardCharsets.UTF_8));
        EvidenceBundleWriter.Input input = new EvidenceBundleWriter.Input(policy, manifest, run.receipts(), extras,
                createdAt, verifier.ref());
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            BundleManifest written;
            try (OutputStream os = Files.newOutputStream(temp)) {
                written = EvidenceBundleWriter.write(input, key, os);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.forceDirectory(target.getParent());
            return written;
        } catch (IOException e) {
            throw new AppException("BUNDLE_WRITE_FAILED", "The evidence bundle " + target + " could not be written: "
                    + e.getMessage() + ". The run directory " + run.dir() + " is intact: retry with --resume.", e);
        }
    }
}
