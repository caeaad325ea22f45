/**
 * Service categories (ADMIN manages them; everyone lists the active ones with their number of public
 * experts).
 *
 * <p>Design notes. The slug is the document id, so uniqueness is the database's; names and
 * descriptions are stored in both languages of the web app. Deactivating hides a category from the
 * public list and from new expert profiles without touching profiles that already name it.
 */
package dev.skillfast.categories;
