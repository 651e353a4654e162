package ai.attested.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Small builder for background work: the work runs on the worker executor, never on the FX thread;
 * the callbacks run on the FX thread. Failures without an explicit handler go to the error dialogs.
 */
public final class Tasks {
    private final Executor executor;
    private final ErrorDialogs errors;

    public Tasks(Executor executor, ErrorDialogs errors) {
        this.executor = executor;
        this.errors = errors;
    }

    public <T> Builder<T> create(Work<T> work) {
        return new Builder<>(work);
    }

    /** Work that may report progress and should stop early when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What background work may tell the FX side; all methods are safe from any thread. */
    public interface Progress {
        void update(long done, long total);

        void message(String message);

        boolean isCancelled();
    }

    public final class Builder<T> {
        private final Work<T> work;
        private Consumer<? super T> onSuccess = value -> {};
        private Consumer<Throwable> onError = errors::show;
        private Runnable onCancelled = () -> {};
        private Runnable andFinally = () -> {};

        private Builder(Work<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = handler;
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        /** Builds the task without starting it (to bind its properties first). */
        public Task<T> build() {
            BackgroundTask<T> task = new BackgroundTask<>(work);
            task.setOnSucceeded(e -> {
                onSuccess.accept(task.getValue());
                andFinally.run();
            });
            task.setOnFailed(e -> {
                onError.accept(task.getException());
                andFinally.run();
            });
            task.setOnCancelled(e -> {
                onCancelled.run();
                andFinally.run();
            });
            return task;
        }

        public Task<T> start() {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }

    private static final class BackgroundTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        BackgroundTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String message) {
            updateMessage(message);
        }
    }
}
