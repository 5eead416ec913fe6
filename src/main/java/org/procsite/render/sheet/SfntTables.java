package org.procsite.render.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes one table from a TrueType font file (the "sfnt" container: a directory of tagged
 * tables). The other tables are copied unchanged; offsets and the file checksum are rewritten.
 */
final class SfntTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private SfntTables() {}

    private record Table(String tag, int checksum, int offset, int length) {}

    /** The font without the table {@code tag}; the font itself if it has no such table. */
    static byte[] without(byte[] font, String tag) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) {
            throw new IOException("not a TrueType font: " + font.length + " bytes");
        }
        int count = Short.toUnsignedInt(in.getShort(4));
        if (font.length < HEADER + count * RECORD) {
            throw new IOException("not a TrueType font: its table directory is cut short");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            Table table = new Table(
                    new String(font, at, 4, StandardCharsets.ISO_8859_1),
                    in.getInt(at + 4),
                    in.getInt(at + 8),
                    in.getInt(at + 12));
            if (table.offset() < 0 || table.length() < 0 || (long) table.offset() + table.length() > font.length) {
                throw new IOException("not a TrueType font: table " + table.tag() + " lies outside the file");
            }
            if (!table.tag().equals(tag)) {
                kept.add(table);
            }
        }
        if (kept.size() == count) {
            return font;
        }

        int size = HEADER + kept.size() * RECORD;
        for (Table table : kept) {
            size += padded(table.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int log2 = 31 - Integer.numberOfLeadingZeros(kept.size());
        out.putInt(in.getInt(0)); // sfnt version
        out.putShort((short) kept.size());
        out.putShort((short) ((1 << log2) * RECORD)); // searchRange
        out.putShort((short) log2); // entrySelector
        out.putShort((short) (kept.size() * RECORD - (1 << log2) * RECORD)); // rangeShift
        int offset = HEADER + kept.size() * RECORD;
        int headOffset = -1;
        for (Table table : kept) {
            out.put(table.tag().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(table.checksum());
            out.putInt(offset);
            out.putInt(table.length());
            out.put(offset, font, table.offset(), table.length());
            if (table.tag().equals("head") && table.length() >= 12) {
                headOffset = offset;
            }
            offset += padded(table.length());
        }
        if (headOffset >= 0) {
            // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
            out.putInt(headOffset + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(headOffset + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
