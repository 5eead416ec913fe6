package org.procsite.render.sheet;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.procsite.render.QrMatrix;

/**
 * A QR code for the site's decision page, as a black-and-white PNG in a {@code data:} URI: the
 * same bytes in tutorial.html and in the PDF, on every build. Written by hand (no AWT, no
 * ImageIO): one grey byte per pixel, {@link #SCALE} pixels per module, a 4-module quiet zone.
 */
final class QrCode {

    static final int SCALE = 8;

    private QrCode() {}

    static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        BitMatrix matrix = QrMatrix.of(text);
        int modules = matrix.getWidth();
        int size = modules * SCALE;
        byte[] raw = new byte[size * (size + 1)];
        for (int y = 0; y < size; y++) {
            int row = y * (size + 1);
            raw[row] = 0; // filter: none
            for (int x = 0; x < size; x++) {
                raw[row + 1 + x] = matrix.get(x / SCALE, y / SCALE) ? 0 : (byte) 0xFF;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(size);
            h.writeInt(size);
            h.writeByte(8); // bit depth
            h.writeByte(0); // greyscale
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
