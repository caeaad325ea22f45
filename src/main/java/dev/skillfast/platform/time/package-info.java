/**
 * Time. All code takes "now" from an injected {@link java.time.Clock}, so time-dependent logic
 * (billing, expiry) is tested with a fixed or stepped clock instead of sleeping.
 */
package dev.skillfast.platform.time;
