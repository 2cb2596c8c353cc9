package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * What newsgraph knows of Chinese personal names: which characters open one as a surname, and how a translation
 * may spell a name in pinyin. Thread-safe.
 */
final class ChineseNames {

    /**
     * Double surnames, from the Hundred Family Surnames (百家姓), those still borne. HanLP's role dictionary knows
     * single surnames only.
     */
    private static final Set<String> DOUBLE_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯",
        "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐", "端木", "轩辕", "澹台", "西门", "申屠", "呼延");

    /**
     * A character is a surname when HanLP's person-name role dictionary (its data/dictionary/person/nr.txt)
     * counts it as a surname (role B) more often than in any other role, or at least this many times: 龙 and 向
     * are common surnames and commoner still as given names or words.
     */
    private static final int SURNAME_COUNT = 300;

    /**
     * Readings of surnames that differ from the character's common reading, which HanLP gives (曾 ceng, 单 dan):
     * the surname reading of the standard dictionaries comes first, the common one stays an alternative.
     */
    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
        Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('区', "ou"), Map.entry('解', "xie"),
        Map.entry('仇', "qiu"), Map.entry('查', "zha"), Map.entry('朴', "piao"), Map.entry('乐', "yue"),
        Map.entry('缪', "miao"), Map.entry('翟', "zhai"), Map.entry('覃', "qin"), Map.entry('盖', "ge"),
        Map.entry('尉', "yu"), Map.entry('种', "chong"));

    /** Common characters of given names with a second reading that HanLP's one reading misses. */
    private static final Map<Character, String> ALTERNATE_READINGS = Map.ofEntries(
        Map.entry('长', "zhang"), Map.entry('朝', "zhao"), Map.entry('乐', "yue"), Map.entry('重', "chong"),
        Map.entry('传', "zhuan"), Map.entry('行', "hang"), Map.entry('调', "diao"), Map.entry('藏', "zang"),
        Map.entry('都', "du"), Map.entry('还', "huan"), Map.entry('奇', "ji"), Map.entry('曾', "ceng"),
        Map.entry('单', "dan"), Map.entry('觉', "jue"), Map.entry('降', "xiang"), Map.entry('便', "bian"));

    private ChineseNames() {}

    /** The length of the surname that opens {@code text} at {@code at}: 2 for 欧阳, 1 for 杨, 0 if none. */
    static int surnameAt(String text, int at) {
        if (at + 2 <= text.length() && DOUBLE_SURNAMES.contains(text.substring(at, at + 2)))
            return 2;
        return at < text.length() && isSurname(text.substring(at, at + 1)) ? 1 : 0;
    }

    private static boolean isSurname(String character) {
        EnumItem<NR> roles = PersonDictionary.dictionary.get(character);
        if (roles == null || !roles.containsLabel(NR.B))
            return false;
        int asSurname = roles.getFrequency(NR.B);
        return asSurname >= SURNAME_COUNT || roles.labelMap.values().stream().allMatch(n -> n <= asSurname);
    }

    /**
     * One way to read a name: its surname and given name in pinyin, lower case, without tones ("yang", "baibing"
     * as syllables "bai", "bing").
     */
    record Reading(String surname, List<String> given) {

        /** The name as pinyin is written: "Yang Baibing". */
        String english() {
            return capital(surname) + " " + capital(String.join("", given));
        }

        /** The name as an IRI fragment writes it: "yang-baibing". */
        String slug() {
            return (surname + "-" + String.join("", given)).replace('ü', 'v');
        }

        /**
         * The ways a translation writes this name: surname first, then the given name with its syllables joined
         * or apart, or hyphenated ("Yang Baibing", "Yang Bai Bing", "Yang Bai-bing", "YANG Baibing"). A word that
         * follows a space is capitalised, as names are; letters are otherwise of any case; ü may be written u or
         * v.
         */
        Pattern pattern() {
            StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])").append(letters(surname, true)).append("\\s+")
                .append(letters(given.get(0), true));
            for (String syllable : given.subList(1, given.size()))
                p.append("(?:\\s+").append(letters(syllable, true)).append("|[-'’]?").append(letters(syllable, false))
                    .append(')');
            return Pattern.compile(p.append("(?![\\p{L}\\p{N}])").toString());
        }
    }

    /**
     * The readings of {@code name}, whose surname is {@code surnameLength} characters long (1 when it is not a
     * known surname): HanLP's reading first, then those with the surname readings and common alternates; empty
     * when a character has no pinyin.
     */
    static List<Reading> readings(String name, int surnameLength) {
        List<Pinyin> pinyin = HanLP.convertToPinyinList(name);
        if (pinyin.size() != name.length() || name.length() <= surnameLength)
            return List.of();
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            String common = pinyin.get(i).getPinyinWithoutTone().toLowerCase(Locale.ROOT);
            if (!common.matches("[a-zü]+"))
                return List.of();
            List<String> readings = new ArrayList<>();
            Optional.ofNullable(i < surnameLength ? SURNAME_READINGS.get(name.charAt(i)) : null).ifPresent(readings::add);
            if (!readings.contains(common))
                readings.add(common);
            Optional.ofNullable(ALTERNATE_READINGS.get(name.charAt(i))).filter(r -> !readings.contains(r))
                .ifPresent(readings::add);
            choices.add(readings);
        }
        List<Reading> result = new ArrayList<>();
        combine(choices, new ArrayList<>(), surnameLength, result);
        return result;
    }

    private static void combine(List<List<String>> choices, List<String> chosen, int surnameLength, List<Reading> out) {
        if (chosen.size() == choices.size()) {
            out.add(new Reading(String.join("", chosen.subList(0, surnameLength)),
                List.copyOf(chosen.subList(surnameLength, chosen.size()))));
            return;
        }
        for (String syllable : choices.get(chosen.size())) {
            chosen.add(syllable);
            combine(choices, chosen, surnameLength, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** A syllable as a pattern of its letters in either case; its first letter upper case if {@code capital}. */
    private static String letters(String syllable, boolean capital) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            String lower = c == 'ü' || c == 'v' ? "üuv" : String.valueOf(c);
            String upper = lower.toUpperCase(Locale.ROOT);
            p.append('[').append(capital && i == 0 ? upper : lower + upper).append(']');
        }
        return p.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
