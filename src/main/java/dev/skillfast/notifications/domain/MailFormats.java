package dev.skillfast.notifications.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts, durations and times as a mail in one language writes them. */
final class MailFormats {

    private MailFormats() {
    }

    static Locale locale(String language) {
        return "es".equals(language) ? Locale.forLanguageTag("es-ES") : Locale.forLanguageTag("en-GB");
    }

    /** Minor units in the currency's own format: "12,50 €", "€12.50". */
    static String money(long minor, String currency, String language) {
        Currency c = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(language));
        format.setCurrency(c);
        int digits = Math.max(0, c.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }

    /** A session's channel as the mail's language names it. */
    static String channel(String channel, String language) {
        String lower = channel.toLowerCase(Locale.ROOT);
        return "es".equals(language) && "video".equals(lower) ? "vídeo" : lower;
    }

    /** "1:05:09" or "5:09". */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Date and time in UTC, since a mail does not know the reader's time zone. */
    static String time(Instant at, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(language))
                .withZone(ZoneId.of("UTC")).format(at) + " UTC";
    }
}
