package ai.attested.app.operator;

import ai.attested.app.AppException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks usernames and seal descriptions against the LDNOOBW bad-words lists shipped in the
 * {@code assets} module. Matching policy (docs/decisions/0062-bad-words-matching.md): whole words
 * only (so "Scunthorpe", "assessment" and "cocktail" pass), after case folding, accent stripping,
 * look-alike letters, digit/symbol substitutions, stretched letters ("fuuuck") and spaced or
 * punctuated letters ("f.u.c.k", "f u c k"); a plural "s"/"es" still matches. English is on by
 * default; other lists are opt-in because many of their entries are everyday English words.
 */
public final class BadWordsFilter {

    /** One hit: the listed word, the list it came from, and the fragment of the input that matched. */
    public record Match(String listedWord, String language, String found) {}

    /** All hits in one input; {@link #clean()} when there are none. */
    public record Verdict(List<Match> matches) {
        public Verdict {
            matches = List.copyOf(matches);
        }

        public boolean clean() {
            return matches.isEmpty();
        }
    }

    private record Entry(String word, String language, List<WordShape> tokens) {}

    private static final String RESOURCE = "/ai/attested/assets/wordlists/%s.json";
    /**
     * Project addition: words matched inside other words too ("fuckface99"), because no everyday
     * word contains them. Words that do occur inside innocent ones ("cunt" in Scunthorpe, "ass" in
     * class, "cock" in peacock) stay whole-word only. Each letter may be stretched.
     */
    private static final List<String> INSIDE_WORDS = List.of("fuck", "bitch", "nigger", "nigga", "faggot", "whore");
    private static final List<java.util.regex.Pattern> INSIDE_PATTERNS = INSIDE_WORDS.stream()
            .map(w -> java.util.regex.Pattern.compile(w.chars().mapToObj(c -> (char) c + "+").reduce("", String::concat)))
            .toList();
    public static final Set<String> LANGUAGES = Set.of("en", "de", "es", "fr", "it", "nl", "pt");

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final List<Entry> symbolEntries = new ArrayList<>();

    private BadWordsFilter(Map<String, List<String>> wordsByLanguage) {
        wordsByLanguage.forEach((language, words) -> words.forEach(word -> add(language, word)));
    }

    /** The English list (the default for usernames and descriptions). */
    public static BadWordsFilter english() {
        return forLanguages(Set.of("en"));
    }

    /** The lists of the given languages ({@link #LANGUAGES}), loaded from the assets module. */
    public static BadWordsFilter forLanguages(Set<String> languages) {
        Map<String, List<String>> lists = new HashMap<>();
        for (String language : languages) {
            if (!LANGUAGES.contains(language)) {
                throw new AppException("BAD_WORDS_LANGUAGE_UNKNOWN",
                        "There is no bad-words list for language '" + language + "'; known: " + LANGUAGES + ".");
            }
            lists.put(language, load(language));
        }
        return new BadWordsFilter(lists);
    }

    /** A filter over the given words (tests and project additions). */
    public static BadWordsFilter of(String language, List<String> words) {
        return new BadWordsFilter(Map.of(language, words));
    }

    private static List<String> load(String language) {
        String path = RESOURCE.formatted(language);
        try (InputStream in = BadWordsFilter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AppException("BAD_WORDS_LIST_MISSING", "The bad-words list " + path + " is missing from the assets module.");
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            throw new AppException("BAD_WORDS_LIST_MISSING", "The bad-words list " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void add(String language, String word) {
        List<WordShape> tokens = new ArrayList<>();
        for (String part : word.strip().split("\\s+")) {
            String normalized = TextFolding.leet(part);
            if (!normalized.isEmpty()) {
                tokens.add(WordShape.of(normalized));
            }
        }
        Entry entry = new Entry(word, language, List.copyOf(tokens));
        if (tokens.isEmpty()) {
            symbolEntries.add(entry); // e.g. an emoji: matched as a plain substring
        } else {
            byFirstToken.computeIfAbsent(tokens.getFirst().collapsed(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Every listed word found in {@code text}, each once (with the first fragment that matched it). */
    public Verdict check(String text) {
        Map<String, Match> found = new java.util.LinkedHashMap<>();
        for (Entry e : symbolEntries) {
            if (text.contains(e.word())) {
                found.putIfAbsent(e.language() + ":" + e.word(), new Match(e.word(), e.language(), e.word()));
            }
        }
        for (List<TextFolding.Token> sequence : TextFolding.readings(text)) {
            scan(text, sequence, found);
            for (TextFolding.Token t : sequence) {
                for (int i = 0; i < INSIDE_WORDS.size(); i++) {
                    if (INSIDE_PATTERNS.get(i).matcher(t.shape().folded()).find()) {
                        found.putIfAbsent("inside:" + INSIDE_WORDS.get(i),
                                new Match(INSIDE_WORDS.get(i), "en", text.substring(t.start(), t.end())));
                    }
                }
            }
        }
        return new Verdict(new ArrayList<>(found.values()));
    }

    /** Throws {@code BAD_WORD} naming the word and the field when {@code text} is not clean. */
    public void requireClean(String text, String field) {
        Verdict verdict = check(text);
        if (!verdict.clean()) {
            Match m = verdict.matches().getFirst();
            throw new AppException("BAD_WORD", "The " + field + " contains \"" + m.found()
                    + "\", which matches \"" + m.listedWord() + "\" on the " + m.language()
                    + " bad-words list. Choose other words.");
        }
    }

    private void scan(String text, List<TextFolding.Token> seq, Map<String, Match> found) {
        for (int i = 0; i < seq.size(); i++) {
            for (String key : seq.get(i).shape().lookupKeys()) {
                for (Entry e : byFirstToken.getOrDefault(key, List.of())) {
                    int n = e.tokens().size();
                    if (i + n <= seq.size() && matchesAt(e, seq, i)) {
                        String fragment = text.substring(seq.get(i).start(), seq.get(i + n - 1).end());
                        found.putIfAbsent(e.language() + ":" + e.word(), new Match(e.word(), e.language(), fragment));
                    }
                }
            }
        }
    }

    private static boolean matchesAt(Entry e, List<TextFolding.Token> seq, int at) {
        int n = e.tokens().size();
        for (int k = 0; k < n; k++) {
            boolean last = k == n - 1;
            if (!seq.get(at + k).shape().matches(e.tokens().get(k), last)) {
                return false;
            }
        }
        return true;
    }
}
