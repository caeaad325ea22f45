package dev.skillfast.categories.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.categories.store.CategoryStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;

/** Categories: created, renamed, described, reordered and deactivated by administrators. */
@ApplicationScoped
public class CategoryService {

    @Inject
    CategoryStore store;

    @Inject
    Clock clock;

    public Category create(String slug, LocalizedText name, LocalizedText description) {
        Category category = new Category(slug, name, description, store.nextOrder(), true, clock.instant());
        if (!store.insert(category)) {
            throw new ConflictException("A category with the slug '" + slug + "' already exists.");
        }
        return category;
    }

    public Category update(String slug, LocalizedText name, LocalizedText description, Boolean active) {
        return store.update(slug, name, description, active, null).orElseThrow(() -> notFound(slug));
    }

    /** Puts the categories in the given order; the list must name every category exactly once. */
    public List<Category> reorder(List<String> slugs) {
        Set<String> existing = store.all().stream().map(Category::slug).collect(Collectors.toSet());
        if (slugs.size() != existing.size() || !new HashSet<>(slugs).equals(existing)) {
            throw new InvalidInputException("slugs", "must list every category exactly once");
        }
        for (int i = 0; i < slugs.size(); i++) {
            store.update(slugs.get(i), null, null, null, i);
        }
        return store.all();
    }

    public List<Category> all() {
        return store.all();
    }

    public List<Category> active() {
        return store.all().stream().filter(Category::active).toList();
    }

    public Set<String> activeSlugs() {
        return active().stream().map(Category::slug).collect(Collectors.toSet());
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No category with the slug '" + slug + "'.");
    }
}
