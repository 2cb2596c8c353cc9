package org.newsgraph.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the form of a response: {@code ?format=} when given, else the best match of the {@code Accept} header
 * among the forms offered (Jena's {@link AcceptList}: quality first, then the more specific range, then the order of
 * the offer). No {@code Accept} header, or {@code *}{@code /*}, gets the first form offered.
 */
final class Negotiation {

    private Negotiation() {}

    /**
     * The form to answer in, or empty when nothing offered is acceptable (406).
     *
     * @param format the {@code format} parameter, or null
     * @param accept the {@code Accept} header, or null
     * @param offered the forms the resource has, the default first
     * @throws IllegalArgumentException when {@code format} names no form offered
     */
    static Optional<Representation> choose(String format, String accept, List<Representation> offered) {
        Objects.requireNonNull(offered, "offered");
        if (format != null) {
            Representation asked = Representation.ofFormatName(format)
                .filter(offered::contains)
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "'; one of "
                    + offered.stream().map(Representation::formatName).toList()));
            return Optional.of(asked);
        }
        if (accept == null || accept.isBlank())
            return Optional.of(offered.get(0));
        AcceptList offers = AcceptList.create(offered.stream().map(Representation::mediaType).toArray(String[]::new));
        MediaType chosen;
        try {
            // A range of quality 0 is one the client refuses, not one it takes last.
            AcceptList acceptable = new AcceptList(new AcceptList(accept).entries().stream()
                .filter(range -> range.get_q() > 0).toList());
            chosen = AcceptList.match(acceptable, offers);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (chosen == null)
            return Optional.empty();
        String type = chosen.getContentTypeStr();
        return offered.stream().filter(r -> r.mediaType().equals(type)).findFirst();
    }
}
