package org.newsgraph.extract;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.newsgraph.article.Language;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    /** paper's date | text | words | value | from | to */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "1958-09-05 | 据新华社4日讯　中共 | 4日 | 1958-09-04 | | ",
        "1958-09-05 | 在1日下午召开常委会议 | 1日 | 1958-09-01 | | ",
        "1958-09-05 | 在2日晚联合举办 | 2日 | 1958-09-02 | | ",
        "1958-09-05 | 到9月底要达到 | 9月底 | | 1958-09-21 | 1958-09-30",
        "1958-09-05 | 提前在9、10月份完成 | 9、10月份 | | 1958-09-01 | 1958-10-31",
        "1958-09-05 | 在年底前完成 | 年底前 | | 1958-09-05 | 1958-12-31",
        "1958-09-05 | 发出全年生产一千零七十万吨钢的号召 | 全年 | | 1958-01-01 | 1958-12-31",
        "1958-09-05 | 今年全年生产 | 今年 | | 1958-01-01 | 1958-12-31",
        "1958-09-05 | 为10至12月份的生产 | 10至12月份 | | 1958-10-01 | 1958-12-31",
        "1958-10-01 | 本报天津30日电 | 30日 | 1958-09-30 | | ",
        "1958-10-01 | 从9月10日到 | 9月10日 | 1958-09-10 | | ",
        "1958-10-01 | 江苏省自29日中午到30日中午一昼夜间，产铁 | 自29日中午到30日中午一昼夜间 | | 1958-09-29 | 1958-09-30",
        "1958-10-01 | 自30日到1日 | 自30日到1日 | | 1958-09-30 | 1958-10-01",
        "1958-10-05 | 从9月28日至10月2日止 | 从9月28日至10月2日 | | 1958-09-28 | 1958-10-02",
        "1966-08-01 | 新华社三十一日讯 | 三十一日 | 1966-07-31 | | ",
        "1989-05-31 | 记者５月３１日报道 | ５月３１日 | 1989-05-31 | | ",
        "1958-09-05 | 1958年9月5日 | 1958年9月5日 | 1958-09-05 | | ",
        "1958-09-05 | 九月份建成出铁 | 九月份 | | 1958-09-01 | 1958-09-30",
        "1958-09-05 | Xinhua News Agency, September 4th: After | September 4th | 1958-09-04 | | ",
        "1958-10-01 | Xinhua News Agency, 30th — Chairman | 30th | 1958-09-30 | | ",
        "1958-09-05 | reaching 10,000 tons by the end of September | the end of September | | 1958-09-21 | 1958-09-30",
        "1958-09-05 | smelting steel before the end of the year | the end of the year | | 1958-09-05 | 1958-12-31",
        "1958-09-05 | ahead of schedule in September and October | September and October | | 1958-09-01 | 1958-10-31",
        "1958-09-05 | production in October to December | October to December | | 1958-10-01 | 1958-12-31",
        "1958-09-05 | on the afternoon of September 1st | September 1st | 1958-09-01 | | ",
        "1958-08-01 | July 31st, 1958 | July 31st, 1958 | 1958-07-31 | | ",
    })
    void dates(LocalDate paper, String text, String words, String value, String from, String to) {
        Language lang = Language.ofText(text);
        List<TimeExpression> found = finder.find(text, lang, paper);
        assertEquals(1, found.size(), found.toString());
        TimeExpression t = found.get(0);
        assertEquals(words, t.text());
        assertEquals(words, t.span().of(text));
        assertEquals(value, t.value().map(LocalDate::toString).orElse(null));
        assertEquals(from, t.from().map(LocalDate::toString).orElse(null));
        assertEquals(to, t.to().map(LocalDate::toString).orElse(null));
    }

    @Test
    void aDateThatCannotBeResolvedKeepsItsWords() {
        List<TimeExpression> found = finder.find("2月30日", ZH, LocalDate.of(1958, 9, 5));
        assertEquals("2月30日", found.get(0).text());
        assertFalse(found.get(0).isResolved());
    }

    @Test
    void aPeriodThatWouldEndBeforeItStartsKeepsItsWords() {
        // in the paper of 1958-10-02, 3日 is 1958-09-03, two days before 9月5日
        List<TimeExpression> found = finder.find("自9月5日到3日", ZH, LocalDate.of(1958, 10, 2));
        assertEquals(List.of("自9月5日到3日"), found.stream().map(TimeExpression::text).toList());
        assertFalse(found.get(0).isResolved());
    }

    @Test
    void notDates() {
        assertEquals(List.of(), finder.find("日产七千吨，同日晚上", ZH, LocalDate.of(1958, 9, 5)));
        assertEquals(List.of(), finder.find("1957年全年产钢", ZH, LocalDate.of(1958, 9, 5)));
        assertEquals(List.of(), finder.find("it may rain; the 22 counties", EN, LocalDate.of(1958, 9, 5)));
    }
}
