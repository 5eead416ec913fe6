package org.procsite.cli;

import java.io.IOException;
import java.util.List;
import org.procsite.pipeline.ProcedureSet;
import picocli.CommandLine.Parameters;

/**
 * The procedures that every command takes: {@code [FILE...]}. None: {@code procedure.yaml}, or
 * every procedure of {@code procedures/} when there is no {@code procedure.yaml}; a folder, or
 * several files, make a site of several (see {@link ProcedureSet}).
 */
final class FileOption {

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "the procedure (default: procedure.yaml, or else every procedure in procedures/);"
                    + " a folder of procedures, or several files, for a site of several")
    List<String> files = List.of();

    ProcedureSet set() throws IOException {
        return ProcedureSet.typed(files == null ? List.of() : files);
    }
}
