package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** How a page's language is chosen, and that both languages have every fixed text. */
class WebPageLanguageTest {

    @Test
    void parameterThenCookieThenAcceptLanguage() {
        assertEquals(PageLanguage.ZH, PageLanguage.choose("zh", "en", "en"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, "en", "zh-CN"));
        assertEquals(PageLanguage.ZH, PageLanguage.choose("fr", "zh", "en"), "an unknown parameter is ignored");
        assertEquals(PageLanguage.ZH, PageLanguage.choose(null, null, "zh-TW,en;q=0.5"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, null, "fr,en;q=0.2,zh;q=0.1"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, null, "fr"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, null, ";;;"), "a malformed header is ignored");
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, null, null));
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        // Read as files: a bundle's key set would include its parent's, so a missing Chinese text would not show.
        Path folder = Path.of("src/main/resources/org/newsgraph/web");
        assertEquals(keys(folder.resolve("texts.properties")), keys(folder.resolve("texts_zh.properties")));
        assertEquals("中文原文", PageLanguage.ZH.text("article.original"));
        assertEquals("People's Daily (人民日报) as linked data", PageLanguage.EN.text("home.title"));
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
