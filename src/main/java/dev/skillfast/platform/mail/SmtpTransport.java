package dev.skillfast.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Sends one mail over SMTP with Jakarta Mail: plain text and HTML as alternatives, UTF-8. */
@ApplicationScoped
public class SmtpTransport {

    @Inject
    MailSettings settings;

    private volatile Session session;

    public SmtpTransport() {
    }

    /** For tests outside the container. */
    public SmtpTransport(MailSettings settings) {
        this.settings = settings;
    }

    /**
     * Sends {@code message}; its Message-ID follows from {@code key}, so a mail sent again after a crash
     * carries the same one.
     */
    public void send(String key, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId(key));
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(mime);
    }

    private String messageId(String key) {
        String domain = settings.from().replaceAll(".*@", "").replaceAll("[>\\s]", "");
        return "<" + sha256(key) + "@" + (domain.isEmpty() ? "skillfast" : domain) + ">";
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            current = Session.getInstance(properties(), authenticator());
            session = current;
        }
        return current;
    }

    private Properties properties() {
        Properties p = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    private Authenticator authenticator() {
        if (settings.username().isEmpty()) {
            return null;
        }
        String user = settings.username().get();
        String password = settings.password().orElse("");
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        };
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
