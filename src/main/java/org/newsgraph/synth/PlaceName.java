package org.newsgraph.synth;

import java.util.Objects;

/**
 * A place's names as the two texts write them, e.g. 河南 and Henan: the Chinese name the original uses before 省, 人民
 * and the like, and the English name the translation uses. Synthetic articles swap such names, the Chinese in the
 * original and the English in the translation, so that both texts name the same place.
 */
public record PlaceName(String zh, String en) {
    public PlaceName {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank())
            throw new IllegalArgumentException("a place needs a Chinese and an English name: '" + zh + "', '" + en + "'");
    }
}
