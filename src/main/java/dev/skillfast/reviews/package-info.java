/**
 * Reviews and ratings: after an ended session its client may rate it (1–5 stars, a plain-text comment),
 * once, and edit it for a while ({@code skillfast.reviews.edit-window}, 48 hours); the expert may reply
 * once in public; administrators hide and restore reviews with a reason.
 *
 * <p><b>The rating.</b> The expert's profile keeps {@code rating: {sum, count, dist}} and the average is
 * derived from them, so every review event is one atomic {@code $inc} of its deltas
 * ({@link dev.skillfast.reviews.domain.RatingChange}): concurrent reviews add up in any order, an edit
 * moves the sum and the distribution, a hidden review leaves them and a restored one comes back. The
 * review itself is written first, conditionally (a unique {@code sessionId}; every later change is a
 * compare-and-set on the review's revision), so each event is counted by exactly the one write that made
 * it. A server stopped between the two writes leaves the aggregate one event behind: at start-up
 * {@link dev.skillfast.reviews.domain.ReviewReconciliation} recomputes it from the visible reviews where it
 * differs. Search reads the rating from the profile (minRating, sort by rating, ties in matching).
 *
 * <p>Comments and replies are stored as written and the web app renders them as text, never as markup.
 */
package dev.skillfast.reviews;
