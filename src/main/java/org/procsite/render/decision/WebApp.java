package org.procsite.render.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.procsite.diag.Json;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;
import org.procsite.render.sheet.SheetRenderer;

/**
 * What makes a site an installable, offline web app once it is published over http(s): the
 * manifest, its PNG icons, and a service worker that keeps the pages a proctor opens on a phone
 * ({@link #PROCTOR_PAGES} of each procedure, and the list of a site of several). A site of one
 * procedure opens on its decision page; a site of several, on the list of them.
 */
public final class WebApp {

    public static final String MANIFEST = "manifest.webmanifest";
    public static final String SERVICE_WORKER = "sw.js";

    /**
     * The pages of one procedure that a proctor opens, as named in its folder, which the worker
     * keeps for airplane mode: the phone page, the landing page, the printable sheet and its PDF
     * (the landing page says the PDF works without network).
     */
    public static final List<String> PROCTOR_PAGES =
            List.of(DecisionPageRenderer.FILE_NAME, IndexPageRenderer.FILE_NAME, SheetRenderer.HTML, SiteRenderer.PDF);

    private WebApp() {}

    /**
     * The {@link #PROCTOR_PAGES} that {@code pages} has, in that order: all of them in a build;
     * in the first stage of a preview, not yet the PDF.
     *
     * @param pages one procedure's pages, by their names in its folder
     */
    public static List<SiteFile> proctorPages(Map<String, SiteFile> pages) {
        return PROCTOR_PAGES.stream().filter(pages::containsKey).map(pages::get).toList();
    }

    /**
     * The manifest, its icons and the worker that keeps {@code pages} and them.
     *
     * @param name the app's name
     * @param shortName the name under the icon, which phones cut at about 12 characters
     * @param startPage the page the app opens on, also its id
     * @param pages the pages to keep for airplane mode, the start page among them
     */
    public static List<SiteFile> files(
            String name, String shortName, String lang, String startPage, List<SiteFile> pages, Templates templates)
            throws IOException {
        List<SiteFile> files = new ArrayList<>(pages);
        files.add(new SiteFile(
                MANIFEST, manifest(name, shortName, lang, startPage).getBytes(StandardCharsets.UTF_8)));
        for (AppIcons.Icon icon : AppIcons.all()) {
            files.add(new SiteFile(icon.name(), icon.png()));
        }
        files.add(new SiteFile(SERVICE_WORKER, serviceWorker(templates, files).getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(files.subList(pages.size(), files.size()));
    }

    /** The web app manifest: installable, opening on {@code startPage}, standalone. */
    private static String manifest(String name, String shortName, String lang, String startPage) {
        List<Object> icons = new ArrayList<>();
        for (AppIcons.Icon icon : AppIcons.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("src", icon.name());
            entry.put("sizes", icon.size() + "x" + icon.size());
            entry.put("type", "image/png");
            entry.put("purpose", icon.purpose());
            icons.add(entry);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("short_name", shortName);
        m.put("lang", lang);
        m.put("id", startPage);
        m.put("start_url", startPage);
        m.put("scope", "./");
        m.put("display", "standalone");
        m.put("theme_color", AppIcons.BLUE);
        m.put("background_color", "#ffffff");
        m.put("icons", icons);
        return Json.writeForScript(m) + "\n";
    }

    /**
     * The name under the home-screen icon, which phones cut at about 12 characters: the title if
     * short, else its last part ("Procédure – urgence – connexion": "connexion"), else its start.
     */
    public static String shortName(String title) {
        if (title.codePointCount(0, title.length()) <= 15) {
            return title;
        }
        String[] parts = title.split("\\s+[–—:-]\\s+|:\\s+");
        String last = parts[parts.length - 1].strip();
        if (parts.length > 1 && !last.isEmpty() && last.codePointCount(0, last.length()) <= 15) {
            return last;
        }
        return title.substring(0, title.offsetByCodePoints(0, 14)).strip() + "…";
    }

    /**
     * sw.js: the files to keep and a cache named after their bytes, then templates/sw.js.
     *
     * <p>The hash is over the bytes of every file kept, the PDF included, so the worker is made
     * last ({@link org.procsite.render.Renderer#finish}, after the slow outputs): a change that
     * reaches only the PDF (a font, the print CSS, a new procsite) still gives a new worker,
     * whose install fetches every file afresh. A hash of the procedure's source would miss
     * those, and phones would keep the old PDF offline until it was opened with the network.
     */
    private static String serviceWorker(Templates templates, List<SiteFile> kept) throws IOException {
        String worker = templates.text(SERVICE_WORKER);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Object> names = new ArrayList<>();
            for (SiteFile file : kept) {
                names.add(file.name());
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update(file.bytes());
            }
            digest.update(worker.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest.digest(), 0, 8);
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("hash", hash);
            site.put("files", names);
            return "var SITE = " + Json.writeForScript(site) + ";\n" + worker;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
