package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the words of a Chinese sentence that name a commodity, longest first, so that 铁矿石 is ore, 铁 alone
 * (产铁, 出铁) is the pig iron furnaces yield, and 钢铁 (iron and steel, the campaign's own word for its goal) is steel. 铁 inside a word
 * that is no metal (铁路, 铁道) names nothing.
 */
final class CommodityWords {

    /** A commodity named at {@code [begin, end)} of a sentence, in UTF-16 units of the sentence's text. */
    record Found(Commodity commodity, int begin, int end) {}

    private static final Map<String, Commodity> WORDS = Map.ofEntries(
        Map.entry("钢", Commodity.STEEL), Map.entry("钢铁", Commodity.STEEL), Map.entry("钢材", Commodity.STEEL),
        Map.entry("生铁", Commodity.PIG_IRON),
        Map.entry("铁", Commodity.PIG_IRON), Map.entry("铁水", Commodity.PIG_IRON),
        Map.entry("烧结铁", Commodity.SINTERED_IRON),
        Map.entry("矿石", Commodity.ORE), Map.entry("铁矿石", Commodity.ORE), Map.entry("铁矿", Commodity.ORE),
        Map.entry("矿砂", Commodity.ORE),
        Map.entry("煤", Commodity.COAL), Map.entry("煤炭", Commodity.COAL), Map.entry("原煤", Commodity.COAL),
        Map.entry("焦炭", Commodity.COKE),
        Map.entry("炉子", Commodity.FURNACE), Map.entry("高炉", Commodity.FURNACE), Map.entry("土高炉", Commodity.FURNACE),
        Map.entry("小高炉", Commodity.FURNACE), Map.entry("炼铁炉", Commodity.FURNACE), Map.entry("转炉", Commodity.FURNACE),
        Map.entry("土炉", Commodity.FURNACE), Map.entry("新炉", Commodity.FURNACE), Map.entry("新炉子", Commodity.FURNACE));

    /** Words with 铁 or 钢 that name no commodity. */
    private static final List<String> NOT_COMMODITIES = List.of("铁路", "铁道", "铁锹", "铁器", "铁工", "钢笔", "钢琴");

    private static final List<String> LONGEST_FIRST =
        WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private CommodityWords() {}

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int skip = notCommodityAt(text, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            String word = wordAt(text, i);
            if (word == null) {
                i++;
                continue;
            }
            found.add(new Found(WORDS.get(word), i, i + word.length()));
            i += word.length();
        }
        return found;
    }

    private static int notCommodityAt(String text, int i) {
        for (String w : NOT_COMMODITIES)
            if (text.startsWith(w, i))
                return w.length();
        return 0;
    }

    private static String wordAt(String text, int i) {
        for (String w : LONGEST_FIRST)
            if (text.startsWith(w, i))
                return w;
        return null;
    }
}
