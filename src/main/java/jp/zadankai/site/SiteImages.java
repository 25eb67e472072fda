package jp.zadankai.site;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

/**
 * The site's own images, drawn in code so that no binary is kept in the repository and no font is needed on the
 * server: the favicon (two speech bubbles, for a conversation) and the default sharing image for articles
 * without a cover.
 */
final class SiteImages {
    private static final Color TEAL = new Color(0x0b6b73);
    private static final Color INK = new Color(0x08131a);
    private static final Color ROSE = new Color(0xa8324f);

    private SiteImages() {
    }

    /** A 1200×630 (1.91:1) PNG in the colours of the generated covers. */
    static byte[] sharingImage() {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, TEAL, 1200, 630, ROSE));
        g.fillRect(0, 0, 1200, 630);
        g.setPaint(new Color(8, 19, 26, 150));
        g.fillRect(0, 0, 1200, 630);
        bubbles(g, 420, 165, 360);
        g.dispose();
        return png(image);
    }

    /** favicon.ico: one 32×32 PNG image in an ICO container (supported by every browser since 2009). */
    static byte[] favicon() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 8, 8));
        bubbles(g, 3, 5, 26);
        g.dispose();
        byte[] png = png(image);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }

    /** Two overlapping speech bubbles in a square of side {@code size} at (x, y). */
    private static void bubbles(Graphics2D g, double x, double y, double size) {
        double d = size * 0.62;
        g.setColor(new Color(0x5fc7cf));
        g.fill(new Ellipse2D.Double(x, y, d, d * 0.8));
        g.fill(tail(x + d * 0.2, y + d * 0.7, size * 0.12, true));
        g.setColor(new Color(0xf08aa2));
        g.fill(new Ellipse2D.Double(x + size - d, y + size * 0.38, d, d * 0.8));
        g.fill(tail(x + size - d * 0.2, y + size * 0.38 + d * 0.7, size * 0.12, false));
    }

    private static Path2D tail(double x, double y, double size, boolean left) {
        Path2D path = new Path2D.Double();
        path.moveTo(x, y);
        path.lineTo(x + (left ? -size : size), y + size);
        path.lineTo(x + (left ? size : -size), y);
        path.closePath();
        return path;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
