package ai.attested.app.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/** Collects the text runs of one card; every user-controlled string is fitted to a width here. */
final class LayoutBuilder {
    private final CardText text;
    private final List<TextRun> runs = new ArrayList<>();

    LayoutBuilder(CardText text) {
        this.text = text;
    }

    CardText text() {
        return text;
    }

    /** Left-aligned at x, ellipsized to maxWidth. */
    void left(String role, String s, Font font, Color color, float x, float baseline, float maxWidth) {
        add(role, text.ellipsize(CardText.clean(s), font, maxWidth), font, color, x, baseline);
    }

    /** Right-aligned so it ends at right, ellipsized to maxWidth. */
    void right(String role, String s, Font font, Color color, float right, float baseline, float maxWidth) {
        String fitted = text.ellipsize(CardText.clean(s), font, maxWidth);
        add(role, fitted, font, color, right - text.width(fitted, font), baseline);
    }

    /** Centred on centreX, ellipsized to maxWidth. */
    void centred(String role, String s, Font font, Color color, float centreX, float baseline, float maxWidth) {
        String fitted = text.ellipsize(CardText.clean(s), font, maxWidth);
        add(role, fitted, font, color, centreX - text.width(fitted, font) / 2f, baseline);
    }

    /** Wrapped lines {@code role.1..n}; returns how many lines were placed. */
    int wrapped(String role, String s, Font font, Color color, float x, float firstBaseline, float lineHeight,
            float maxWidth, int maxLines) {
        List<String> lines = text.wrap(CardText.clean(s), font, maxWidth, maxLines);
        for (int i = 0; i < lines.size(); i++) {
            add(role + "." + (i + 1), lines.get(i), font, color, x, firstBaseline + i * lineHeight);
        }
        return lines.size();
    }

    List<TextRun> runs() {
        return runs;
    }

    private void add(String role, String s, Font font, Color color, float x, float baseline) {
        if (s.isEmpty()) {
            return;
        }
        TextLayout layout = text.layout(s, font);
        runs.add(new TextRun(role, s, layout, color, x, baseline));
    }
}
