package ai.attested.app.sentinel.run;

import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.ReasonCode;

/** One drift a tick found: the reason code, a plain sentence, and the measurement the receipts carry. */
public record Drift(ReasonCode reason, String details, Measurement measurement) {
}
