package ai.attested.app.card;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The fixed words on a card, from {@code CardLabels.properties}; one locale per renderer. */
final class CardLabels {
    private final ResourceBundle bundle;
    private final Locale locale;

    CardLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("ai.attested.app.card.CardLabels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
