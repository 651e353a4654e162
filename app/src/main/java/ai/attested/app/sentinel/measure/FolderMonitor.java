package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures a watched folder tick by tick against its baseline without rehashing files nothing
 * touched. Which files a tick rehashes is decided by {@link ChangeDetection}; the result is always
 * what a full rehash would give (STRICT_HASH_MATCH), with the detection bounds documented in
 * docs/decisions/0051-sentinel-change-detection.md. Not thread-safe: one tick at a time.
 */
public final class FolderMonitor implements AutoCloseable {
    private final SubjectTree tree;
    private final List<MeasuredFile> specs;
    private final Map<String, Integer> index = new HashMap<>();
    private final TreeSet<String> specPaths = new TreeSet<>();
    private final boolean newFilesAreDrift;
    private final ChangeDetection detection;
    private final Observation[] observed;
    private final byte[][] baselines;
    private final TreeMap<String, Observation> extras = new TreeMap<>(PathOrder.UTF8_BYTES);
    private final Set<String> recheck = new HashSet<>();
    private final ParallelDigests digests = new ParallelDigests();
    private final ChangeFeed feed;
    private long tick;
    private Snapshot last;
    private boolean changedSinceLast = true;

    public FolderMonitor(SubjectTree tree, List<MeasuredFile> specs, boolean newFilesAreDrift, ChangeDetection detection) {
        this.tree = tree;
        this.specs = List.copyOf(specs);
        this.newFilesAreDrift = newFilesAreDrift;
        this.detection = detection;
        this.observed = new Observation[specs.size()];
        this.baselines = new byte[specs.size()][];
        for (int i = 0; i < specs.size(); i++) {
            baselines[i] = specs.get(i).baselineSha256();
            index.put(specs.get(i).path(), i);
            specPaths.add(specs.get(i).path());
        }
        if (detection.strategy() == ChangeDetection.Strategy.EVENTS) {
            List<Path> dirs;
            try {
                dirs = tree.list("").directories();
            } catch (IOException e) {
                dirs = List.of();
            }
            feed = ChangeFeed.open(tree, dirs); // opened before the first full hash: no change falls between
        } else {
            feed = null;
        }
    }

    /** Empty when file-system events are in use (or not asked for); otherwise why they are not. */
    public String eventsUnavailableReason() {
        return feed == null || feed.available() ? "" : feed.unavailableReason();
    }

    /**
     * Blocks until the file system reports a change under the folder (the next {@link #measure()}
     * takes it in) or {@code timeout} passes; false on timeout. Without events (other strategies,
     * or events unavailable) every tick looks at every file, so there is nothing to wait for: true at once.
     * Public so a caller can measure when the folder changed rather than only on a timer.
     */
    public boolean awaitChange(Duration timeout) throws InterruptedException {
        return feed == null || feed.awaitPending(timeout);
    }

    /** Measures one tick. */
    public Snapshot measure() {
        tick++;
        Set<String> toHash = new TreeSet<>(PathOrder.UTF8_BYTES);
        Set<String> candidates = new TreeSet<>(PathOrder.UTF8_BYTES);
        boolean full = tick == 1 || detection.strategy() == ChangeDetection.Strategy.REHASH_EVERY_TICK
                || (detection.fullRehashEveryTicks() > 0 && tick % detection.fullRehashEveryTicks() == 0);
        boolean rescanTree = full;
        if (full) {
            toHash.addAll(specPaths);
            if (feed != null) {
                feed.drain(); // everything is rehashed anyway
            }
        } else {
            boolean sweep = detection.strategy() == ChangeDetection.Strategy.STAT_EVERY_TICK
                    || tick % detection.sweepEveryTicks() == 0;
            if (feed != null) {
                ChangeFeed.Changes changes = feed.drain();
                sweep |= changes.overflow() || !feed.available();
                for (String dirty : changes.dirtyPaths()) {
                    markDirty(dirty, toHash, candidates);
                }
            } else {
                sweep = true;
            }
            toHash.addAll(recheck);
            if (sweep) {
                sweepFingerprints(toHash);
                rescanTree = true;
            }
        }
        recheck.clear();
        int hashed = hash(new ArrayList<>(toHash));
        if (newFilesAreDrift) {
            hashed += rescanTree ? rescanExtras() : updateExtras(candidates);
        }
        return snapshot(hashed);
    }

    private void markDirty(String dirty, Set<String> toHash, Set<String> candidates) {
        if (dirty.isEmpty()) {
            toHash.addAll(specPaths);
        } else {
            if (index.containsKey(dirty)) {
                toHash.add(dirty);
            }
            // '/' + 1 == '0': the sub-set is everything under "dirty/"
            toHash.addAll(specPaths.subSet(dirty + "/", dirty + "0"));
        }
        candidates.add(dirty);
    }

    private void sweepFingerprints(Set<String> toHash) {
        for (int i = 0; i < specs.size(); i++) {
            Fingerprint now;
            try {
                now = Fingerprint.of(tree.resolve(specs.get(i).path()));
            } catch (IOException e) {
                now = null;
            }
            Observation o = observed[i];
            if (o == null || !Objects.equals(now, o.fingerprint())) {
                toHash.add(specs.get(i).path());
            }
        }
    }

    private int hash(List<String> paths) {
        List<Observation> results = digests.map(paths, (path, digester) -> {
            MeasuredFile spec = specs.get(index.get(path));
            return Observation.observe(tree.resolve(path), spec.normalization(), digester);
        });
        changedSinceLast |= !paths.isEmpty();
        for (int i = 0; i < paths.size(); i++) {
            Observation o = results.get(i);
            observed[index.get(paths.get(i))] = o;
            if (!o.stable()) {
                recheck.add(paths.get(i));
            }
        }
        return paths.size();
    }

    private int rescanExtras() {
        List<String> present = new ArrayList<>();
        try {
            SubjectTree.Listing listing = tree.list("");
            present.addAll(listing.regularFiles());
            present.addAll(listing.nonRegular());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        present.removeIf(index::containsKey);
        changedSinceLast |= extras.keySet().retainAll(new HashSet<>(present));
        return refreshExtras(present);
    }

    private int updateExtras(Set<String> candidates) {
        List<String> toCheck = new ArrayList<>();
        for (String c : candidates) {
            Path p = c.isEmpty() ? tree.root() : tree.resolve(c);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    SubjectTree.Listing listing = tree.list(c);
                    Set<String> under = new HashSet<>(listing.regularFiles());
                    under.addAll(listing.nonRegular());
                    changedSinceLast |= extras.keySet().removeIf(e -> (c.isEmpty() || e.startsWith(c + "/")) && !under.contains(e));
                    toCheck.addAll(under);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (c.isEmpty()) {
                changedSinceLast |= !extras.isEmpty();
                extras.clear(); // the watched folder itself is gone
            } else {
                changedSinceLast |= extras.keySet().removeIf(e -> e.startsWith(c + "/"));
                toCheck.add(c);
            }
        }
        toCheck.removeIf(c -> index.containsKey(c) || !tree.included(c));
        return refreshExtras(toCheck);
    }

    /** Re-observes unlisted entries whose fingerprint moved; forgets those that are gone. */
    private int refreshExtras(List<String> paths) {
        List<String> changed = new ArrayList<>();
        for (String p : paths) {
            try {
                Fingerprint fp = Fingerprint.of(tree.resolve(p));
                Observation known = extras.get(p);
                if (known == null || !fp.equals(known.fingerprint()) || recheck.contains(p)) {
                    changed.add(p);
                }
            } catch (NoSuchFileException e) {
                changedSinceLast |= extras.remove(p) != null;
            } catch (IOException e) {
                changed.add(p);
            }
        }
        List<Observation> results = digests.map(changed,
                (path, d) -> Observation.observe(tree.resolve(path), Normalization.AS_IS, d));
        changedSinceLast |= !changed.isEmpty();
        for (int i = 0; i < changed.size(); i++) {
            Observation o = results.get(i);
            if (o.status() == Observation.Status.MISSING) {
                extras.remove(changed.get(i));
            } else {
                extras.put(changed.get(i), o);
                if (!o.stable()) {
                    recheck.add(changed.get(i));
                }
            }
        }
        return changed.size();
    }

    private Snapshot snapshot(int hashed) {
        if (!changedSinceLast) {
            // nothing was re-observed: same result as last tick, without re-hashing 10,000 digests
            last = new Snapshot(tick, last.compositeSha256(), last.changed(), last.missing(), last.newFiles(), hashed);
            return last;
        }
        changedSinceLast = false;
        MessageDigest composite = sha256();
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Observation o = observed[i];
            composite.update(o.digest());
            if (o.status() == Observation.Status.MISSING) {
                missing.add(specs.get(i).path());
            } else if (!o.matches(baselines[i])) {
                changed.add(specs.get(i).path());
            }
        }
        List<String> newFiles = new ArrayList<>();
        for (Map.Entry<String, Observation> e : extras.entrySet()) {
            MessageDigest slot = sha256();
            slot.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            slot.update((byte) 0);
            slot.update(e.getValue().digest());
            composite.update(slot.digest());
            newFiles.add(e.getKey());
        }
        last = new Snapshot(tick, composite.digest(), changed, missing, newFiles, hashed);
        return last;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        digests.close();
    }
}
