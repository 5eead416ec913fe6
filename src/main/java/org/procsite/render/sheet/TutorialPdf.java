package org.procsite.render.sheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.resource.XMLResource;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A page's XHTML (the A4 sheet, the A3 poster) as a PDF, with openhtmltopdf: DejaVu embedded (subsets), PDF/UA
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

    /** Where the element {@code id} landed in the renderer's layout. */
    private static Slot slot(PdfBoxRenderer renderer, String id) throws IOException {
        Box box = renderer.getSharedContext().getBoxById(id);
        if (box == null) {
            throw new IOException("the tutorial has no element #" + id);
        }
        float dotsPerPt = renderer.getDotsPerPoint();
        int y = box.getAbsY();
        for (PageBox page : renderer.getRootBox().getLayer().getPages()) {
            if (y >= page.getTop() && y < page.getBottom()) {
                return new Slot(
                        page.getPageNo() + 1,
                        (page.getBottom() - y) / dotsPerPt,
                        (page.getBottom() - page.getTop()) / dotsPerPt);
            }
        }
        throw new IOException("#" + id + " is on no page");
    }

    /** The page to print, made once the probe's slot is known. */
    interface FinalPage {
        String xhtml(Slot slot) throws IOException;
    }

    /** What {@link #measureAndRender} made: where the slot was, the page printed, its PDF. */
    record Measured(Slot slot, String xhtml, byte[] pdf) {}

    /**
     * Lays {@code probe} out, tells {@code finalPage} where its element {@code id} landed, and
     * makes the PDF of the page it returns, with one renderer: the fonts, the styles and the
     * parsed markup of the probe are kept, and only the element where the final page differs
     * from the probe (the flowchart) is swapped in before the second layout. If the pages differ
     * in more than one place, the final page gets a renderer of its own. Either way the PDF is the
     * one {@link #render} makes of the final page, byte for byte (tested).
     */
    static Measured measureAndRender(String probe, String id, FinalPage finalPage, LocalDate updated)
            throws IOException {
        List<String> errors = new ArrayList<>();
        PdfRendererBuilder builder = builder(probe, errors);
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        builder.toStream(out);
        Slot slot;
        String xhtml;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            slot = slot(renderer, id);
            xhtml = finalPage.xhtml(slot);
            Document page = renderer.getDocument();
            Document printed =
                    XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
            MarkupDiff.Change change = MarkupDiff.onlyChange(page.getDocumentElement(), printed.getDocumentElement());
            if (change != null && change.from() != page.getDocumentElement()) {
                change.from().getParentNode().replaceChild(page.importNode(change.to(), true), change.from());
                errors.clear(); // the probe's own messages: the final layout reports its own
                document.setDocumentId(documentId(xhtml));
                renderer.setListener(fixedDates(updated));
                renderer.layout();
                renderer.createPDF();
                if (!errors.isEmpty()) {
                    throw new IOException("the PDF could not be made: " + String.join("; ", errors));
                }
                return new Measured(slot, xhtml, out.toByteArray());
            }
        }
        document.close();
        return new Measured(slot, xhtml, render(xhtml, updated));
    }

    static byte[] render(String xhtml, LocalDate updated) throws IOException {
        List<String> errors = new ArrayList<>();
        PdfRendererBuilder builder = builder(xhtml, errors);
        PDDocument document = new PDDocument();
        document.setDocumentId(documentId(xhtml));
        builder.usePDDocument(document);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(fixedDates(updated));
            renderer.layout();
            renderer.createPDF();
        }
        if (!errors.isEmpty()) {
            throw new IOException("the PDF could not be made: " + String.join("; ", errors));
        }
        return out.toByteArray();
    }

    /** The PDF's document id: derived from the markup, so the same page gives the same bytes. */
    private static long documentId(String xhtml) {
        CRC32 crc = new CRC32();
        crc.update(xhtml.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Dates and producer fixed just before the PDF is saved: the procedure's day, at midnight UTC. */
    private static PDFCreationListener fixedDates(LocalDate updated) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.clear();
        date.set(updated.getYear(), updated.getMonthValue() - 1, updated.getDayOfMonth());
        return new PDFCreationListener() {
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
        };
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
        builder.useFont(
                () -> SheetFonts.openForPdf(SheetFonts.REGULAR), SheetFonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> SheetFonts.openForPdf(SheetFonts.BOLD), SheetFonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(
                () -> SheetFonts.openForPdf(SheetFonts.OBLIQUE), SheetFonts.FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(
                () -> SheetFonts.openForPdf(SheetFonts.BOLD_OBLIQUE), SheetFonts.FAMILY, 700, FontStyle.ITALIC, true);
        builder.withDiagnosticConsumer((Diagnostic d) -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(d.getFormattedMessage());
            }
        });
        // The sheet loads nothing from outside: only the data: URI of its QR code.
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, "about:blank");
        return builder;
    }
}
