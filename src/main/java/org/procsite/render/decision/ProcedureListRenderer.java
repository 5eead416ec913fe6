package org.procsite.render.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.procsite.render.Messages;
import org.procsite.render.PrintedPages;
import org.procsite.render.ProcedureView;
import org.procsite.render.SchemaRenderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.Templates;

/**
 * The root of a site of several procedures: {@code index.html}, which lists them (title,
 * summary, version, date, and links to each one's phone page and sheet) and is the start
 * screen of the installed app; the web app that keeps it and every procedure's pages a proctor
 * opens (phone page, landing page, sheet and PDF) for airplane mode; and the one
 * {@code procedure.schema.json}.
 */
public final class ProcedureListRenderer {

    public static final String FILE_NAME = "index.html";

    /**
     * One procedure of the list, as rendered in its folder.
     *
     * @param printed the PDF's page count
     * @param proctorPages its {@link WebApp#PROCTOR_PAGES} as rendered, named as in the site
     *     ({@code connexion/decision.html}), which the app keeps for airplane mode
     */
    public record Listed(
            SitePlace place,
            ProcedureView view,
            LocalDate updated,
            Optional<PrintedPages> printed,
            List<SiteFile> proctorPages) {

        public Listed {
            proctorPages = List.copyOf(proctorPages);
        }

        /**
         * What the template reads of it: {@code folder}, {@code p}, {@code updated} (the date in
         * the list's language, which may not be the procedure's), {@code printed} if known.
         */
        Map<String, Object> model(Messages messages) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("folder", place.folder());
            model.put("p", view);
            model.put(
                    "updated",
                    updated.format(
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())));
            printed.ifPresent(pages -> model.put("printed", pages));
            return model;
        }
    }

    private ProcedureListRenderer() {}

    /** The files at the site's root, named as they are there. */
    public static List<SiteFile> render(List<Listed> procedures, Templates templates) throws IOException {
        String lang = mostCommonLang(procedures);
        Messages messages = Messages.load(templates, lang);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("msg", messages.all());
        model.put("procedures", procedures.stream().map(p -> p.model(messages)).toList());
        String html = templates.apply("procedures.ftlh", model);
        SiteFile index = new SiteFile(FILE_NAME, html.getBytes(StandardCharsets.UTF_8));

        List<SiteFile> kept = new ArrayList<>(List.of(index));
        procedures.forEach(p -> kept.addAll(p.proctorPages()));
        List<SiteFile> files = new ArrayList<>(List.of(index));
        files.addAll(WebApp.files(
                messages.get("procedures.title"), messages.get("procedures.short"), lang, FILE_NAME, kept, templates));
        files.add(new SiteFile(SchemaRenderer.FILE_NAME, SchemaRenderer.bytes()));
        return List.copyOf(files);
    }

    /** The language most of the procedures are in; of two as common, the first procedure's. */
    static String mostCommonLang(List<Listed> procedures) {
        Map<String, Long> counts = procedures.stream()
                .collect(Collectors.groupingBy(p -> p.view().lang(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue))
                .map(Map.Entry::getKey)
                .orElse("en");
    }
}
