package org.procsite.check;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftNode;
import org.procsite.model.NodeType;
import org.procsite.model.SourcePos;

/**
 * E015: each type has its own keys. An end has no 'next' or 'choices' (it ends the procedure),
 * a question leads on through its choices only, and so on.
 */
final class KeysAllowedByType implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.KEY_NOT_ALLOWED);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            context.typeOf(node).ifPresent(type -> {
                for (Map.Entry<String, SourcePos> key : node.keys().entrySet()) {
                    if (!type.allows(key.getKey())) {
                        report.accept(Diagnostic.of(
                                Code.KEY_NOT_ALLOWED,
                                key.getValue(),
                                type.article() + " node cannot have '" + key.getKey() + "'",
                                hint(type, key.getKey())));
                    }
                }
            });
        }
    }

    private static String hint(NodeType type, String key) {
        if (type.isEnd()) {
            return type.article() + " ends the procedure: remove '" + key + "', or make this node a step or question";
        }
        return switch (key) {
            case "choices" -> "only a question has choices: make it a question, or use one 'next'";
            case "next" -> "a question leads on through its choices: remove 'next'";
            case "every_minutes" -> "only a wait has 'every_minutes': make it a wait, or remove the key";
            case "contact" -> "only an escalation names a contact";
            case "steps" -> "only a step or a wait has a checklist: move it into 'text'";
            default -> "remove '" + key + "'";
        };
    }
}
