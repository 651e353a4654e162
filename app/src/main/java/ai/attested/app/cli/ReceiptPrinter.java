package ai.attested.app.cli;

import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.SentinelState;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Receipt;
import java.io.PrintWriter;

/** Prints a run as it happens: one line per receipt (MEASUREMENT_OK optional), state changes and notes. */
final class ReceiptPrinter implements SentinelListener {
    private final PrintWriter out;
    private final boolean quietTicks;

    ReceiptPrinter(PrintWriter out, boolean quietTicks) {
        this.out = out;
        this.quietTicks = quietTicks;
    }

    @Override
    public void onReceipt(Receipt r) {
        if (quietTicks && r.eventType() == EventType.MEASUREMENT_OK) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("  #%04d %s %-16s %-10s %-18s", r.counter(), r.timestamp(), r.eventType(),
                r.decision().action(), r.decision().reasonCode()));
        if (!r.measurement().mismatchedPaths().isEmpty()) {
            b.append(' ').append(r.measurement().mismatchedPaths());
        }
        out.println(b.toString().stripTrailing());
        out.flush();
    }

    @Override
    public void onState(SentinelState from, SentinelState to) {
        out.println("  state: " + from + " -> " + to);
        out.flush();
    }

    @Override
    public void onNote(String message) {
        out.println("  " + message);
        out.flush();
    }
}
