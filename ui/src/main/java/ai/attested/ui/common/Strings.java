package ai.attested.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The app's user-visible strings (i18n/strings.properties) and the error-code explanations. */
public final class Strings {
    private final ResourceBundle bundle;
    private final ResourceBundle errorCodes;

    public Strings(Locale locale) {
        this.bundle = ResourceBundle.getBundle("ai.attested.ui.i18n.strings", locale);
        this.errorCodes = ResourceBundle.getBundle("ai.attested.ui.i18n.error_codes", locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** A plain-language sentence for an error code, or a generic one for a code not listed. */
    public String explain(String code) {
        try {
            return errorCodes.getString(code);
        } catch (MissingResourceException e) {
            return format("error.code.unknown", code);
        }
    }
}
