package org.newsgraph.extract;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.newsgraph.article.Language;
import java.util.List;

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
        "一斤不少 | 一斤 | 1 | | | 斤 | ",
        "灌溉效率从四十亩提高 | 四十亩 | 40 | | | 亩 | ",
        "炼钢３０万吨 | ３０万吨 | 300000 | | | TNE | ",
        "储量5.8万吨 | 5.8万吨 | 58000 | | | TNE | ",
        "近十万人 | 近十万人 | | | 100000 | IE | ",
        "约五千人参加 | 约五千人 | 5000 | | | IE | ",
        "produce 10.7 million tons of steel this year | 10.7 million tons | 10700000 | | | TNE | year",
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
        "新建小高炉日产生铁三点五万吨 | 三点五万吨 | 35000 | | | TNE | day",
        "全厂共有技术人员两千三百二十八名 | 两千三百二十八名 | 2328 | | | IE | ",
        "本社出席代表壹佰贰拾名 | 壹佰贰拾名 | 120 | | | IE | ",
        "扩大了炼钢队伍三千人 | 三千人 | 3000 | | | IE | ",
        "重点一万吨以上的钢厂 | 一万吨以上 | | 10000 | | TNE | ",
        "the province produced 22,384.05 tons of pig iron | 22,384.05 tons | 22384.05 | | | TNE | ",
        "Jiangsu produced 14,924.733 tons of iron in one day | 14,924.733 tons | 14924.733 | | | TNE | ",
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
        assertEquals(per, q.per().orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "第一书记必须亲自挂帅", "今后四个月的任务", "最近一个时期，应该突出地抓出铁", "一号高炉", "In 1958 the plan",
        "on September 4th", "one of the counties", "two things at once",
        "退伍人员回乡生产", "大陆人民", "清点人数", "收拾人心", "产铁一万四千九百二十四·七三三吨", "增产三、四万吨",
        "产铁3点5吨", "产铁一万四千点五万吨", "pig iron: 1,2345 tons", "pig iron: 14,924.733.5 tons",
        "每个小组五六个人", "修建一两个小高炉",
    })
    void notAmounts(String text) {
        assertEquals(List.of(), finder.find(text, Language.ofText(text)));
    }

    @Test
    void severalInOneSentence() {
        List<Quantity> found = finder.find("到9月底要达到日产一万吨，一斤不少", ZH);
        assertEquals(List.of("日产一万吨", "一斤"), found.stream().map(Quantity::text).toList());
    }
}
