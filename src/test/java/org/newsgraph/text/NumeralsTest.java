package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "七十五万五千, 755000", "一〇一, 101", "007, 7", "二千○九十八点八四, 2098.84", "一九五○, 1950",
    })
    void numerals(String numeral, String value) {
        assertEquals(new BigDecimal(value), Numerals.parse(numeral));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "二万二千三百八十四点零五, 22384.05", "一万四千九百二十四点七三三, 14924.733", "三千六百七十四点七, 3674.7",
        "零点五, 0.5", "一点零, 1", "两千三百二十八点二五, 2328.25", "三点五万, 35000", "一点二亿, 120000000",
        "一千二百点五万, 12005000", "十二点三四五, 12.345", "四十點五, 40.5", "２２３８４．０５, 22384.05",
        "22384.05, 22384.05", "０.５万, 5000",
    })
    void decimals(String numeral, String value) {
        assertEquals(new BigDecimal(value), Numerals.parse(numeral));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "壹佰壹拾壹, 111", "贰仟零伍拾, 2050", "貳仟零伍拾, 2050", "叁万肆仟, 34000", "玖拾玖, 99", "伍拾, 50",
        "柒佰捌拾陆, 786", "陸拾參, 63", "壹萬, 10000", "壹億贰仟萬, 120000000", "壹佰壹拾壹点伍, 111.5",
        "捌仟〇贰, 8002",
    })
    void financialForms(String numeral, String value) {
        assertEquals(new BigDecimal(value), Numerals.parse(numeral));
    }

    /** Forms a unit ends, or a doubled 万, as writers use them. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "两千三百二十八, 2328", "一万五, 15000", "三千五, 3500", "一百二, 120", "一亿五, 150000000",
        "一万五千三, 15300", "一万零五, 10005", "四万万, 400000000", "四万万五千万, 450000000", "兩萬, 20000",
    })
    void abbreviatedAndDoubled(String numeral, String value) {
        assertEquals(new BigDecimal(value), Numerals.parse(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "钢铁", "一二三四五x", "万吨", "5.8.1万", "十五吨", "三 千"})
    void notNumerals(String text) {
        assertThrows(NumberFormatException.class, () -> Numerals.parse(text));
    }

    /** Strings that look like numerals but do not read whole; each is refused with its reason. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "点点 | two points", "三点 | no digits after 点", "十点 | no digits after 点", "点五 | no whole number before 点",
        "三点五点六 | two points", "3点5 | 点 after ASCII digits", "一九点五 | 点 after a digit-by-digit numeral",
        "三点五十 | '十' after 点 is not a digit", "一万点五万 | '万' after decimals of a larger number",
        "三点两 | '两' after 点 is not a digit", "十十 | '十' after a unit not larger than it",
        "二十二十 | '十' after a unit not larger than it", "三万四万 | two 万", "伍十 | financial and ordinary forms mixed",
        "一百两 | 两 right after a unit", "5. | '5.' is not a number", "一二三十 | two digits without a unit",
        "七千x | 'x' is not part of a numeral", "五六 | two digits without a unit", "一两 | two digits without a unit",
        "七八十 | two digits without a unit",
    })
    void refusedWithTheirReason(String text, String reason) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numerals.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }
}
