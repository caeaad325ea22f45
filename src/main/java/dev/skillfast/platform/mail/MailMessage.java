package dev.skillfast.platform.mail;

/** A rendered mail: one recipient, a subject, and its plain-text and HTML bodies. */
public record MailMessage(String to, String subject, String text, String html) {

    public MailMessage {
        // A subject is one header line: a line break in it (from user text) must not add headers.
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
