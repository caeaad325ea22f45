/**
 * Demo data for the embedded default: categories, 30 verified experts with photos, and one client, so
 * a fresh {@code mvn liberty:run} shows a working desk. Loaded once, on a database without categories
 * and profiles; never on a configured MongoDB unless {@code SKILLFAST_DEMO_DATA=true}. It creates no
 * administrator: the first administrator always comes from the accounts feature.
 */
package dev.skillfast.demo;
