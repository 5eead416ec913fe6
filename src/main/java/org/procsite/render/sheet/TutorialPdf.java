package org.procsite.render.sheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The tutorial's XHTML as an A4 PDF, with openhtmltopdf: DejaVu embedded (subsets), PDF/UA
 * tags, and the same bytes on every build. The creation and modification dates are the
 * procedure's {@code updated} day at midnight UTC, the document id is derived from the markup,
 * and the producer is fixed.
 */
final class TutorialPdf {

    static final String PRODUCER = "procsite";

    /**
     * PDFBox warns on stderr when openhtmltopdf creates its (unused) form-control fonts; nothing
     * below the command line prints, so its font warnings are kept to errors. Held here because
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = quiet("org.apache.pdfbox.pdmodel.font");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private TutorialPdf() {}

    /** Where an element sits after layout: its page, and the room left below it on that page. */
    record Slot(int page, float roomBelowPt, float pageContentHeightPt) {}

    /** Lays the page out without writing a PDF, and tells where the element {@code id} landed. */
    static Slot measure(String xhtml, String id) throws IOException {
        PdfRendererBuilder builder = builder(xhtml, new ArrayList<>());
        builder.usePDDocument(new PDDocument());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            Box box = renderer.getSharedContext().getBoxById(id);
            if (box == null) {
                throw new IOException("the tutorial has no element #" + id);
            }
            float dotsPerPt = renderer.getDotsPerPoint();
            int y = box.getAbsY();
            for (PageBox page : renderer.getRootBox().getLayer().getPages()) {
                if (y >= page.getTop() && y < page.getBottom()) {
                    return new Slot(page.getPageNo() + 1, (page.getBottom() - y) / dotsPerPt,
                            (page.getBottom() - page.getTop()) / dotsPerPt);
                }
            }
            throw new IOException("#" + id + " is on no page");
        }
    }

    /** Page geometry, as in tutorial.css's {@code @page}: A4, 11 mm margins, 15 mm at the foot. */
    static final float PAGE_HEIGHT_PT = 841.89f;
    static final float TOP_MARGIN_PT = 11 * 72 / 25.4f;
    static final float BOTTOM_MARGIN_PT = 15 * 72 / 25.4f;
    static final float CONTENT_WIDTH_PT = (210 - 22) * 72 / 25.4f;

    static byte[] render(String xhtml, LocalDate updated) throws IOException {
        List<String> errors = new ArrayList<>();
        PdfRendererBuilder builder = builder(xhtml, errors);
        PDDocument document = new PDDocument();
        CRC32 crc = new CRC32();
        crc.update(xhtml.getBytes(StandardCharsets.UTF_8));
        document.setDocumentId(crc.getValue());
        builder.usePDDocument(document);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        builder.toStream(out);
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.clear();
        date.set(updated.getYear(), updated.getMonthValue() - 1, updated.getDayOfMonth());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {}

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {}

                @Override
                public void onClose(PdfBoxRenderer r) {
                    PDDocumentInformation info = r.getPdfDocument().getDocumentInformation();
                    info.setCreationDate(date);
                    info.setModificationDate(date);
                    info.setProducer(PRODUCER);
                    info.setCreator(PRODUCER);
                }
            });
            renderer.layout();
            renderer.createPDF();
        }
        if (!errors.isEmpty()) {
            throw new IOException("the PDF could not be made: " + String.join("; ", errors));
        }
        return out.toByteArray();
    }

    private static PdfRendererBuilder builder(String xhtml, List<String> errors) {
        XRLog.setLoggingEnabled(false); // nothing below the command line prints
        PDFBOX_FONTS.getLevel();
        if (!(FontMappers.instance() instanceof NoSystemFonts)) {
            FontMappers.set(new NoSystemFonts());
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        builder.useFont(() -> SheetFonts.openForPdf(SheetFonts.REGULAR), SheetFonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> SheetFonts.openForPdf(SheetFonts.BOLD), SheetFonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> SheetFonts.openForPdf(SheetFonts.OBLIQUE), SheetFonts.FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> SheetFonts.openForPdf(SheetFonts.BOLD_OBLIQUE), SheetFonts.FAMILY, 700, FontStyle.ITALIC, true);
        builder.withDiagnosticConsumer((Diagnostic d) -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(d.getFormattedMessage());
            }
        });
        // The sheet loads nothing from outside: only the data: URI of its QR code.
        builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, "about:blank");
        return builder;
    }
}
