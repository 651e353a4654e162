package ai.attested.app.card;

import static ai.attested.app.card.CardPalette.LABEL;
import static ai.attested.app.card.CardPalette.SIGNAL_CYAN;
import static ai.attested.app.card.CardPalette.TEXT;
import static ai.attested.app.card.CardPalette.TEXT_SOFT;

import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The print card, 2400 x 3200 (3:4, 300 dpi): header, vault id, subject, description, the QR plate
 * centred in the middle, then a two-column block of times, hashes, key and operator.
 */
final class PrintLayouter {
    private static final float MARGIN = 110;
    private static final float PADDING = 130;
    private static final int QR_PLATE = 1100;

    private PrintLayouter() {
    }

    static CardLayout layout(SealCardModel m, CardFonts fonts, CardLabels labels, CardText text) {
        CardFormat f = CardFormat.PRINT;
        RoundRectangle2D panel = new RoundRectangle2D.Float(MARGIN, MARGIN, f.width() - 2 * MARGIN,
                f.height() - 2 * MARGIN, 144, 144);
        float left = MARGIN + PADDING;
        float right = f.width() - MARGIN - PADDING;
        float width = right - left;
        Rectangle2D content = new Rectangle2D.Float(left, MARGIN + PADDING, width,
                f.height() - 2 * (MARGIN + PADDING));
        LayoutBuilder b = new LayoutBuilder(text);

        Rectangle2D mark = new Rectangle2D.Float(left, 240, 110, 110);
        Font brand = fonts.label(44, 0.18f);
        b.left("brand", labels.get("brand"), brand, TEXT, left + 146, 313, width / 2);
        b.right("sequence", labels.format("seal", Long.toString(m.sequence())), fonts.bold(60), SIGNAL_CYAN,
                right, 318, width / 2 - 180);

        Font label = fonts.label(38, 0.16f);
        b.left("vaultId.label", labels.get("vaultId"), label, LABEL, left, 500, width);
        b.left("vaultId", m.vaultId(), fonts.bold(140), TEXT, left, 664, width);

        b.left("subject.label", labels.get("kind." + m.subjectKind()), label, LABEL, left, 764, width);
        b.left("subject", subjectName(m, labels), fonts.medium(64), TEXT, left, 844, width);
        b.wrapped("description", m.description(), fonts.regular(50), TEXT_SOFT, left, 930, 68, width, 3);

        int plateX = (f.width() - QR_PLATE) / 2;
        QrPlacement qr = QrPlacement.centred(QrMatrix.encode(m.qrPayload(), f.qrLevel()), plateX, 1150, QR_PLATE,
                f.minModulePixels());
        b.centred("scan", labels.get("scan"), fonts.label(36, 0.2f), LABEL, f.width() / 2f, 2316, width);

        float col2 = left + width / 2 + 40;
        float colWidth = right - col2;
        Font value = fonts.medium(50);
        row(b, "deviceTime", labels.get("deviceTime"), CardValues.time(m.deviceTime()), left, 2440, colWidth, label, value);
        String tsa = m.tsaTimeIfPresent().map(CardValues::time).orElse(labels.get("deviceOnly"));
        row(b, "tsaTime", labels.get("tsaTime"), tsa, col2, 2440, colWidth, label, value);
        row(b, "sealHash", labels.get("sealHash"), CardValues.hashSummary(m.sealHash(), 3), left, 2630, colWidth, label, value);
        row(b, "subjectHash", labels.get("subjectHash"), CardValues.hashSummary(m.subjectSha256(), 3), col2, 2630,
                colWidth, label, value);
        row(b, "keyId", labels.get("keyId"), CardValues.grouped(m.keyId()), left, 2820, colWidth, label, value);
        row(b, "operator", labels.get("operator"), m.operator(), col2, 2820, colWidth, label, value);

        b.centred("footer", labels.get("footer"), fonts.regular(34), LABEL, f.width() / 2f, f.height() - 46, width);

        List<Line2D> rules = List.of(new Line2D.Float(left, 420, right, 420), new Line2D.Float(left, 2362, right, 2362));
        return new CardLayout(f, panel, content, mark, rules, b.runs(), qr);
    }

    static String subjectName(SealCardModel m, CardLabels labels) {
        String name = CardText.clean(m.subjectName());
        return name.isEmpty() ? labels.get("textUnnamed") : name;
    }

    private static void row(LayoutBuilder b, String role, String label, String value, float x, float baseline,
            float width, Font labelFont, Font valueFont) {
        b.left(role + ".label", label, labelFont, LABEL, x, baseline, width);
        b.left(role, value, valueFont, TEXT, x, baseline + 74, width);
    }
}
