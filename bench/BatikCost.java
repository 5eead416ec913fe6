import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What drawing the flowchart through Batik would cost: renders one A4 page holding
 * flowchart.svg inline ("svg", with openhtmltopdf's Batik drawer) or the same page without it
 * ("none"). Run each on a cold JVM: java -cp target/procsite.jar bench/BatikCost.java svg site/flowchart.svg
 */
public class BatikCost {
    public static void main(String[] args) throws Exception {
        String svg = Files.readString(Path.of(args[1])).replaceFirst("<\\?xml[^>]*>", "");
        String body = args[0].equals("svg") ? svg : "<p>no drawing</p>";
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
                + "<style>@page { size: A4 } svg { width: 180mm; height: auto }</style></head><body>" + body + "</body></html>";
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        if (args[0].equals("svg")) {
            b.useSVGDrawer(new BatikSVGDrawer());
        }
        b.withHtmlContent(xhtml, "about:blank");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.toStream(out);
        b.run();
        System.out.println(args[0] + ": " + out.size() + " bytes");
    }
}
