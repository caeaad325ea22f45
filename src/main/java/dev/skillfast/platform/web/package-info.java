/**
 * Serving the Angular web app from the WAR: deep-link fallback to {@code index.html}, security headers
 * (Content-Security-Policy and friends) and cache lifetimes. Filter order is set in web.xml: the
 * HTTPS-only redirect ({@code platform.security}) first, then the headers, then the fallback.
 */
package dev.skillfast.platform.web;
