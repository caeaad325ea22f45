package dev.skillfast.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Simple, distinct portrait placeholders (a silhouette on a colour) drawn without fonts, as PNG. */
final class DemoAvatars {

    private static final Color[] BACKGROUNDS = {
        new Color(0x4F46E5), new Color(0x0EA5E9), new Color(0x10B981), new Color(0xF59E0B), new Color(0xEF4444),
        new Color(0x8B5CF6), new Color(0x14B8A6), new Color(0xEC4899), new Color(0x64748B), new Color(0x84CC16)
    };

    private DemoAvatars() {
    }

    static byte[] png(int seed) {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color background = BACKGROUNDS[seed % BACKGROUNDS.length];
            g.setColor(background);
            g.fillRect(0, 0, size, size);
            g.setColor(background.brighter());
            g.setStroke(new BasicStroke(10));
            for (int ring = 0; ring < (seed / BACKGROUNDS.length) + 1; ring++) {
                int inset = 16 + ring * 22;
                g.draw(new Ellipse2D.Double(inset, inset, size - 2.0 * inset, size - 2.0 * inset));
            }
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new Ellipse2D.Double(88, 56, 80, 80));
            g.fill(new RoundRectangle2D.Double(52, 148, 152, 120, 80, 80));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
