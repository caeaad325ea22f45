package dev.skillfast.experts.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * A public expert as the search index holds it: the profile, its normalised words with the weight of
 * the best field each appears in, and its name as sorting compares it.
 */
record IndexedExpert(ExpertProfile profile, Map<String, Double> words, String sortName) {

    /** Field weights: skills above headline above name above bio. */
    static final double SKILL = 3.0;
    static final double HEADLINE = 2.0;
    static final double NAME = 1.5;
    static final double BIO = 1.0;

    static IndexedExpert of(ExpertProfile p) {
        Map<String, Double> words = new HashMap<>();
        SearchText.words(p.bio()).forEach(word -> words.merge(word, BIO, Math::max));
        SearchText.words(p.displayName()).forEach(word -> words.merge(word, NAME, Math::max));
        SearchText.words(p.headline()).forEach(word -> words.merge(word, HEADLINE, Math::max));
        p.skills().forEach(skill -> SearchText.words(skill).forEach(word -> words.merge(word, SKILL, Math::max)));
        return new IndexedExpert(p, Map.copyOf(words), SearchText.normalize(p.displayName()));
    }
}
