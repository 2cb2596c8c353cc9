package org.newsgraph.synth;

import java.util.Objects;

/**
 * A name as the two texts of an article write it: a province's 河南 (the original's name before 省, 人民 and the like)
 * and Henan, a person's 杨礼门 and Yang Limen. Synthetic articles swap such names, the Chinese in the original and the
 * English in the translation, so that both texts still name the same place or person.
 */
public record BilingualName(String zh, String en) {
    public BilingualName {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank())
            throw new IllegalArgumentException("a name needs its Chinese and its English form: '" + zh + "', '" + en + "'");
    }
}
