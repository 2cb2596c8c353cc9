package org.newsgraph.article;

import java.util.List;
import java.util.Optional;

/**
 * A picture printed with an article: the caption in each language (when the file carries one) and the credit
 * line that names who made it ({@code 新华社记者　杨礼门摄}, {@code Xinhua News Agency reporter Yang Limen}).
 *
 * @param captionZh caption of the original, credit included, exactly as printed
 * @param captionEn caption of the translation, credit included
 * @param creditZh  the credit line of the original, e.g. {@code 新华社记者　杨礼门摄}
 * @param creatorsZh the people the original credits, e.g. {@code 杨礼门}
 * @param creatorsEn the same people as the translation names them, in the same order, or empty when the two
 *                   halves do not name the same number of people
 */
public record Photo(Optional<String> captionZh, Optional<String> captionEn, Optional<String> creditZh,
                    List<String> creatorsZh, List<String> creatorsEn) {
    public Photo {
        creatorsZh = List.copyOf(creatorsZh);
        creatorsEn = List.copyOf(creatorsEn);
    }
}
