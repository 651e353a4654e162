package ai.attested.app.sentinel.policy;

import ai.attested.app.sentinel.measure.LineEndings;
import ai.attested.app.sentinel.measure.Normalization;
import ai.attested.app.sentinel.measure.TextEncoding;
import ai.attested.bundle.model.MeasurementSpec;

/** Translates between the policy model's measurement specs and the measurement engine's normalisation. */
final class SpecMapping {
    private SpecMapping() {
    }

    static MeasurementSpec spec(String path, Normalization n) {
        return new MeasurementSpec(path, MeasurementSpec.LineEndings.valueOf(n.lineEndings().name()),
                n.trimTrailingWhitespace(), n.encoding() == TextEncoding.UTF_8
                        ? MeasurementSpec.ContentEncoding.UTF_8 : MeasurementSpec.ContentEncoding.BINARY);
    }

    static Normalization normalization(MeasurementSpec spec) {
        return new Normalization(LineEndings.valueOf(spec.lineEndings().name()), spec.trimTrailingWhitespace(),
                spec.encoding() == MeasurementSpec.ContentEncoding.UTF_8 ? TextEncoding.UTF_8 : TextEncoding.BINARY);
    }
}
