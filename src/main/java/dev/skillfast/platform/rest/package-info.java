/**
 * The JAX-RS application ({@code /api}) and how it reads and writes JSON.
 *
 * <p>Design notes. Feature resources live in {@code dev.skillfast.<feature>.api} and are picked up by
 * scanning. Unknown JSON properties are refused, so a misspelt field is an error, not lost data.
 */
package dev.skillfast.platform.rest;
