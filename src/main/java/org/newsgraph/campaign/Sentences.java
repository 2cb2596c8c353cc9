package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Splits a body into sentences. A Chinese sentence ends after 。！？ (with a closing quote that follows it) or at a
 * line break; an English one after . ! ? followed by a space and a capital or a quote, or at a line break, so that
 * 10.7, "No. 1" and "U.S." do not end it. Leading and trailing blanks are not part of a sentence.
 */
final class Sentences {

    private Sentences() {}

    static List<Sentence> split(String body, Language lang) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (lang == Language.ZH ? "。！？".indexOf(c) >= 0 : endsEnglish(body, i)) {
                end = i + 1;
                while (end < n && "”\"’'）)".indexOf(body.charAt(end)) >= 0)
                    end++;
            }
            if (end >= 0) {
                add(sentences, body, lang, start, end);
                start = end;
                // a line break ends the sentence before it and is itself skipped; a closing quote joins its sentence
                i = Math.max(i, end - 1);
            }
        }
        add(sentences, body, lang, start, n);
        return sentences;
    }

    private static boolean endsEnglish(String body, int i) {
        char c = body.charAt(i);
        if (c != '.' && c != '!' && c != '?')
            return false;
        int j = i + 1;
        while (j < body.length() && "\"”’')".indexOf(body.charAt(j)) >= 0)
            j++;
        if (j >= body.length())
            return true;
        if (body.charAt(j) != ' ' && body.charAt(j) != '\n')
            return false;
        if (c == '.' && abbreviation(body, i))
            return false;
        int k = j;
        while (k < body.length() && body.charAt(k) == ' ')
            k++;
        return k >= body.length() || Character.isUpperCase(body.charAt(k)) || "\"“(\n".indexOf(body.charAt(k)) >= 0;
    }

    /** "No. 1", "Mr. Li", "U.S.": a period after a short word or a single capital does not end a sentence. */
    private static boolean abbreviation(String body, int period) {
        int w = period;
        while (w > 0 && Character.isLetter(body.charAt(w - 1)))
            w--;
        String word = body.substring(w, period);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
            || List.of("No", "Mr", "Mrs", "Dr", "St", "Co", "Vol").contains(word);
    }

    private static void add(List<Sentence> sentences, String body, Language lang, int from, int to) {
        while (from < to && isBlank(body.charAt(from)))
            from++;
        while (to > from && isBlank(body.charAt(to - 1)))
            to--;
        if (from < to)
            sentences.add(new Sentence(lang, Span.ofChars(body, from, to), body.substring(from, to)));
    }

    private static boolean isBlank(char c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }
}
