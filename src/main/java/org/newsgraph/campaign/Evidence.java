package org.newsgraph.campaign;

import java.util.Objects;
import java.util.Optional;

import org.newsgraph.article.Language;
import org.newsgraph.extract.ExtractionMethod;

/**
 * What supports a fact: the Chinese sentence that states it (the original is the authoritative text), the English
 * sentence aligned with it when one is found, how the fact was read and how sure the rule is.
 */
public record Evidence(Sentence zh, Optional<Sentence> en, ExtractionMethod method, double confidence) {
    public Evidence {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(method, "method");
        if (zh.lang() != Language.ZH)
            throw new IllegalArgumentException("the first evidence of a fact is a Chinese sentence");
        if (en.isPresent() && en.get().lang() != Language.EN)
            throw new IllegalArgumentException("the aligned sentence must be English");
        if (!(confidence > 0 && confidence <= 1))
            throw new IllegalArgumentException("confidence " + confidence + " is not in (0, 1]");
    }
}
