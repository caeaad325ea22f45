package dev.skillfast.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static final Map<String, Object> EVERYTHING = Map.ofEntries(
            Map.entry("name", "Ana"), Map.entry("link", "https://desk.example.com/x"), Map.entry("minutes", 30),
            Map.entry("client", "Bea"), Map.entry("channel", "video"), Map.entry("time", "1 Dec 2026, 10:00 UTC"),
            Map.entry("other", "Carl"), Map.entry("duration", "5:09"), Map.entry("units", 6), Map.entry("freeUnits", 1),
            Map.entry("total", "€5.00"), Map.entry("earning", "€4.00"), Map.entry("commission", "€1.00"),
            Map.entry("reviewer", "Dan"), Map.entry("stars", "★★★★☆"), Map.entry("rating", 4),
            Map.entry("comment", "Great"), Map.entry("amount", "€20.00"), Map.entry("succeeded", true),
            Map.entry("paid", true));

    @ParameterizedTest
    @CsvSource({"password-reset", "session-missed", "session-receipt-client", "session-receipt-expert",
            "review-received", "topup-status", "payout-status", "desk-follow-up"})
    void everyTemplateRendersInBothLanguages(String template) {
        for (String language : new String[] {"en", "es"}) {
            MailMessage mail = templates.render(template, language, "ana@example.com", EVERYTHING);
            assertThat(mail.subject()).isNotBlank().doesNotContain("{{").doesNotContain("\n");
            assertThat(mail.text()).contains("Ana").doesNotContain("{{");
            assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"")
                    .contains("Ana").doesNotContain("{{");
        }
    }

    @Test
    void theRecipientsLanguageChoosesTheWordsAndAnUnknownOneFallsBackToEnglish() {
        assertThat(templates.render("password-reset", "es", "a@x.es", EVERYTHING).subject()).contains("contraseña");
        assertThat(templates.render("password-reset", "de", "a@x.de", EVERYTHING).subject()).contains("password");
    }

    @Test
    void userTextIsEscapedInHtmlAndLeftAsWrittenInPlainText() {
        Map<String, Object> model = Map.of("name", "Eve <script>alert(1)</script>", "reviewer", "<b>Mallory</b>",
                "stars", "★", "rating", 1, "comment", "\"><img src=x onerror=alert(2)> & more");
        MailMessage mail = templates.render("review-received", "en", "eve@example.com", model);
        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>Mallory").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("&lt;b&gt;Mallory").contains("&lt;img src&#61;x").contains("&amp; more");
        assertThat(mail.text()).contains("Eve <script>alert(1)</script>").contains("\"><img src=x onerror=alert(2)> & more");
        assertThat(mail.subject()).isEqualTo("<b>Mallory</b> rated your session 1/5");
    }

    @Test
    void aLineBreakInUserTextCannotAddAHeaderLineToTheSubject() {
        MailMessage mail = new MailMessage("a@x.com", "Hello\r\nBcc: victim@example.com", "t", "h");
        assertThat(mail.subject()).isEqualTo("Hello Bcc: victim@example.com");
    }
}
