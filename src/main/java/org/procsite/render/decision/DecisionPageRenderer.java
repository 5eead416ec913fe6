package org.procsite.render.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
 * with what makes it and the other pages a proctor opens an installable, offline web app once the
 * site is published over http(s) ({@link WebApp}, made last by {@link #finish}; in a site of
 * several procedures, the one at the site's root).
 * Without JavaScript the page shows every node as a card (a fragment narrows it to one); the
 * script shows one node at a time and adds the cases, the trail, the summary and the wait.
 *
 * <p>The CSS and JS come from {@code templates/decision.css}, {@code templates/decision-model.js}
 * (the page's state machine) and {@code templates/decision.js} (its shell) as they are, and the page's Content-Security-Policy allows exactly those two inline elements,
 * by the SHA-256 of their text, computed here. The data the script needs (the page words and the
 * storage key) sits in a {@code <script type="application/json">} block, which browsers never
 * execute, so the policy does not need to allow it.
 */
public final class DecisionPageRenderer implements Renderer {

    public static final String FILE_NAME = "decision.html";

    /** The page words the script needs: every {@code decision.js.*} key, without "decision." in the JSON. */
    private static final String SCRIPT_MESSAGES = "decision.js.";

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        String css = InlineText.css(context.templates().text("decision.css"));
        // The state machine first, then the shell that drives it: one script, one hash.
        String js = InlineText.js(context.templates().text("decision-model.js") + "\n"
                + context.templates().text("decision.js"));
        requireNoEndTag(css, "style", "decision.css");
        requireNoEndTag(js, "script", "decision-model.js or decision.js");

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
        return List.of(new SiteFile(FILE_NAME, html.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The web app of a site of one procedure, made once every page it keeps is made (the PDF
     * too: the worker's cache is named after their bytes). A site of several has its web app at
     * its root, with the list of them.
     */
    @Override
    public List<SiteFile> finish(RenderContext context, Map<String, SiteFile> site) throws IOException {
        if (context.place().inFolder()) {
            return List.of();
        }
        return WebApp.files(
                context.view().title(),
                WebApp.shortName(context.view().title()),
                context.view().lang(),
                FILE_NAME,
                WebApp.proctorPages(site),
                context.templates());
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
        String root = context.place().toRoot();
        data.put(
                "app",
                new TreeMap<>(Map.of(
                        "manifest",
                        root + WebApp.MANIFEST,
                        "icon",
                        root + AppIcons.all().get(0).name(),
                        "worker",
                        root + WebApp.SERVICE_WORKER)));
        return Json.writeForScript(data);
    }
}
