package org.procsite.cli;

import org.procsite.pipeline.ProcedureFile;
import picocli.CommandLine.Parameters;

/** The procedure file argument that every command takes: {@code [FILE]}, default procedure.yaml. */
final class FileOption {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = "procedure.yaml",
            description = "the procedure (default: ${DEFAULT-VALUE})")
    String file;

    ProcedureFile procedure() {
        return ProcedureFile.typed(file);
    }
}
