/**
 * Service categories (ADMIN manages them; everyone lists the active ones with their number of public
 * experts): collection {@code categories}, the public and admin lists, creation, renaming, order and
 * deactivation.
 *
 * <p>Design notes. The slug is the document id, so uniqueness is the database's; names and
 * descriptions are stored in both languages of the web app. Deactivating hides a category from the
 * public list and from new expert profiles without touching profiles that already name it. The experts
 * feature uses categories (the active slugs), so categories do not use experts: the number of public
 * experts per category is asked through {@link dev.skillfast.categories.domain.PublicExpertCounts},
 * which the experts feature implements.
 */
package dev.skillfast.categories;
