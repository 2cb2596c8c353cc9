package org.newsgraph.campaign;

import java.util.Objects;
import java.util.Optional;

/**
 * A name or title as the article gives it: the Chinese words, and the translation's words for them when they can
 * be found (钢铁野战军, "Steel Field Army").
 */
public record Name(String zh, Optional<String> en) {
    public Name {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank())
            throw new IllegalArgumentException("a name needs its Chinese words");
    }
}
