package org.handout.render;

import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tags a language's data (fonts, page words) is looked up by, most specific first: the whole
 * tag, language-script (the script taken from CLDR's likely subtags when the tag has none, so
 * zh-TW finds zh-Hant and zh finds zh-Hans), language-region and the language alone.
 */
final class LanguageTags {
    private LanguageTags() {
    }

    static List<String> candidates(Locale language) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(language.toLanguageTag());
        String script = language.getScript().isEmpty()
                ? ULocale.addLikelySubtags(ULocale.forLocale(language)).getScript() : language.getScript();
        if (!script.isEmpty()) {
            tags.add(language.getLanguage() + "-" + script);
        }
        if (!language.getCountry().isEmpty()) {
            tags.add(language.getLanguage() + "-" + language.getCountry());
        }
        tags.add(language.getLanguage());
        return List.copyOf(tags);
    }
}
