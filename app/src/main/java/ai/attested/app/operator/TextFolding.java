package ai.attested.app.operator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns free text into the word sequences the bad-words filter compares: case folded, accents and
 * look-alike letters removed, "l" and "1" read as "i" (people swap them to dodge filters), and three
 * readings of every whitespace-separated chunk so both "$h!t" (symbols are letters) and "shit!"
 * (symbols are punctuation) are seen, plus "ass-kisser" split at its punctuation.
 */
final class TextFolding {

    /** A word of one reading, with the span of the input it came from. */
    record Token(WordShape shape, int start, int end) {}

    private static final Pattern CHUNK = Pattern.compile("\\S+");
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}&@$!|+]+");
    private static final String LEET_FROM = "0134@5$7+8!|9";
    private static final String LEET_TO = "oieaassttbiig";
    /** Cyrillic and Greek letters that look like Latin ones. */
    private static final String HOMOGLYPH_FROM = "асеорхуікмтвнαεορτυνικ";
    private static final String HOMOGLYPH_TO = "aceopxyikmtbhaeoptuvik";

    private TextFolding() {}

    static List<List<Token>> readings(String text) {
        List<Token> leet = new ArrayList<>();
        List<Token> plain = new ArrayList<>();
        List<Token> split = new ArrayList<>();
        Matcher chunk = CHUNK.matcher(text);
        while (chunk.find()) {
            addToken(leet, leet(chunk.group()), chunk.start(), chunk.end());
            addToken(plain, plain(chunk.group()), chunk.start(), chunk.end());
            Matcher piece = PIECE.matcher(chunk.group());
            while (piece.find()) {
                addToken(split, leet(piece.group()), chunk.start() + piece.start(), chunk.start() + piece.end());
            }
        }
        return List.of(joinSpacedLetters(leet), joinSpacedLetters(plain), joinSpacedLetters(split));
    }

    private static void addToken(List<Token> out, String folded, int start, int end) {
        if (!folded.isEmpty()) {
            out.add(new Token(WordShape.of(folded), start, end));
        }
    }

    /** "f u c k" and "f.u.c.k" (three or more one-letter words in a row) are read as one word. */
    private static List<Token> joinSpacedLetters(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).shape().folded().codePointCount(0, tokens.get(j).shape().folded().length()) == 1) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder word = new StringBuilder();
                for (int k = i; k < j; k++) {
                    word.append(tokens.get(k).shape().folded());
                }
                out.add(new Token(WordShape.of(word.toString()), tokens.get(i).start(), tokens.get(j - 1).end()));
                i = j;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    /** Symbols and digits read as the letters they imitate. */
    static String leet(String s) {
        return fold(s, true);
    }

    /** Symbols dropped, digits kept. */
    static String plain(String s) {
        return fold(s, false);
    }

    private static String fold(String s, boolean leet) {
        String base = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(base.length());
        base.codePoints().forEach(cp -> {
            int c = map(HOMOGLYPH_FROM, HOMOGLYPH_TO, cp);
            if (leet) {
                c = map(LEET_FROM, LEET_TO, c);
            }
            if (c == 'l') {
                c = 'i';
            }
            if (Character.isLetterOrDigit(c) || c == '&') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static int map(String from, String to, int cp) {
        int at = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? from.indexOf(cp) : -1;
        return at >= 0 ? to.charAt(at) : cp;
    }
}
