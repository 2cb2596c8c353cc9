package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Body;
import org.newsgraph.article.Paragraph;
import org.newsgraph.article.Span;

class DatelineFinderTest {

    private final DatelineFinder finder = DatelineFinder.builder()
        .source("xinhua", List.of("新华社", "Xinhua News Agency", "New China News Agency"))
        .source("paper", List.of("本报", "Our newspaper"))
        .build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "据新华社4日讯　中共中央政治局扩大会议发出号召 | 新华社4日讯 | xinhua | 1",
        "新华社北京30日电　今天 | 新华社北京30日电 | xinhua | 0",
        "本报天津30日电　天津市 | 本报天津30日电 | paper | 0",
        "本报讯　中央国家机关 | 本报讯 | paper | 0",
        "新华社三十一日讯　刘少奇主席 | 新华社三十一日讯 | xinhua | 0",
        "新华社３１日讯　全角数字 | 新华社３１日讯 | xinhua | 0",
        "Xinhua News Agency, September 4th: After the Enlarged Meeting | Xinhua News Agency, September 4th | xinhua | 0",
        "Xinhua News Agency, 30th — Chairman Mao Zedong | Xinhua News Agency, 30th | xinhua | 0",
        "Xinhua News Agency, September 1st. Xinhua News Agency special correspondent | Xinhua News Agency, September 1st | xinhua | 0",
        "New China News Agency, July 31st | New China News Agency, July 31st | xinhua | 0",
    })
    void datelines(String paragraph, String dateline, String source, int begin) {
        Dateline d = finder.find(body(paragraph)).orElseThrow();
        assertEquals(dateline, d.text());
        assertEquals(source, d.source());
        assertEquals(new Span(begin, begin + dateline.codePointCount(0, dateline.length())), d.span());
        assertEquals(dateline, d.span().of(paragraph));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新华社记者　杨礼门摄",
        "Xinhua News Agency reporter Yang Limen",
        "The Xinhua News Agency, September 4th: not at the start",
        "中共河南省委最近决定",
    })
    void notDatelines(String paragraph) {
        assertEquals(Optional.empty(), finder.find(body(paragraph)));
    }

    @Test
    void onlyTheFirstParagraphsAreSearched() {
        Body body = new Body("一\n二\n三\n四\n新华社4日讯", 0, 1, List.of(p("一", 0), p("二", 2), p("三", 4), p("四", 6),
            p("新华社4日讯", 8)));
        assertEquals(Optional.empty(), finder.find(body));
    }

    @Test
    void aNameMayNotCreditTwoSources() {
        assertThrows(IllegalArgumentException.class,
            () -> DatelineFinder.builder().source("a", List.of("新华社")).source("b", List.of("新华社")));
        assertThrows(IllegalStateException.class, () -> DatelineFinder.builder().build());
        assertTrue(finder.find(new Body("", 0, 1, List.of())).isEmpty());
    }

    private static Body body(String text) {
        return new Body(text, 0, 1, List.of(p(text, 0)));
    }

    private static Paragraph p(String text, int begin) {
        return new Paragraph(new Span(begin, begin + text.codePointCount(0, text.length())), text, 1);
    }
}
