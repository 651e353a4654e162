package ai.attested.app.seal;

import ai.attested.app.AppException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a UI or signal handler stop hashing; the hashers check it (and thread interrupts) per chunk. */
public class CancelToken {
    /** The code of the exception a cancelled hash ends with. */
    public static final String SEAL_CANCELLED = "SEAL_CANCELLED";
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@code SEAL_CANCELLED} when cancelled or when the thread was interrupted. */
    void check() {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
            throw new AppException(SEAL_CANCELLED, "sealing was cancelled; nothing was stored");
        }
    }
}
