package org.procsite.check;

import java.util.function.Consumer;
import org.procsite.diag.Diagnostic;

/** One rule of a well-formed procedure. Each rule reports under its own codes and nothing else. */
interface Rule {

    void check(CheckContext context, Consumer<Diagnostic> report);
}
