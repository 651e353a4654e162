package ai.attested.app.operator;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded word as letter runs: "fuuuck" is collapsed "fuck" with runs [1,3,1,1]. A text word matches
 * a listed word when the collapsed letters are equal and every run is at least as long as the listed
 * one, so stretched letters match but "as" never matches "ass".
 */
record WordShape(String folded, String collapsed, int[] runs) {

    static WordShape of(String folded) {
        StringBuilder collapsed = new StringBuilder();
        List<Integer> runs = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            int len = 0;
            while (i < folded.length() && folded.codePointAt(i) == cp) {
                i += Character.charCount(cp);
                len++;
            }
            collapsed.appendCodePoint(cp);
            runs.add(len);
        }
        return new WordShape(folded, collapsed.toString(), runs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** This word, and this word without a plural ending, in the collapsed form used as index key. */
    List<String> lookupKeys() {
        List<String> keys = new ArrayList<>(3);
        for (WordShape w : withoutPlural()) {
            if (!keys.contains(w.collapsed)) {
                keys.add(w.collapsed);
            }
        }
        return keys;
    }

    private List<WordShape> withoutPlural() {
        List<WordShape> forms = new ArrayList<>(3);
        forms.add(this);
        if (folded.length() > 2 && folded.endsWith("s")) {
            forms.add(of(folded.substring(0, folded.length() - 1)));
        }
        if (folded.length() > 3 && folded.endsWith("es")) {
            forms.add(of(folded.substring(0, folded.length() - 2)));
        }
        return forms;
    }

    /** Whether this text word is the listed word (stretched letters allowed; a plural ending only if {@code last}). */
    boolean matches(WordShape listed, boolean last) {
        for (WordShape form : last ? withoutPlural() : List.of(this)) {
            if (form.collapsed.equals(listed.collapsed) && runsCover(form.runs, listed.runs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsCover(int[] text, int[] listed) {
        for (int i = 0; i < listed.length; i++) {
            if (text[i] < listed[i]) {
                return false;
            }
        }
        return true;
    }
}
