package org.procsite.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * The sizes of the text a PDF draws, read back from the PDF itself, in pt: what a reader of the
 * printed page gets. {@code glyphs} counts, for each size (rounded to a tenth of a point), the
 * visible glyphs drawn at it; the body size is the one most text is set in.
 *
 * <p>Read from the pages' content streams without laying any text out: the size of each text
 * operator ({@code Tf}, scaled by the text matrix {@code Tm} and the {@code cm} in force), and
 * each string's codes looked up in its font's {@code ToUnicode} map to count only the glyphs that
 * show (spaces do not). A fraction
 * of the time of PDFBox's text extraction, with which the tests check these figures
 * ({@code PrintGateTest}). Text in form XObjects is not seen: neither openhtmltopdf nor
 * Chromium's printing put text there.
 */
public record PrintedText(int pages, Map<Float, Integer> glyphs) {

    public PrintedText {
        glyphs = Map.copyOf(new TreeMap<>(glyphs));
    }

    /** The text sizes of {@code pdf}. */
    public static PrintedText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<Float, Integer> glyphs = new TreeMap<>();
            for (PDPage page : document.getPages()) {
                read(page, glyphs);
            }
            return new PrintedText(document.getNumberOfPages(), glyphs);
        }
    }

    private static void read(PDPage page, Map<Float, Integer> glyphs) throws IOException {
        COSDictionary fonts = page.getResources() == null
                ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
        Map<COSName, Optional<Codes>> maps = new HashMap<>();
        List<COSBase> operands = new ArrayList<>();
        COSName font = null;
        float size = 0;
        float scale = 1; // the text matrix's
        float ctm = 1; // the current transformation matrix's (vertical scale)
        ArrayDeque<Float> saved = new ArrayDeque<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSBase base) {
                operands.add(base);
                continue;
            }
            String op = ((Operator) token).getName();
            switch (op) {
                case "Tf" -> {
                    if (operands.size() == 2
                            && operands.get(0) instanceof COSName name
                            && operands.get(1) instanceof COSNumber n) {
                        font = name;
                        size = n.floatValue();
                    }
                }
                case "Tm" -> {
                    if (operands.size() == 6
                            && operands.get(2) instanceof COSNumber c
                            && operands.get(3) instanceof COSNumber d) {
                        scale = (float) Math.hypot(c.floatValue(), d.floatValue());
                    }
                }
                case "BT" -> scale = 1;
                case "q" -> saved.push(ctm);
                case "Q" -> ctm = saved.isEmpty() ? 1 : saved.pop();
                case "cm" -> {
                    if (operands.size() == 6
                            && operands.get(2) instanceof COSNumber c
                            && operands.get(3) instanceof COSNumber d) {
                        // The vertical scale of the new matrix: the length of its second row.
                        ctm *= (float) Math.hypot(c.floatValue(), d.floatValue());
                    }
                }
                case "Tj", "'", "\"", "TJ" -> {
                    COSName f = font;
                    Optional<Codes> map = maps.computeIfAbsent(f, k -> toUnicode(fonts, k));
                    int shown = 0;
                    for (COSBase operand : operands) {
                        if (operand instanceof COSString text) {
                            shown += visible(text.getBytes(), map);
                        } else if (operand instanceof COSArray array) {
                            for (COSBase item : array) {
                                if (item instanceof COSString text) {
                                    shown += visible(text.getBytes(), map);
                                }
                            }
                        }
                    }
                    if (shown > 0) {
                        glyphs.merge(tenth(size * scale * ctm), shown, Integer::sum);
                    }
                }
                default -> {}
            }
            operands.clear();
        }
    }

    /**
     * What a font's codes show, as far as counting goes: the codes its ToUnicode map gives a blank
     * (a space) or nothing, and how many bytes a code takes (2 in a Type0 font, else 1).
     */
    private record Codes(Set<Integer> blank, int width) {}

    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");

    /**
     * The font's codes, from its ToUnicode map, read as text: {@code bfchar} pairs and
     * {@code bfrange} triples of hex strings (what PDFBox and Chromium write; a range given as an
     * array counts as visible). Empty without a map: then every glyph counts.
     */
    private static Optional<Codes> toUnicode(COSDictionary fonts, COSName name) {
        if (fonts == null || name == null || !(fonts.getDictionaryObject(name) instanceof COSDictionary font)) {
            return Optional.empty();
        }
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return Optional.empty();
        }
        String map;
        try (var in = stream.createInputStream()) {
            map = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Optional.empty();
        }
        int width = COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) ? 2 : 1;
        Set<Integer> blank = new HashSet<>();
        for (String section : map.split("endbf(?:char|range)")) {
            int at = Math.max(section.lastIndexOf("beginbfchar"), section.lastIndexOf("beginbfrange"));
            if (at < 0) {
                continue;
            }
            boolean range = section.startsWith("beginbfrange", at);
            List<String> hex = new ArrayList<>();
            for (String line : section.substring(at).split("\n")) {
                Matcher m = HEX.matcher(line);
                hex.clear();
                while (m.find()) {
                    hex.add(m.group(1));
                }
                if (!range && hex.size() == 2 && isBlank(hex.get(1))) {
                    blank.add(Integer.parseInt(hex.get(0), 16));
                } else if (range && hex.size() == 3 && !line.contains("[")) {
                    int low = Integer.parseInt(hex.get(0), 16);
                    int high = Integer.parseInt(hex.get(1), 16);
                    String first = hex.get(2);
                    for (int code = low; code <= high && code - low < 0x10000; code++) {
                        // One UTF-16 unit, counted up along the range; longer targets show something.
                        boolean blankCode = first.isEmpty()
                                || (first.length() == 4 && isBlank((char) (Integer.parseInt(first, 16) + code - low)));
                        if (blankCode) {
                            blank.add(code);
                        }
                    }
                }
            }
        }
        return Optional.of(new Codes(Set.copyOf(blank), width));
    }

    /** Whether the UTF-16BE hex string {@code hex} is nothing but blanks. */
    private static boolean isBlank(String hex) {
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            if (!isBlank((char) Integer.parseInt(hex.substring(i, i + 4), 16))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** How many glyphs of {@code codes} show something: not spaces. Without a map, every byte counts. */
    private static int visible(byte[] codes, Optional<Codes> map) {
        if (map.isEmpty()) {
            return codes.length;
        }
        int width = map.get().width();
        int shown = 0;
        for (int i = 0; i + width <= codes.length; i += width) {
            int code = 0;
            for (int j = 0; j < width; j++) {
                code = code << 8 | (codes[i + j] & 0xFF);
            }
            if (!map.get().blank().contains(code)) {
                shown++;
            }
        }
        return shown;
    }

    private static float tenth(float size) {
        return BigDecimal.valueOf(size).setScale(1, RoundingMode.HALF_EVEN).floatValue();
    }

    /** The size at which {@code glyph} is drawn, in pt, to a tenth of a point, as PDFBox's text extraction gives it. */
    public static float size(TextPosition glyph) {
        return tenth(glyph.getTextMatrix().getScalingFactorY());
    }

    /** The smallest size of any text drawn. */
    public float smallest() {
        return new TreeMap<>(glyphs).firstKey();
    }

    /** The size the most glyphs are drawn at: the body text's. */
    public float body() {
        return glyphs.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** Every size drawn, smallest first. */
    public List<Float> sizes() {
        return List.copyOf(new TreeMap<>(glyphs).keySet());
    }

    /** {@code 12 pt}, {@code 13.5 pt}: a size as {@code build} says it. */
    public static String pt(float size) {
        return BigDecimal.valueOf(size)
                        .setScale(1, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString() + " pt";
    }
}
