package org.newsgraph.extract;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Words of a text that name an entity.
 *
 * @param lang       the original's language or the translation's
 * @param span       where the words are in the body, in code points
 * @param text       the words, exactly as in the body
 * @param entity     the entity they name
 * @param method     how they were found
 * @param confidence how sure the finder is that the words name this entity, from 0 to 1
 */
public record Mention(Language lang, Span span, String text, EntityRef entity, ExtractionMethod method,
                      double confidence) {}
