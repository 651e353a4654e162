package ai.attested.ui.sentinel;

import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.SentinelState;
import ai.attested.bundle.model.Receipt;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Receives what a running sentinel reports on its own thread and republishes it on the FX thread:
 * the receipts as they reach disk, the state machine's state, and the last note.
 */
final class ReceiptFeed implements SentinelListener {
    private final ObservableList<Receipt> receipts = FXCollections.observableArrayList();
    private final ObjectProperty<SentinelState> state = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    ObservableList<Receipt> receipts() {
        return receipts;
    }

    ObjectProperty<SentinelState> state() {
        return state;
    }

    StringProperty note() {
        return note;
    }

    /** Starts a new run: forget the previous one's receipts. FX thread. */
    void reset() {
        receipts.clear();
        state.set(SentinelState.INIT);
        note.set("");
    }

    @Override
    public void onState(SentinelState from, SentinelState to) {
        Platform.runLater(() -> state.set(to));
    }

    @Override
    public void onReceipt(Receipt receipt) {
        Platform.runLater(() -> receipts.add(receipt));
    }

    @Override
    public void onNote(String message) {
        Platform.runLater(() -> note.set(message));
    }
}
