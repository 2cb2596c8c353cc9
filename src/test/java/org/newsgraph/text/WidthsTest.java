package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidthsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "１９５８－０９－０５ | 1958-09-05", "２１．２亿 | 21.2亿", "第５版（要闻） | 第5版(要闻)", "ＡＢＣ～！ | ABC~!",
        "\"　钢铁　\" | \" 钢铁 \"", "钢铁。，、 | 钢铁。,、", "𠀀１ | 𠀀1",
    })
    void foldsFullWidthFormsOneCharForOne(String text, String folded) {
        assertEquals(folded, Widths.fold(text));
        assertEquals(text.length(), Widths.fold(text).length());
    }
}
