package ai.attested.ui.seal;

import ai.attested.app.AppException;
import ai.attested.app.seal.CancelToken;
import ai.attested.app.seal.HashProgress;
import ai.attested.ui.common.ErrorDialogs;
import ai.attested.ui.common.Formats;
import ai.attested.ui.common.Strings;
import ai.attested.ui.common.Tasks;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Seals queued jobs one after another in the background (hashing a large file uses the disk fully;
 * running two at once would only make both slower). Progress from hashing threads is coalesced
 * into at most one FX update per pulse.
 */
public final class SealQueue<R> {
    /** The app service call that hashes, signs and appends one seal; throws AppException. */
    @FunctionalInterface
    public interface Sealer<R> {
        R seal(SealJob<R> job, HashProgress progress, CancelToken cancel);
    }

    private final ObservableList<SealJob<R>> jobs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SealJob<R>> running = new ReadOnlyObjectWrapper<>();
    private final Sealer<R> sealer;
    private final Tasks tasks;
    private final ErrorDialogs errors;
    private final Strings strings;
    private final Consumer<SealJob<R>> onSealed;
    private final java.util.function.ToLongFunction<R> seqOf;

    public SealQueue(Sealer<R> sealer, java.util.function.ToLongFunction<R> seqOf, Tasks tasks, ErrorDialogs errors,
            Strings strings, Consumer<SealJob<R>> onSealed) {
        this.sealer = sealer;
        this.seqOf = seqOf;
        this.tasks = tasks;
        this.errors = errors;
        this.strings = strings;
        this.onSealed = onSealed;
    }

    public ObservableList<SealJob<R>> jobs() {
        return jobs;
    }

    /** The job being hashed now, or null. */
    public ReadOnlyObjectProperty<SealJob<R>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void add(SealJob<R> job) {
        jobs.addFirst(job);
        startNext();
    }

    /** Cancels the running job and every queued one; nothing of them is stored. */
    public void cancelAll() {
        for (SealJob<R> job : jobs) {
            if (job.isActive()) {
                job.cancelToken().cancel();
                if (job.stateProperty().get() == SealJob.State.QUEUED) {
                    job.stateProperty().set(SealJob.State.CANCELLED);
                }
            }
        }
    }

    private void startNext() {
        if (running.get() != null) {
            return;
        }
        SealJob<R> next = jobs.reversed().stream().filter(j -> j.stateProperty().get() == SealJob.State.QUEUED)
                .findFirst().orElse(null);
        if (next == null) {
            return;
        }
        running.set(next);
        next.stateProperty().set(SealJob.State.HASHING);
        ProgressRelay relay = new ProgressRelay(next);
        tasks.create(p -> sealer.seal(next, relay, next.cancelToken()))
                .onSuccess(result -> {
                    next.seqProperty().set(seqOf.applyAsLong(result));
                    next.resultProperty().set(result);
                    next.progressProperty().set(1);
                    next.stateProperty().set(SealJob.State.SEALED);
                    next.detailProperty().set("");
                    onSealed.accept(next);
                })
                .onError(failure -> failed(next, failure))
                .andFinally(() -> {
                    running.set(null);
                    startNext();
                })
                .start();
    }

    private void failed(SealJob<R> job, Throwable failure) {
        if (failure instanceof AppException app && app.code().equals(CancelToken.SEAL_CANCELLED)) {
            job.stateProperty().set(SealJob.State.CANCELLED);
            job.detailProperty().set("");
            return;
        }
        ErrorDialogs.UserError error = errors.describe(failure);
        job.stateProperty().set(SealJob.State.FAILED);
        job.detailProperty().set(error.code() + ": " + error.sentence());
        errors.show(failure);
    }

    /** Keeps the latest snapshot and applies it on the FX thread, at most one pending update at a time. */
    private final class ProgressRelay implements HashProgress {
        private final SealJob<R> job;
        private final AtomicReference<Snapshot> latest = new AtomicReference<>();

        ProgressRelay(SealJob<R> job) {
            this.job = job;
        }

        @Override
        public void update(Snapshot snapshot) {
            if (latest.getAndSet(snapshot) == null) {
                Platform.runLater(() -> apply(latest.getAndSet(null)));
            }
        }

        private void apply(Snapshot s) {
            if (s == null || job.stateProperty().get() != SealJob.State.HASHING) {
                return;
            }
            job.progressProperty().set(s.bytesTotal() == 0 ? -1 : s.fraction());
            double rate = s.bytesPerSecond();
            String eta = rate > 0
                    ? Formats.duration(Duration.ofSeconds((long) ((s.bytesTotal() - s.bytesDone()) / rate)))
                    : "…";
            job.detailProperty().set(strings.format("seal.progress", Formats.bytes(s.bytesDone()),
                    Formats.bytes(s.bytesTotal()), Formats.rate(rate), eta));
        }
    }
}
