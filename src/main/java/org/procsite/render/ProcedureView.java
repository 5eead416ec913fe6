package org.procsite.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.procsite.model.Choice;
import org.procsite.model.Contact;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.NodeType;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Section;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/**
 * The procedure as templates see it: plain values, no Optional and no null but for
 * {@code NodeView.contact}. Fields named {@code ...Html} hold sanitised HTML from
 * {@link MarkdownText}, which templates print with {@code ?no_esc}; every other string is
 * plain text that templates escape. Built once per build and shared by every page.
 * {@code types} names every node type in order, for legends (each type's word is
 * {@code msg["sheet.kind." + type]}, its CSS class the type itself).
 */
public record ProcedureView(
        String lang,
        String title,
        String titleHtml,
        String summaryHtml,
        String summary,
        String version,
        String updated,
        String siteUrl,
        ContactView contact,
        List<SectionView> sections,
        String start,
        List<NodeView> nodes,
        List<String> types) {

    public record ContactView(String id, String name, String phone, String tel) {
        static ContactView of(Contact c) {
            return new ContactView(c.id(), c.name(), c.phone(), c.telUri());
        }
    }

    /** @param titleHtml empty for the nodes outside every section */
    public record SectionView(String id, String titleHtml, List<NodeView> nodes) {}

    public record ChoiceView(String label, String labelHtml, String next, int nextNumber) {}

    /**
     * @param next for a step or wait, the node that follows; "" otherwise
     * @param slots for a wait, the update times in the hour, e.g. "hh:00, hh:15, hh:30, hh:45"
     * @param slotMinutes for a wait, the minutes of those times, e.g. ["00", "15", "30", "45"]
     */
    public record NodeView(
            String id,
            int number,
            String type,
            String title,
            String titleHtml,
            String textHtml,
            List<String> stepsHtml,
            List<ChoiceView> choices,
            String next,
            int nextNumber,
            int everyMinutes,
            String slots,
            List<String> slotMinutes,
            ContactView contact) {}

    public static ProcedureView of(Procedure p, MarkdownText md, Messages messages) {
        Map<String, Node> byId = p.nodes();
        List<NodeView> nodes =
                p.nodesInOrder().stream().map(n -> node(n, byId, md)).toList();
        Map<String, NodeView> views = nodes.stream().collect(Collectors.toMap(NodeView::id, v -> v));
        List<SectionView> sections = new ArrayList<>();
        for (Section s : p.sections()) {
            sections.add(new SectionView(
                    s.id(),
                    md.inline(s.title()),
                    p.nodesIn(s).stream().map(n -> views.get(n.id())).toList()));
        }
        List<Node> outside = p.nodesWithoutSection();
        if (!outside.isEmpty()) {
            sections.add(new SectionView(
                    "", "", outside.stream().map(n -> views.get(n.id())).toList()));
        }
        String updated = p.updated()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
        return new ProcedureView(
                p.lang(),
                md.plain(p.title()),
                md.inline(p.title()),
                p.summary().map(md::block).orElse(""),
                p.summary().map(s -> org.jsoup.Jsoup.parse(md.block(s)).text()).orElse(""),
                p.version(),
                updated,
                p.siteUrl().orElse(""),
                ContactView.of(p.primaryContact()),
                sections,
                p.start(),
                nodes,
                NodeType.names());
    }

    private static NodeView node(Node n, Map<String, Node> byId, MarkdownText md) {
        Own own = switch (n.type()) {
            case QUESTION -> {
                Question q = (Question) n;
                yield Own.NONE.withChoices(
                        q.choices().stream().map(c -> choice(c, byId, md)).toList());
            }
            case STEP -> {
                Step s = (Step) n;
                yield Own.NONE.withSteps(s.steps().stream().map(md::inline).toList(), s.next());
            }
            case WAIT -> {
                Wait w = (Wait) n;
                yield Own.NONE
                        .withSteps(w.steps().stream().map(md::inline).toList(), w.next())
                        .withWait(w.everyMinutes(), String.join(", ", slotLabels(w)), slotMinutes(w));
            }
            case SUCCESS -> Own.NONE;
            case ESCALATION -> Own.NONE.withContact(ContactView.of(((Escalation) n).contact()));
        };
        return new NodeView(
                n.id(),
                n.number(),
                n.typeName(),
                md.plain(n.title()),
                md.inline(n.title()),
                n.text().map(md::block).orElse(""),
                own.stepsHtml(),
                own.choices(),
                own.next(),
                own.next().isEmpty() ? 0 : byId.get(own.next()).number(),
                own.everyMinutes(),
                own.slots(),
                own.slotMinutes(),
                own.contact());
    }

    /** The fields of a {@link NodeView} that only some types fill; {@link #NONE} for the others. */
    private record Own(
            List<String> stepsHtml,
            List<ChoiceView> choices,
            String next,
            int everyMinutes,
            String slots,
            List<String> slotMinutes,
            ContactView contact) {

        static final Own NONE = new Own(List.of(), List.of(), "", 0, "", List.of(), null);

        Own withChoices(List<ChoiceView> choices) {
            return new Own(stepsHtml, choices, next, everyMinutes, slots, slotMinutes, contact);
        }

        Own withSteps(List<String> stepsHtml, String next) {
            return new Own(stepsHtml, choices, next, everyMinutes, slots, slotMinutes, contact);
        }

        Own withWait(int everyMinutes, String slots, List<String> slotMinutes) {
            return new Own(stepsHtml, choices, next, everyMinutes, slots, slotMinutes, contact);
        }

        Own withContact(ContactView contact) {
            return new Own(stepsHtml, choices, next, everyMinutes, slots, slotMinutes, contact);
        }
    }

    private static ChoiceView choice(Choice c, Map<String, Node> byId, MarkdownText md) {
        return new ChoiceView(
                md.plain(c.label()),
                md.inline(c.label()),
                c.next(),
                byId.get(c.next()).number());
    }

    /**
     * A wait's update times as clock minutes, the same on every page: "hh:00", "hh:15"... The
     * one place they are written; the phone page words them with {@code decision.wait.slot}.
     */
    public static List<String> slotLabels(Wait wait) {
        return slotMinutes(wait).stream().map(m -> "hh:" + m).toList();
    }

    /** The minutes past the hour of a wait's updates, two ASCII digits each: "00", "15"... */
    public static List<String> slotMinutes(Wait wait) {
        return wait.slots().stream()
                .map(m -> String.format(Locale.ROOT, "%02d", m))
                .toList();
    }
}
