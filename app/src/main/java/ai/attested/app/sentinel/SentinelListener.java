package ai.attested.app.sentinel;

import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.bundle.model.Receipt;

/**
 * What a running sentinel reports, on the sentinel's own thread, as it happens: a desktop view
 * hands these to its UI thread; the CLI prints them. Every method has a no-op default.
 */
public interface SentinelListener {
    /** The lifecycle moved. */
    default void onState(SentinelState from, SentinelState to) {
    }

    /** A receipt is on disk (fsynced) in the run directory. */
    default void onReceipt(Receipt receipt) {
    }

    /** A tick measured the folder. */
    default void onSnapshot(Snapshot snapshot) {
    }

    /** A plain sentence for the operator (subject started, pids killed, bundle written...). */
    default void onNote(String message) {
    }

    SentinelListener NONE = new SentinelListener() {
    };
}
