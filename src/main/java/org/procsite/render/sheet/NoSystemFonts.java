package org.procsite.render.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's answer when something asks for a font the PDF does not embed (openhtmltopdf creates
 * Helvetica and ZapfDingbats objects for form controls the sheet never has): DejaVu, always.
 * Without it PDFBox scans every font of the machine on first use (about a second) and writes a
 * cache into the user's home. The sheet embeds all its fonts, so this substitute is never drawn.
 */
final class NoSystemFonts implements FontMapper {

    private volatile TrueTypeFont font;

    private TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    try (InputStream in = SheetFonts.open(SheetFonts.REGULAR)) {
                        font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                f = font;
            }
        }
        return f;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
