package dev.skillfast.platform.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * Renders a mail from the Mustache templates under {@code mail/} in the recipient's language:
 * {@code <name>.<language>.txt} (its first line is the subject) and {@code <name>.<language>.html} (the
 * body, set into {@code layout.html}). In HTML, {@code {{value}}} is escaped; the plain-text factory writes
 * values as they are, since text needs no escaping.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String ROOT = "mail";
    private static final Set<String> LANGUAGES = Set.of("es", "en");

    private final MustacheFactory html = new DefaultMustacheFactory(ROOT);
    private final MustacheFactory text = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The mail {@code template} says to {@code to} in {@code language} (English if not one the app speaks). */
    public MailMessage render(String template, String language, String to, Map<String, ?> model) {
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        String plain = run(text, template + "." + lang + ".txt", model);
        int firstBreak = plain.indexOf('\n');
        if (firstBreak < 0) {
            throw new IllegalStateException("Mail template " + template + "." + lang + ".txt has no body");
        }
        String subject = plain.substring(0, firstBreak).strip();
        Map<String, Object> page = new HashMap<>(model);
        page.put("lang", lang);
        page.put("subject", subject);
        page.put("body", run(html, template + "." + lang + ".html", model));
        return new MailMessage(to, subject, plain.substring(firstBreak + 1).strip() + "\n", run(html, "layout.html", page));
    }

    private static String run(MustacheFactory factory, String name, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        factory.compile(name).execute(out, model);
        return out.toString();
    }
}
