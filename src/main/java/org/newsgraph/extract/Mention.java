package org.newsgraph.extract;

import org.newsgraph.article.Span;

/**
 * Words of a text that name an entity.
 *
 * @param lang       {@code zh} for the original, {@code en} for the translation
 * @param span       where the words are in the body, in code points
 * @param text       the words, exactly as in the body
 * @param entity     the entity they name
 * @param method     how they were found: {@code gazetteer} (a name of the entity) or {@code composition} (an
 *                   organisation named after a place, e.g. 中共河南省委)
 * @param confidence how sure the finder is that the words name this entity, from 0 to 1
 */
public record Mention(String lang, Span span, String text, EntityRef entity, String method, double confidence) {}
