/**
 * The JAX-RS application ({@code /api}) and how it reads and writes JSON.
 *
 * <p>Design notes. Feature resources live in {@code dev.skillfast.<feature>.api} and are picked up by
 * scanning. Unknown JSON properties are refused, so a misspelt field is an error, not lost data.
 * Numbers and booleans are read exactly or refused, in bodies ({@code StrictJson}, JSON-B deserializers
 * for the boxed types) and in parameters ({@code StrictParameters}, a {@code ParamConverterProvider}):
 * 400 naming the field or parameter, never rounded, truncated, wrapped or taken from text.
 */
package dev.skillfast.platform.rest;
