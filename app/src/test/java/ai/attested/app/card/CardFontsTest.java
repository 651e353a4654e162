package ai.attested.app.card;

import static ai.attested.app.card.SealCardModelTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class CardFontsTest {

    @Test
    void spaceGroteskLoadsFromTheAssetsModuleInThreeWeights() {
        CardFonts fonts = CardFonts.load();
        assertThat(fonts.regular(12).getFamily()).isEqualTo("Space Grotesk");
        assertThat(fonts.bold(12).getFontName()).contains("Bold");
        assertThat(fonts.medium(12).getFontName()).contains("Medium");
        Font f = fonts.regular(40);
        assertThat(f.canDisplayUpTo("0123456789abcdef-#\u2026\u2014\u00b7 SEAL")).isEqualTo(-1);
    }

    @Test
    void aMissingFontFileIsAClearErrorNotASilentFallback() {
        assertCode(() -> CardFonts.loadTtf("SpaceGrotesk-Nonexistent.ttf"), "CARD_FONT_MISSING");
    }
}
