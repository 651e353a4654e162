package ai.attested.app.card;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures, ellipsizes and wraps card text. Every string a user controls goes through here, so no
 * text can run past the width it is given. Characters Space Grotesk lacks (CJK, emoji, ...) are set
 * in the logical SansSerif font rather than shown as empty boxes.
 */
final class CardText {
    static final String ELLIPSIS = "\u2026";

    private final FontRenderContext frc;

    CardText(FontRenderContext frc) {
        this.frc = frc;
    }

    /** Control characters and runs of white space become one space; the ends are trimmed. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    TextLayout layout(String text, Font font) {
        return new TextLayout(styled(text, font).getIterator(), frc);
    }

    float width(String text, Font font) {
        return text.isEmpty() ? 0f : layout(text, font).getAdvance();
    }

    /** The longest prefix of {@code text} (plus an ellipsis if cut) whose width is at most {@code max}. */
    String ellipsize(String text, Font font, float max) {
        if (text.isEmpty() || width(text, font) <= max) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        int lo = 0;
        int hi = cps.length - 1;
        while (lo < hi) { // largest n with prefix(n) + ellipsis fitting
            int mid = (lo + hi + 1) >>> 1;
            if (width(prefix(cps, mid) + ELLIPSIS, font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String cut = prefix(cps, lo).stripTrailing();
        return width(cut + ELLIPSIS, font) <= max ? cut + ELLIPSIS : "";
    }

    /** Word-wraps into at most {@code maxLines} lines of width {@code max}; the last line gets an ellipsis if text remains. */
    List<String> wrap(String text, Font font, float max, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        AttributedCharacterIterator it = styled(text, font).getIterator();
        LineBreakMeasurer measurer = new LineBreakMeasurer(it, frc);
        int end = it.getEndIndex();
        while (measurer.getPosition() < end && lines.size() < maxLines) {
            int start = measurer.getPosition();
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsize(text.substring(start).strip(), font, max));
                break;
            }
            int next = measurer.nextOffset(max);
            if (Character.isHighSurrogate(text.charAt(next - 1)) && next < end) {
                next++; // never split a surrogate pair
            }
            measurer.setPosition(next);
            lines.add(text.substring(start, next).strip());
        }
        return lines;
    }

    private static AttributedString styled(String text, Font font) {
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        Font fallback = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(font.getSize2D());
        int runStart = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            boolean missing = cp >= 0 && !font.canDisplay(cp);
            if (missing && runStart < 0) {
                runStart = i;
            } else if (!missing && runStart >= 0) {
                s.addAttribute(TextAttribute.FONT, fallback, runStart, i);
                runStart = -1;
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return s;
    }

    private static String prefix(int[] cps, int n) {
        return new String(cps, 0, n);
    }
}
