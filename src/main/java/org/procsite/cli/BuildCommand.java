package org.procsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.procsite.check.SharedContacts;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureBuild;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SetCompilation;
import org.procsite.pipeline.SiteBuild;
import org.procsite.pipeline.VersionCheck;
import org.procsite.write.OutputFolder;
import org.procsite.write.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code procsite build [FILE...] [--out DIR]}: check every procedure, render the whole site in
 * memory, then swap it in; with an error in any file, nothing is written.
 */
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
        ProcedureSet set = file.set();
        SetCompilation c = VersionCheck.added(Pipeline.compile(set));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary.printDiagnostics(c.diagnostics(), err);
        if (!c.valid()) {
            for (SetCompilation.Entry e : c.procedures()) {
                if (e.compilation().procedure().isEmpty()) {
                    err.println(e.compilation().displayName() + ": nothing was written to " + out);
                }
            }
            c.contacts()
                    .filter(SharedContacts.Checked::hasErrors)
                    .ifPresent(shared -> err.println(shared.contacts().fileName() + ": nothing was written to " + out));
            err.flush();
            return ExitCode.INVALID;
        }
        // Where the site may go is settled before any work; after the swap, the writer deletes only what
        // still matches what was checked here.
        for (String mended : SiteWriter.mend(out)) {
            err.println("procsite: note: " + mended);
        }
        err.flush();
        OutputFolder target = OutputFolder.choose(out, surroundings(set));
        SiteBuild site = Pipeline.standard().site(c);
        SiteWriter.write(site.files().values(), target);
        Summary.printOkLines(c, stdout);
        stdout.println("wrote " + out + "/: " + String.join(", ", site.files().keySet()));
        for (ProcedureBuild built : site.procedures()) {
            PrintedSheetReport.print(built, stdout, err);
        }
        return ExitCode.OK;
    }

    /**
     * What the site may neither replace nor hold: the procedures' folder; nor be put into: what
     * the build reads. A site inside the procedures' folder is fine: only its files are read.
     */
    private static OutputFolder.Surroundings surroundings(ProcedureSet set) {
        return OutputFolder.Surroundings.of(
                set.procedures().get(0).file().path(), List.of(set.templatesFolder(), set.staticFolder()));
    }
}
