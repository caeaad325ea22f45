package dev.skillfast.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server: GreenMail on the port the build reserved and gave the integration-test server.
 * Started at first use and kept running; mails queued while it was not (other tests' receipts) arrive
 * once it is, so tests look only at mails to their own, unique addresses.
 */
public final class ItMail {

    private static GreenMail server;

    private ItMail() {
    }

    public static int port() {
        return Integer.getInteger("skillfast.it.smtp.port", 2525);
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(port(), "localhost", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
        return server;
    }

    /** Stops the server (an SMTP outage) until the next {@link #server()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Mails received so far for {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** Waits for the first mail to {@code address}; fails after {@code wait}. */
    public static MimeMessage awaitOne(String address, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(address);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + address + " within " + wait.toSeconds() + " s");
    }

    /** The text of a mail's part of this type ("text/plain" or "text/html"). */
    public static String part(MimeMessage mail, String type) throws Exception {
        var multipart = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return multipart.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            Address[] to = mail.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
