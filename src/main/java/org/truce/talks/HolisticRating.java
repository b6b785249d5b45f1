package org.truce.talks;

/**
 * A party's direct (holistic) rating of a whole package, 0-100, given without the additive model.
 *
 * @param negotiationPackage the package rated
 * @param rating             0-100
 */
public record HolisticRating(NegotiationPackage negotiationPackage, int rating) {

    public HolisticRating {
        Checks.requireNonNull(negotiationPackage, "negotiationPackage");
        Checks.requirePercent(rating, "rating");
    }
}
