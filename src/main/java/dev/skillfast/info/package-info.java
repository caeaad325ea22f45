/**
 * Public facts about the running server ({@code GET /api/info}): product name, version, database mode.
 * The web app's landing page shows them; operators use them to see what they deployed.
 */
package dev.skillfast.info;
