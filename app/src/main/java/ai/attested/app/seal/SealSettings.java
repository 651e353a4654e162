package ai.attested.app.seal;

import ai.attested.app.operator.BadWordsFilter;
import ai.attested.app.seal.tsa.TimeStamper;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * How seals are made, the same for {@code svault seal} and the desktop app.
 *
 * @param limits longest text and largest file accepted
 * @param stamper the RFC 3161 authority, or {@link TimeStamper#deviceOnly()}
 * @param onTime told the outcome of every time-stamp request, so a caller can say honestly when a
 *     configured authority was not used and the seal has device time only
 * @param clock the device clock a seal records
 * @param badWords the filter seal descriptions must pass
 */
public record SealSettings(SealLimits limits, TimeStamper stamper, Consumer<TimeStamper.Outcome> onTime, Clock clock,
        BadWordsFilter badWords) {

    /** Default limits, device time only, the system clock and the English bad-words list. */
    public static SealSettings defaults() {
        return new SealSettings(SealLimits.defaults(), TimeStamper.deviceOnly(), outcome -> { }, Clock.systemUTC(),
                BadWordsFilter.english());
    }

    public SealSettings withLimits(SealLimits other) {
        return new SealSettings(other, stamper, onTime, clock, badWords);
    }

    public SealSettings withTimeStamper(TimeStamper other, Consumer<TimeStamper.Outcome> otherOnTime) {
        return new SealSettings(limits, other, otherOnTime, clock, badWords);
    }

    public SealSettings withClock(Clock other) {
        return new SealSettings(limits, stamper, onTime, other, badWords);
    }
}
