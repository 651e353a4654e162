package ai.attested.app.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadWordsFilterTest {

    private static final BadWordsFilter EN = BadWordsFilter.english();

    @ParameterizedTest
    @ValueSource(strings = {
        "shit", "SHIT", "Shit!", "this is bullshit.", "sh1t", "$hit", "5h!t", "sh!t", "shiiiiit", "s.h.i.t",
        "s h i t happens", "s-h-i-t", "shits", "ass-kisser", "b1tch", "bi+ch", "@sshole", "a$$hole", "fuсk",
        "ｆｕｃｋ", "fück", "fuuuuck this", "fuckface99", "MotherFuuucker", "wanks", "F.U.C.K", "what a c0ck", "2 girls 1 cup", "blow   job"})
    void catchesListedWordsThroughDisguises(String text) {
        assertThat(EN.check(text).clean()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Scunthorpe", "assessment", "classic", "bass guitar", "cocktail", "peacock", "Hancock", "button", "butter",
        "analysis", "cumulative", "title", "raccoon", "cocoon", "Dickens", "shiitake", "as", "passion", "therapist",
        "Sussex", "alice", "Nigeria", "Niger", "swanky", "Wankel engine", "grape", "spectacle", "hello world", "class of 2026", "Essex", "bob", "a s"})
    void leavesEverydayWordsAlone(String text) {
        assertThat(EN.check(text).matches()).as(text).isEmpty();
    }

    @Test
    void reportsWhichWordMatchedWhereAndFromWhichList() {
        BadWordsFilter.Verdict v = EN.check("Totally legit, no sh1t, mate");
        assertThat(v.matches()).hasSize(1);
        BadWordsFilter.Match m = v.matches().getFirst();
        assertThat(m.listedWord()).isEqualTo("shit");
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.found()).isEqualTo("sh1t,");
    }

    @Test
    void requireCleanThrowsBadWordNamingTheField() {
        assertThatThrownBy(() -> EN.requireClean("big b00bs", "description"))
                .isInstanceOf(AppException.class)
                .satisfies(e -> {
                    assertThat(((AppException) e).code()).isEqualTo("BAD_WORD");
                    assertThat(e.getMessage()).contains("description").contains("boob");
                });
        EN.requireClean("Quarterly report, final", "description");
    }

    @Test
    void otherLanguagesAreOptIn() {
        assertThat(EN.check("merde").clean()).isTrue();
        BadWordsFilter fr = BadWordsFilter.forLanguages(Set.of("en", "fr"));
        assertThat(fr.check("merde").matches()).extracting(BadWordsFilter.Match::language).containsExactly("fr");
        assertThatThrownBy(() -> BadWordsFilter.forLanguages(Set.of("xx")))
                .extracting(e -> ((AppException) e).code()).isEqualTo("BAD_WORDS_LANGUAGE_UNKNOWN");
    }

    @Test
    void stretchedLettersNeedAtLeastTheListedRunLength() {
        BadWordsFilter f = BadWordsFilter.of("t", java.util.List.of("boob"));
        assertThat(f.check("bob").clean()).isTrue();
        assertThat(f.check("booooob").clean()).isFalse();
        assertThat(f.check("b0ob").clean()).isFalse();
    }

    @Test
    void emojiEntriesMatchAsText() {
        assertThat(EN.check("well \uD83D\uDD95 you").clean()).isFalse();
    }

    @Test
    void usernamesAreCheckedForShapeAndWords() {
        assertThat(OperatorName.validate("  alice.smith ", EN)).isEqualTo("alice.smith");
        assertThatThrownBy(() -> OperatorName.validate("ab", EN)).extracting(e -> ((AppException) e).code()).isEqualTo("USERNAME_INVALID");
        assertThatThrownBy(() -> OperatorName.validate("-alice", EN)).extracting(e -> ((AppException) e).code()).isEqualTo("USERNAME_INVALID");
        assertThatThrownBy(() -> OperatorName.validate("b1tch_queen", EN)).extracting(e -> ((AppException) e).code()).isEqualTo("BAD_WORD");
        assertThat(OperatorName.validate("Scunthorpe_FC", EN)).isEqualTo("Scunthorpe_FC");
    }
}
