package org.procsite.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.procsite.model.Procedure;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.SiteFile;
import org.procsite.write.OutputFolder;
import org.procsite.write.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code procsite build [FILE] [--out DIR]}: check, render everything in memory, then swap it in. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate the procedure, then write the site. With any error, nothing is written."
                + " The output folder is replaced only if it is absent, empty, or a site procsite wrote.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "the site folder, replaced as a whole (default: ${DEFAULT-VALUE});"
                    + " files to publish with it go in static/ next to the procedure")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProcedureFile source = file.procedure();
        Compilation c = VersionCheck.added(Pipeline.compile(source), source);
        Summary.printDiagnostics(c, spec.commandLine().getErr());
        if (c.procedure().isEmpty()) {
            spec.commandLine().getErr().println(source.displayName() + ": nothing was written to " + out);
            return ExitCode.INVALID;
        }
        Procedure procedure = c.procedure().get();
        // Where the site may go is settled before any work; after the swap, the writer deletes only what
        // still matches what was checked here.
        OutputFolder target = OutputFolder.choose(
                out,
                OutputFolder.Surroundings.of(source.path(), List.of(source.templatesFolder(), source.staticFolder())));
        Map<String, SiteFile> site = Pipeline.standard().site(procedure, source);
        SiteWriter.write(site.values(), target);
        spec.commandLine().getOut().println(Summary.okLine(source.displayName(), procedure));
        spec.commandLine().getOut().println("wrote " + out + "/: " + String.join(", ", site.keySet()));
        PrintedSheetReport.print(
                c, site, spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCode.OK;
    }
}
