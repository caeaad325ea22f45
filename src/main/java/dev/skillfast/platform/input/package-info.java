/**
 * The rules every input obeys, wherever it enters (a JSON body, a query parameter, a WebSocket frame):
 * numbers are exact or refused ({@code ExactNumbers}), text has no control characters or broken UTF-16
 * ({@code Texts}, the constraints {@code @SingleLine} and {@code @PlainText}), currencies are ISO 4217
 * codes with minor units ({@code Currencies}, {@code @CurrencyCode}).
 *
 * <p>Design notes. One rule per kind of field, kept here so that the API layer (Bean Validation
 * constraints, the strict JSON-B and parameter readers of {@code platform.rest}) and domain code (the
 * realtime gateway's frames, the ledger's grants) apply the same one. Plain Java and Bean Validation
 * only: no JAX-RS, so code below the API layer may use it.
 */
package dev.skillfast.platform.input;
