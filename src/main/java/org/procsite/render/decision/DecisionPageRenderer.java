package org.procsite.render.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.procsite.diag.Json;
import org.procsite.render.RenderContext;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;

/**
 * {@code decision.html}: the whole procedure in one self-contained file for a proctor's phone,
 * with what makes it an installable, offline web app once the site is published over http(s):
 * {@code manifest.webmanifest}, its PNG icons and a service worker {@code sw.js} that keeps them.
 * Without JavaScript the page shows every node as a card (a fragment narrows it to one); the
 * script shows one node at a time and adds the cases, the trail, the summary and the wait.
 *
 * <p>The CSS and JS come from {@code templates/decision.css} and {@code templates/decision.js}
 * as they are, and the page's Content-Security-Policy allows exactly those two inline elements,
 * by the SHA-256 of their text, computed here. The data the script needs (the page words and the
 * storage key) sits in a {@code <script type="application/json">} block, which browsers never
 * execute, so the policy does not need to allow it.
 */
public final class DecisionPageRenderer implements Renderer {

    public static final String FILE_NAME = "decision.html";
    public static final String MANIFEST = "manifest.webmanifest";
    public static final String SERVICE_WORKER = "sw.js";

    /** The page words the script needs: every {@code decision.js.*} key, without "decision." in the JSON. */
    private static final String SCRIPT_MESSAGES = "decision.js.";

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        String css = InlineText.css(context.templates().text("decision.css"));
        String js = InlineText.js(context.templates().text("decision.js"));
        requireNoEndTag(css, "style", "decision.css");
        requireNoEndTag(js, "script", "decision.js");

        Map<String, Object> model = new LinkedHashMap<>(context.model());
        model.put("css", css);
        model.put("js", js);
        model.put("csp", contentSecurityPolicy(css, js));
        model.put("data", dataJson(context));
        String html = context.templates().apply("decision.ftlh", model);

        // The hashes are only right if the template printed the texts exactly as hashed.
        if (!html.contains("<style>" + css + "</style>") || !html.contains("<script>" + js + "</script>")) {
            throw new IllegalStateException("decision.ftlh must print <style>${css}</style> and <script>${js}</script> "
                    + "verbatim, or the Content-Security-Policy hashes do not match");
        }
        List<SiteFile> files = new ArrayList<>();
        files.add(new SiteFile(FILE_NAME, html.getBytes(StandardCharsets.UTF_8)));
        files.add(new SiteFile(MANIFEST, manifest(context).getBytes(StandardCharsets.UTF_8)));
        for (AppIcons.Icon icon : AppIcons.all()) {
            files.add(new SiteFile(icon.name(), icon.png()));
        }
        files.add(new SiteFile(SERVICE_WORKER, serviceWorker(context, files).getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(files);
    }

    /**
     * Nothing but the page's own inline style and script, and, once published, its manifest and
     * service worker from its own site; from {@code file://} no request leaves the file (the
     * script adds the manifest and the worker over http(s) only).
     */
    static String contentSecurityPolicy(String css, String js) {
        return "default-src 'none'; script-src '" + sha256(js) + "'; style-src '" + sha256(css)
                + "'; img-src data: 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";
    }

    /** The web app manifest: installable, opening on the decision page, standalone. */
    private static String manifest(RenderContext context) {
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
        m.put("name", context.view().title());
        m.put("short_name", shortName(context.view().title()));
        m.put("lang", context.view().lang());
        m.put("id", FILE_NAME);
        m.put("start_url", FILE_NAME);
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
    static String shortName(String title) {
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

    /** sw.js: the files to keep and a cache named after their bytes, then templates/sw.js. */
    private static String serviceWorker(RenderContext context, List<SiteFile> kept) throws IOException {
        String worker = context.templates().text(SERVICE_WORKER);
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

    /** The CSP source expression for an inline element's text: {@code sha256-BASE64}. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void requireNoEndTag(String text, String tag, String file) {
        if (text.toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
            throw new IllegalStateException(
                    "templates/" + file + " must not contain </" + tag + ": it would end the inline element early");
        }
    }

    /** What the script reads: the title and version for the summary, the start node, the page words, the app's files. */
    private static String dataJson(RenderContext context) {
        Map<String, String> messages = new TreeMap<>();
        context.messages().all().forEach((key, text) -> {
            if (key.startsWith(SCRIPT_MESSAGES)) {
                messages.put(key.substring("decision.".length()), text);
            }
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", context.view().title());
        data.put("version", context.view().version());
        data.put("start", context.procedure().start());
        data.put("msg", messages);
        data.put(
                "app",
                new TreeMap<>(Map.of(
                        "manifest", MANIFEST, "icon", AppIcons.all().get(0).name(), "worker", SERVICE_WORKER)));
        return Json.writeForScript(data);
    }
}
