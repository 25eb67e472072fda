package jp.zadankai.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * The site's own images, drawn in code so that no binary is kept in the repository: the favicon (two speech
 * bubbles, for a conversation) and the default sharing image for articles without a cover. Drawn on a plain pixel
 * array and written as PNG by hand: loading AWT and ImageIO for two images cost half a second of start-up.
 */
final class SiteImages {
    private static final int TEAL = 0x0b6b73;
    private static final int INK = 0x08131a;
    private static final int ROSE = 0xa8324f;
    private static final int LIGHT_TEAL = 0x5fc7cf;
    private static final int LIGHT_ROSE = 0xf08aa2;

    private SiteImages() {
    }

    /** A 1200×630 (1.91:1) PNG in the colours of the generated covers. */
    static byte[] sharingImage() {
        int width = 1200;
        int height = 630;
        int[] argb = new int[width * height];
        // At start-up this runs before the JIT has compiled it: a colour ramp and a bounding box keep the work per
        // pixel to a table lookup outside the bubbles.
        int[] ramp = new int[256];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = blend(blend(TEAL, ROSE, i / 255.0), INK, 150 / 255.0);
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = 0xff000000 | ramp[(x * height + y * width) * 255 / (2 * width * height)];
            }
        }
        Bubbles bubbles = new Bubbles(420, 165, 360);
        for (int y = 165; y < 165 + 360 + 60; y++) {
            for (int x = 420 - 60; x < 420 + 360 + 60; x++) {
                int at = y * width + x;
                argb[at] = 0xff000000 | bubbles.colour(x + 0.5, y + 0.5, argb[at] & 0xffffff);
            }
        }
        return png(width, height, argb);
    }

    /** favicon.ico: one 32×32 PNG image in an ICO container (supported by every browser since 2009). */
    static byte[] favicon() {
        int size = 32;
        int samples = 4;
        int[] argb = new int[size * size];
        Bubbles bubbles = new Bubbles(3, 5, 26);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                int covered = 0;
                for (int sy = 0; sy < samples; sy++) {
                    for (int sx = 0; sx < samples; sx++) {
                        double px = x + (sx + 0.5) / samples;
                        double py = y + (sy + 0.5) / samples;
                        if (inRoundedSquare(px, py, size, 4)) {
                            int colour = bubbles.colour(px, py, INK);
                            r += colour >> 16 & 0xff;
                            g += colour >> 8 & 0xff;
                            b += colour & 0xff;
                            covered++;
                        }
                    }
                }
                if (covered > 0) {
                    int alpha = covered * 255 / (samples * samples);
                    argb[y * size + x] = alpha << 24 | (int) (r / covered) << 16 | (int) (g / covered) << 8
                            | (int) (b / covered);
                }
            }
        }
        byte[] png = png(size, size, argb);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }

    /** Two overlapping speech bubbles in a square of side {@code size} at (x, y). */
    private record Bubbles(double x, double y, double size) {
        int colour(double px, double py, int background) {
            double d = size * 0.62;
            double tail = size * 0.12;
            double rx = d / 2;
            double ry = d * 0.4;
            double secondX = x + size - d;
            double secondY = y + size * 0.38;
            if (inEllipse(px, py, secondX + rx, secondY + ry, rx, ry)
                    || inTail(px, py, secondX + d * 0.8, secondY + d * 0.7, tail, false)) {
                return LIGHT_ROSE;
            }
            if (inEllipse(px, py, x + rx, y + ry, rx, ry) || inTail(px, py, x + d * 0.2, y + d * 0.7, tail, true)) {
                return LIGHT_TEAL;
            }
            return background;
        }
    }

    private static boolean inEllipse(double px, double py, double cx, double cy, double rx, double ry) {
        double dx = (px - cx) / rx;
        double dy = (py - cy) / ry;
        return dx * dx + dy * dy <= 1;
    }

    /** The triangle under a bubble, pointing down and outwards. */
    private static boolean inTail(double px, double py, double ax, double ay, double size, boolean left) {
        double tipX = ax + (left ? -size : size);
        double tipY = ay + size;
        double otherX = ax + (left ? size : -size);
        return sameSide(px, py, ax, ay, tipX, tipY, otherX, ay) && sameSide(px, py, tipX, tipY, otherX, ay, ax, ay)
                && sameSide(px, py, otherX, ay, ax, ay, tipX, tipY);
    }

    /** Whether (px, py) lies on the same side of the line a→b as (cx, cy). */
    private static boolean sameSide(double px, double py, double ax, double ay, double bx, double by, double cx,
                                    double cy) {
        double p = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        double c = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return p * c >= 0;
    }

    private static boolean inRoundedSquare(double px, double py, int size, double radius) {
        double cx = Math.min(Math.max(px, radius), size - radius);
        double cy = Math.min(Math.max(py, radius), size - radius);
        return (px - cx) * (px - cx) + (py - cy) * (py - cy) <= radius * radius;
    }

    /** {@code from} mixed with {@code to} in the proportion {@code amount} (0: from, 1: to). */
    private static int blend(int from, int to, double amount) {
        int r = (int) Math.round((from >> 16 & 0xff) * (1 - amount) + (to >> 16 & 0xff) * amount);
        int g = (int) Math.round((from >> 8 & 0xff) * (1 - amount) + (to >> 8 & 0xff) * amount);
        int b = (int) Math.round((from & 0xff) * (1 - amount) + (to & 0xff) * amount);
        return r << 16 | g << 8 | b;
    }

    /** An 8-bit RGBA PNG (colour type 6), rows unfiltered. */
    static byte[] png(int width, int height, int[] argb) {
        byte[] pixels = new byte[height * (width * 4 + 1)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            pixels[at++] = 0;
            for (int x = 0; x < width; x++) {
                int c = argb[y * width + x];
                pixels[at++] = (byte) (c >> 16);
                pixels[at++] = (byte) (c >> 8);
                pixels[at++] = (byte) c;
                pixels[at++] = (byte) (c >>> 24);
            }
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            deflate.write(pixels);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
