package org.newsgraph.campaign;

import java.util.List;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;

/**
 * Slogans put forward: 提出“…”的口号 (的行动口号, 的战斗口号) and 口号是“…”, the quoted words with the English quoted
 * words that stand in the same place, issued by the organisations named before 提出 (or 口号), or the committee 省委
 * stands for. Left out: a slogan not in quotation marks (口号是勤出渣出铁…), whose words cannot be told from the
 * sentence's, and one that no organisation the sentence names put forward. Only sentences about the campaign's work
 * are read.
 */
final class SloganRule implements FactRule {

    private static final double CONFIDENCE = 0.9;

    /** At most this many characters between 的 and 口号: 的行动口号, 的战斗口号. */
    private static final int QUALIFIER = 2;

    @Override
    public void read(Sentence sentence, FactContext context) {
        SentenceParts parts = new SentenceParts(sentence, context);
        if (!parts.aboutCampaign())
            return;
        String text = parts.text();
        int slogan = text.indexOf("口号");
        if (slogan < 0)
            return;
        Optional<SentenceParts.Quote> words = quoted(parts, slogan);
        if (words.isEmpty()) {
            if (text.startsWith("是", slogan + 2) || text.startsWith("：", slogan + 2))
                context.leaveOut(sentence, "slogan not in quotation marks");
            return;
        }
        int put = text.lastIndexOf("提出", words.get().begin());
        List<EntityRef> issuers = parts.subjects(put >= 0 ? put : slogan);
        if (issuers.isEmpty()) {
            context.leaveOut(sentence, "slogan put forward by no organisation the sentence names");
            return;
        }
        context.add(new Slogan(parts.name(words.get()), issuers, context.evidence(sentence, CONFIDENCE)));
    }

    /** The quote of 提出“…”的口号 that ends just before 的 and 口号, or the quote that follows 口号是. */
    private static Optional<SentenceParts.Quote> quoted(SentenceParts parts, int slogan) {
        String text = parts.text();
        for (SentenceParts.Quote q : parts.quotes()) {
            int after = q.end() + 1;
            if (text.startsWith("的", after) && after < slogan && slogan - after - 1 <= QUALIFIER
                && text.lastIndexOf("提出", q.begin()) >= 0)
                return Optional.of(q);
            if (q.begin() - 1 == slogan + 3 && (text.startsWith("是", slogan + 2) || text.startsWith("：", slogan + 2)))
                return Optional.of(q);
        }
        return Optional.empty();
    }
}
