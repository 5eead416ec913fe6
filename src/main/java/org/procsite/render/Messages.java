package org.procsite.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.check.Translations;

/**
 * The words of the pages that do not come from the procedure ("Retour", "page 1/2"), in the
 * procedure's language, from {@code templates/messages_LANG.properties} (UTF-8). A language
 * without a file falls back to English; a key missing from a translation falls back too.
 */
public final class Messages {

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    public static Messages load(Templates templates, String lang) throws IOException {
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, String> texts = new TreeMap<>(read(templates, "en"));
        String primary = locale.getLanguage();
        if (!primary.equals("en")) {
            try {
                texts.putAll(read(templates, primary));
            } catch (IOException missing) {
                // no translation: English it is (the checker warns with W004)
            }
        }
        return new Messages(locale, Map.copyOf(texts));
    }

    private static Map<String, String> read(Templates templates, String lang) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(templates.text(Translations.fileName(lang))));
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}, with {0}, {1}... filled in exactly as the templates' {@code c.t}
     * and decision.js fill them: in one pass, each {N} with the N-th argument as text, anything
     * else (an apostrophe, a {N} without its argument) kept as written. A missing key is a bug in
     * the templates.
     */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("no message '" + key + "' in templates/messages_*.properties");
        }
        return fill(text, args);
    }

    static String fill(String text, Object... args) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String replacement = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,9})\\}");

    /** Every message, for templates: {@code ${msg["decision.back"]}}. */
    public Map<String, String> all() {
        return texts;
    }
}
