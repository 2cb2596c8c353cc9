package org.newsgraph.extract;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.newsgraph.article.Language;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    /** text in context | words found | value | min | max | unit | per  (empty: absent) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "发出全年生产一千零七十万吨钢的号召 | 一千零七十万吨 | 10700000 | | | TNE | year",
        "抽调了一百四十多名冶炼技术人员 | 一百四十多名 | | 140 | | IE | ",
        "集结了五十七万钢铁大军 | 五十七万钢铁大军 | 570000 | | | IE | ",
        "完成两万到两万五千个新炉子的建设 | 两万到两万五千个 | | 20000 | 25000 | C62 | ",
        "全省已有日产七千吨的炼铁炉 | 日产七千吨 | 7000 | | | TNE | day",
        "完成炼钢二十八万吨的任务 | 二十八万吨 | 280000 | | | TNE | ",
        "日产生铁达到一万吨 | 一万吨 | 10000 | | | TNE | day",
        "组织了万人以上的专业队 | 万人以上 | | 10000 | | IE | ",
        "动员百万大军办钢铁 | 百万大军 | 1000000 | | | IE | ",
        "灌溉效率从四十亩提高 | 四十亩 | 40 | | | 亩 | ",
        "炼钢３０万吨 | ３０万吨 | 300000 | | | TNE | ",
        "储量5.8万吨 | 5.8万吨 | 58000 | | | TNE | ",
        "近十万人 | 近十万人 | | | 100000 | IE | ",
        "约五千人参加 | 约五千人 | 5000 | | | IE | ",
        "produce 10.7 million tons of steel for the whole year | 10.7 million tons | 10700000 | | | TNE | year",
        "transferred more than 140 metallurgical technicians | more than 140 metallurgical technicians | | 140 | | IE | ",
        "570,000 steel soldiers have been assembled | 570,000 steel soldiers | 570000 | | | IE | ",
        "construction of 20,000 to 25,000 new furnaces | 20,000 to 25,000 new furnaces | | 20000 | 25000 | C62 | ",
        "furnaces with a daily output of 7,000 tons | 7,000 tons | 7000 | | | TNE | day",
        "mobilize a million-strong army | a million-strong army | 1000000 | | | IE | ",
        "with more than 10,000 people to go | more than 10,000 people | | 10000 | | IE | ",
        "nearly 3 billion tons of reserves | nearly 3 billion tons | | | 3000000000 | TNE | ",
        "江苏省自29日中午到30日中午一昼夜间，产铁一万四千九百二十四点七三三吨 | 一万四千九百二十四点七三三吨 | 14924.733 | | | TNE | ",
        "全区本周共产钢二万二千三百八十四点零五吨 | 二万二千三百八十四点零五吨 | 22384.05 | | | TNE | ",
        "该县土高炉出铁三千六百七十四点七吨，超过计划 | 三千六百七十四点七吨 | 3674.7 | | | TNE | ",
        "平炉出钢二千○一十点五吨 | 二千○一十点五吨 | 2010.5 | | | TNE | ",
        "新建小高炉日产生铁三点五万吨 | 三点五万吨 | 35000 | | | TNE | day",
        "全厂共有技术人员两千三百二十八名 | 两千三百二十八名 | 2328 | | | IE | ",
        "本社出席代表壹佰贰拾名 | 壹佰贰拾名 | 120 | | | IE | ",
        "扩大了炼钢队伍三千人 | 三千人 | 3000 | | | IE | ",
        "重点一万吨以上的钢厂 | 一万吨以上 | | 10000 | | TNE | ",
        "the province produced 22,384.05 tons of pig iron | 22,384.05 tons | 22384.05 | | | TNE | ",
        "Jiangsu produced 14,924.733 tons of iron in one day | 14,924.733 tons | 14924.733 | | | TNE | day",
        // 多 and 余 before the 万 or 亿 that ends a numeral, or after the unit
        "全国已有农业社190多万个 | 190多万个 | | 1900000 | | C62 | ",
        "入社农户达到七千多万户 | 七千多万户 | | 70000000 | | C62 | ",
        "全县打草十七亿多斤 | 十七亿多斤 | | 1700000000 | | 斤 | ",
        "平均每人有饲料地三亩多 | 三亩多 | | 3 | | 亩 | ",
        // units of length, weight, area and volume, and counters
        "铁路长达一千多公里 | 一千多公里 | | 1000 | | KMT | ",
        "修筑路基千余公里 | 千余公里 | | 1000 | | KMT | ",
        "新炉高十二公尺 | 十二公尺 | 12 | | | MTR | ",
        "堤坝长三百米 | 三百米 | 300 | | | MTR | ",
        "挖土方三万立方公尺 | 三万立方公尺 | 30000 | | | MTQ | ",
        "背矿石五十公斤 | 五十公斤 | 50 | | | KGM | ",
        "造林两千公顷 | 两千公顷 | 2000 | | | HAR | ",
        "运粮三百担 | 三百担 | 300 | | | 担 | ",
        "两村相距四十华里 | 四十华里 | 40 | | | 华里 | ",
        "已接大小牲畜四十二万头（只） | 四十二万头 | 420000 | | | C62 | ",
        "全社养牛三百头 | 三百头 | 300 | | | C62 | ",
        "当天装车五万多辆 | 五万多辆 | | 50000 | | C62 | ",
        "推广双铧犁四十万部 | 四十万部 | 400000 | | | C62 | ",
        "待卸的货船六百多艘 | 六百多艘 | | 600 | | C62 | ",
        "以一亿四千四百四十万元的价格中标 | 一亿四千四百四十万元 | 144400000 | | | 元 | ",
        // percentages, read whole
        "粮食增产百分之五十 | 百分之五十 | 50 | | | P1 | ",
        "成本降低百分之三点五 | 百分之三点五 | 3.5 | | | P1 | ",
        "许多公社增产百分之十至百分之四十 | 百分之十至百分之四十 | | 10 | 40 | P1 | ",
        "完成年计划的101.1％ | 101.1％ | 101.1 | | | P1 | ",
        "全区牲畜总增殖率达到28．8％ | 28．8％ | 28.8 | | | P1 | ",
        "入社农户占总农户60％左右 | 60％左右 | 60 | | | P1 | ",
        "老社80％以上都获得增产 | 80％以上 | | 80 | | P1 | ",
        "一般增产10％到30％ | 10％到30％ | | 10 | 30 | P1 | ",
        "为平均日装卸量的227.74％ | 227.74％ | 227.74 | | | P1 | ",
        "an increase of 90% compared to 1954 | 90% | 90 | | | P1 | ",
        "accounting for about 60% of the total | about 60% | 60 | | | P1 | ",
        "harvested approximately 130 million mu | approximately 130 million mu | 130000000 | | | mu | ",
        "more than 80% achieved increased production | more than 80% | | 80 | | P1 | ",
        "generally by 10% to 30% | 10% to 30% | | 10 | 30 | P1 | ",
        "output grew by 50 percent | 50 percent | 50 | | | P1 | ",
        "representing 227.74% of the average daily volume | 227.74% | 227.74 | | | P1 | ",
        // English units
        "stretching over a thousand kilometers from Hami | over a thousand kilometers | | 1000 | | KMT | ",
        "the more than 500-kilometer section | more than 500-kilometer | | 500 | | KMT | ",
        "a dam 120 meters long | 120 meters | 120 | | | MTR | ",
        "carrying 50 kilograms of ore | 50 kilograms | 50 | | | KGM | ",
        "planting 2,000 hectares of forest | 2,000 hectares | 2000 | | | HAR | ",
        "shipping 3,000 metric tons of steel | 3,000 metric tons | 3000 | | | TNE | ",
        "moving 30,000 cubic meters of earth | 30,000 cubic meters | 30000 | | | MTQ | ",
        "two 5-cubic-meter indigenous furnaces | 5-cubic-meter | 5 | | | MTQ | ",
        "200 laborers were transferred | 200 laborers | 200 | | | IE | ",
        "423,770 head of livestock | 423,770 head | 423770 | | | C62 | ",
        "won the bid with a price of 144.4 million yuan | 144.4 million yuan | 144400000 | | | yuan | ",
        "after the efforts of 10 million steelworkers | 10 million steelworkers | 10000000 | | | IE | ",
        "from the 28,964 indigenous blast furnaces | 28,964 indigenous blast furnaces | 28964 | | | C62 | ",
        // rates: hour, day, month, year, within the amount's own clause
        "全县一天产铁五百吨 | 五百吨 | 500 | | | TNE | day",
        "这一天装卸货物三万吨 | 三万吨 | 30000 | | | TNE | ",
        "全省29日产铁一万吨 | 一万吨 | 10000 | | | TNE | ",
        "每天平均装车四万辆 | 四万辆 | 40000 | | | C62 | day",
        "新炉每小时出铁三吨 | 三吨 | 3 | | | TNE | hour",
        "该厂月产钢五千吨 | 五千吨 | 5000 | | | TNE | month",
        "襄阳专区的日产量，达到五千吨以上 | 五千吨以上 | | 5000 | | TNE | day",
        "produced 16,912 tons of pig iron in a single day | 16,912 tons | 16912 | | | TNE | day",
        "a new record of 2,500 tons per day | 2,500 tons | 2500 | | | TNE | day",
        "the converter makes 30 tons per hour | 30 tons | 30 | | | TNE | hour",
        "a monthly output of 800 tons | 800 tons | 800 | | | TNE | month",
        "each produced over 1,000 tons, and the daily output | over 1,000 tons | | 1000 | | TNE | ",
        "its highest record this year with 34,000 tons on this day | 34,000 tons | 34000 | | | TNE | ",
    })
    void amounts(String text, String words, String value, String min, String max, String unit, String per) {
        Language lang = Language.ofText(text);
        List<Quantity> found = finder.find(text, lang);
        assertEquals(1, found.size(), found.toString());
        Quantity q = found.get(0);
        assertEquals(words, q.text());
        assertEquals(words, q.span().of(text));
        assertEquals(value, q.value().map(v -> v.toPlainString()).orElse(null));
        assertEquals(min, q.min().map(v -> v.toPlainString()).orElse(null));
        assertEquals(max, q.max().map(v -> v.toPlainString()).orElse(null));
        assertEquals(unit, q.unit().orElse(null));
        assertEquals(per, q.per().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "第一书记必须亲自挂帅", "今后四个月的任务", "最近一个时期，应该突出地抓出铁", "一号高炉", "In 1958 the plan",
        "on September 4th", "one of the counties", "two things at once",
        "退伍人员回乡生产", "大陆人民", "清点人数", "收拾人心", "产铁一万四千九百二十四·七三三吨", "增产三、四万吨",
        "产铁3点5吨", "产铁一万四千点五万吨", "pig iron: 1,2345 tons", "pig iron: 14,924.733.5 tons",
        "每个小组五六个人", "修建一两个小高炉",
        // 一 with a counter is "a"; durations, labels, multiples, fractions, sayings, parts
        "换一个风口", "建成一座小高炉", "缩短行车时间两个多小时", "湖北跃为万吨省", "全省出现千吨县", "建成万吨级码头",
        "产量跃增四倍", "占三分之一", "二号高炉出铁", "抓两头带中间", "送到千家万户", "一部分社员", "三天内完成",
        "the news on page 2 of this newspaper", "equal to 80 in the past", "the total from 1953 to 1958",
        "5.7 times the total", "after studying this, 3 of them left", "heated to about 300 degrees", "400 to 500 degrees",
        "以百分之十几用作分配",
        // "not one jin less": nothing is missing, no amount
        "确定全省完成炼钢任务，一斤不少", "一两也不少",
    })
    void notAmounts(String text) {
        assertEquals(List.of(), finder.find(text, Language.ofText(text)));
    }

    @Test
    void severalInOneSentence() {
        List<Quantity> found = finder.find("到9月底要达到日产一万吨，再完成五千斤，一斤不少", ZH);
        assertEquals(List.of("日产一万吨", "五千斤"), found.stream().map(Quantity::text).toList());
    }
}
