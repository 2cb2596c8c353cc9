package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "一千零七十万, 10700000", "五十七万, 570000", "一百四十, 140", "两万, 20000", "两万五千, 25000",
        "二十八万, 280000", "一万, 10000", "七千, 7000", "十万, 100000", "三千亿, 300000000000", "两, 2", "廿, 20",
        "廿五, 25", "卅, 30", "卅一, 31", "十, 10", "十二, 12", "二十, 20", "一百零五, 105", "一千零一, 1001",
        "百万, 1000000", "万, 10000", "一亿两千万, 120000000", "四亿五千万, 450000000", "三十一, 31", "零, 0",
        "１９５８, 1958", "６５０亿, 65000000000", "5.8万, 58000", "２１．２亿, 2120000000", "0.5, 0.5",
        "一九五八, 1958", "二〇〇三, 2003", "1070万, 10700000", "22, 22", "九, 9", "一千, 1000", "五百, 500",
        "七十五万五千, 755000",
    })
    void numerals(String numeral, String value) {
        assertEquals(new BigDecimal(value), Numerals.parse(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "钢铁", "一二三四五x", "万吨", "5.8.1万", "十五吨", "三 千"})
    void notNumerals(String text) {
        assertThrows(NumberFormatException.class, () -> Numerals.parse(text));
    }
}
