package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SubjectKind;
import java.awt.geom.Rectangle2D;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Text is measured and fitted: whatever the user typed, nothing leaves the glass panel or covers the QR. */
class CardLayoutTest {
    private static final SealCardRenderer RENDERER = new SealCardRenderer();
    private static final double EPS = 0.01;

    @ParameterizedTest
    @EnumSource(CardFormat.class)
    void veryLongNameAndDescriptionAreEllipsizedInsideThePanel(CardFormat format) {
        String longName = "quarterly-financial-statement-".repeat(40) + ".pdf";
        String longDescription = "This description keeps going well past the space a card can give it. ".repeat(60);
        SealCardModel m = model(longName, longDescription, "Operator " + "Name".repeat(100));
        CardLayout layout = RENDERER.layout(m, format);

        assertInside(layout);
        assertNoTwoRunsOverlap(layout);
        assertThat(layout.run("subject").text()).endsWith(CardText.ELLIPSIS).hasSizeLessThan(longName.length());
        assertThat(layout.run("operator").text()).endsWith(CardText.ELLIPSIS);
        int maxLines = format == CardFormat.PRINT ? 3 : 2;
        List<TextRun> lines = layout.runs().stream().filter(r -> r.role().startsWith("description.")).toList();
        assertThat(lines).hasSize(maxLines);
        assertThat(lines.getLast().text()).endsWith(CardText.ELLIPSIS);
        assertThat(lines.getFirst().text()).startsWith("This description keeps going");
    }

    @ParameterizedTest
    @EnumSource(CardFormat.class)
    void unbrokenWordsCjkEmojiAndControlCharactersStayInsideThePanel(CardFormat format) {
        String name = "\u6a5f\u5bc6\u6587\u66f8\u306e\u5c01\u5370".repeat(30) + "\uD83D\uDD12\uD83D\uDCC4".repeat(20);
        String description = "x".repeat(2000) + "\n\t\u0000\u202E" + "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 ".repeat(50);
        CardLayout layout = RENDERER.layout(model(name, description, "\u0000\u0001"), format);
        assertInside(layout);
        assertThat(layout.runs()).allSatisfy(r -> assertThat(r.text()).doesNotContain("\u0000", "\n", "\t", "\u202E"));
        assertThat(layout.runs().stream().filter(r -> r.role().equals("operator"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CardFormat.class)
    void shortTextIsShownWhole(CardFormat format) {
        CardLayout layout = RENDERER.layout(model("a.txt", "Short.", "Ann"), format);
        assertThat(layout.run("subject").text()).isEqualTo("a.txt");
        assertThat(layout.run("description.1").text()).isEqualTo("Short.");
        assertThat(layout.runs().stream().filter(r -> r.role().equals("description.2"))).isEmpty();
        assertNoTwoRunsOverlap(layout);
    }

    @Test
    void unnamedTextSealIsLabelledText() {
        SealCardModel m = SealCardSamples.model(SubjectKind.TEXT, "  ", "", null, 0);
        CardLayout layout = RENDERER.layoutShare(m);
        assertThat(layout.run("subject.label").text()).isEqualTo("SEALED TEXT");
        assertThat(layout.run("subject").text()).isEqualTo("Text");
    }

    @Property(tries = 40)
    void anyUserTextStaysInsideThePanel(@ForAll @StringLength(max = 400) String name,
            @ForAll @StringLength(max = 1200) String description, @ForAll @StringLength(max = 200) String operator) {
        SealCardModel m = model(name, description, operator);
        assertInside(RENDERER.layoutPrint(m));
        assertInside(RENDERER.layoutShare(m));
    }

    private static SealCardModel model(String name, String description, String operator) {
        SealCardModel base = SealCardSamples.fileSeal();
        return new SealCardModel(base.vaultId(), 9_999_999_999L, SubjectKind.FILE, name, base.subjectSha256(),
                base.sealHash(), base.keyId(), operator, description, base.deviceTime(), null, base.qrPayload());
    }

    /** Every run (except the print footer under the panel) lies in the content box and off the QR plate. */
    static void assertInside(CardLayout layout) {
        Rectangle2D content = layout.content();
        Rectangle2D image = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        assertThat(layout.panel().getBounds2D().contains(content)).isTrue();
        assertThat(image.contains(layout.qr().plate())).isTrue();
        assertThat(layout.qr().quietZoneModules()).isGreaterThanOrEqualTo(QrMatrix.QUIET_ZONE_MODULES);
        for (TextRun run : layout.runs()) {
            Rectangle2D b = run.bounds();
            Rectangle2D allowed = run.role().equals("footer") ? image : content;
            assertThat(b.getMinX()).as("%s left edge", run.role()).isGreaterThanOrEqualTo(allowed.getMinX() - EPS);
            assertThat(b.getMaxX()).as("%s right edge: '%s'", run.role(), run.text())
                    .isLessThanOrEqualTo(allowed.getMaxX() + EPS);
            assertThat(b.getMinY()).as("%s top", run.role()).isGreaterThanOrEqualTo(allowed.getMinY() - EPS);
            assertThat(b.getMaxY()).as("%s bottom", run.role()).isLessThanOrEqualTo(allowed.getMaxY() + EPS);
            assertThat(b.intersects(layout.qr().plate())).as("%s overlaps the QR plate", run.role()).isFalse();
        }
    }

    private static void assertNoTwoRunsOverlap(CardLayout layout) {
        List<TextRun> runs = layout.runs();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                assertThat(runs.get(i).bounds().intersects(runs.get(j).bounds()))
                        .as("%s overlaps %s", runs.get(i).role(), runs.get(j).role()).isFalse();
            }
        }
    }
}
