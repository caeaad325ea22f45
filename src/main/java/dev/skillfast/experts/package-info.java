/**
 * Experts: profiles (headline, bio, skills, categories, languages, rates per channel in minor units,
 * free minutes, availability, photo), their verification by administrators, search and matching.
 *
 * <p>Design notes. A profile's id is the expert's user id, and it carries copies of the account's name
 * and standing, kept in step through the accounts feature's {@code AccountChanged} event; only VERIFIED
 * profiles of active EXPERT accounts are public. Search and match run on {@code ExpertSearchIndex}, an
 * in-memory inverted index of the public experts (normalised words per field, sorted for prefix
 * lookups), since MongoDB's {@code $text} and collation do not work on the embedded store: MongoDB stays
 * the truth and the index is rebuilt at start-up, updated on each change and reloaded every minute.
 * Relevance: skills (3) above headline (2) above name (1.5) above bio (1), whole words above prefixes
 * (0.8); every query word must match; ties go to rating, then presence. Presence (ONLINE, BUSY,
 * OFFLINE) is stored on the profile by the realtime feature from the expert's live connections. Photos
 * are checked by their bytes (PNG, JPEG, WebP), stored in MongoDB and served with a content-hash version
 * in the URL; a photo is public only while its profile is, else it is served only to its owner and
 * administrators, whose URLs carry a signed one-hour ticket ({@code AvatarLinks}: browsers load images
 * without the access token). The index also answers the categories feature's {@code PublicExpertCounts} (public experts
 * per category). Owned here: collections {@code experts_profiles} and {@code expert_avatars}, the
 * profile's rating aggregate (moved by the reviews feature through {@code ExpertService}), the search index.
 */
package dev.skillfast.experts;
