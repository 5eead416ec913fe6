import java.nio.file.Path;
import java.util.List;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.SiteRenderer;
import org.procsite.write.OutputFolder;
import org.procsite.write.SiteWriter;

/**
 * {@code build} without tutorial.pdf, for bench/build-time.sh to time the PDF's share:
 * {@code java -cp target/procsite.jar bench/BuildWithoutPdf.java procedure.yaml OUT}.
 * The same pipeline as {@code build}, with every renderer but the PDF's.
 */
public class BuildWithoutPdf {
    public static void main(String[] args) throws Exception {
        ProcedureFile file = ProcedureFile.typed(args[0]);
        Compilation compiled = Pipeline.compile(file);
        var site = new Pipeline(SiteRenderer.standard(false))
                .site(compiled.procedure().orElseThrow(), file);
        SiteWriter.write(
                site.values(),
                OutputFolder.choose(
                        Path.of(args[1]),
                        OutputFolder.Surroundings.of(
                                file.path(), List.of(file.templatesFolder(), file.staticFolder()))));
    }
}
