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
 * The 1200 x 630 share image: text column on the left, the QR plate on the right at full panel
 * height, so the modules are as large as the format allows.
 */
final class ShareLayouter {
    private static final float MARGIN = 28;
    private static final float PADDING = 44;
    private static final int QR_PLATE = 530;

    private ShareLayouter() {
    }

    static CardLayout layout(SealCardModel m, CardFonts fonts, CardLabels labels, CardText text) {
        CardFormat f = CardFormat.SHARE;
        RoundRectangle2D panel = new RoundRectangle2D.Float(MARGIN, MARGIN, f.width() - 2 * MARGIN,
                f.height() - 2 * MARGIN, 40, 40);
        int plateY = (f.height() - QR_PLATE) / 2;
        int plateX = f.width() - plateY - QR_PLATE; // same gap to the panel edge on the right as above and below
        float left = MARGIN + PADDING;
        float right = plateX - 44;
        float width = right - left;
        Rectangle2D content = new Rectangle2D.Float(left, MARGIN + 24, f.width() - MARGIN - 24 - left,
                f.height() - 2 * (MARGIN + 24));
        LayoutBuilder b = new LayoutBuilder(text);

        Rectangle2D mark = new Rectangle2D.Float(left, 66, 40, 40);
        b.left("brand", labels.get("brand"), fonts.label(16, 0.18f), TEXT, left + 54, 92, width / 2);
        b.right("sequence", labels.format("seal", Long.toString(m.sequence())), fonts.bold(22), SIGNAL_CYAN,
                right, 94, width / 2 - 40);

        Font label = fonts.label(13, 0.16f);
        b.left("vaultId.label", labels.get("vaultId"), label, LABEL, left, 156, width);
        b.left("vaultId", m.vaultId(), fonts.bold(54), TEXT, left, 218, width);
        b.left("subject.label", labels.get("kind." + m.subjectKind()), label, LABEL, left, 254, width);
        b.left("subject", PrintLayouter.subjectName(m, labels), fonts.medium(24), TEXT, left, 284, width);
        b.wrapped("description", m.description(), fonts.regular(19), TEXT_SOFT, left, 316, 26, width, 2);

        float valueX = left + 170;
        float valueWidth = right - valueX;
        Font value = fonts.medium(17);
        String tsa = m.tsaTimeIfPresent().map(CardValues::time).orElse(labels.get("deviceOnly"));
        String[][] rows = {
            {"deviceTime", CardValues.time(m.deviceTime())},
            {"tsaTime", tsa},
            {"sealHash", CardValues.hashSummary(m.sealHash(), 3)},
            {"subjectHash", CardValues.hashSummary(m.subjectSha256(), 3)},
            {"keyId", CardValues.grouped(m.keyId())},
            {"operator", m.operator()},
        };
        float y = 404;
        for (String[] row : rows) {
            b.left(row[0] + ".label", labels.get(row[0]), label, LABEL, left, y, valueX - left - 8);
            b.left(row[0], row[1], value, TEXT, valueX, y, valueWidth);
            y += 28;
        }
        b.left("scan", labels.get("scan"), fonts.label(12, 0.2f), SIGNAL_CYAN, left, 570, width);

        QrPlacement qr = QrPlacement.centred(QrMatrix.encode(m.qrPayload(), f.qrLevel()), plateX, plateY, QR_PLATE,
                f.minModulePixels());
        List<Line2D> rules = List.of(new Line2D.Float(left, 126, right, 126), new Line2D.Float(left, 372, right, 372));
        return new CardLayout(f, panel, content, mark, rules, b.runs(), qr);
    }
}
