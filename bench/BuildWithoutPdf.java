import java.nio.file.Path;
import java.util.List;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SiteBuild;
import org.procsite.render.SiteRenderer;
import org.procsite.write.OutputFolder;
import org.procsite.write.SiteWriter;

/**
 * {@code build} without its PDFs (the sheet and the poster), for bench/build-time.sh to time
 * their share: compiled against the jar, then {@code java -cp target/procsite.jar:CLASSES
 * BuildWithoutPdf procedure.yaml OUT}. The build's own plan ({@link Pipeline#site}), with every
 * renderer but the PDFs'.
 */
public class BuildWithoutPdf {
    public static void main(String[] args) throws Exception {
        ProcedureSet set = ProcedureSet.typed(List.of(args[0]));
        SiteBuild site = new Pipeline(SiteRenderer.standard(false)).site(Pipeline.compile(set));
        SiteWriter.write(
                site.files().values(),
                OutputFolder.choose(
                        Path.of(args[1]),
                        OutputFolder.Surroundings.of(
                                set.procedures().get(0).file().path(),
                                List.of(set.templatesFolder(), set.staticFolder()))));
    }
}
