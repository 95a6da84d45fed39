package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML checks after axe-core's rules: once where each must fire, once where it must not. */
class HtmlHeuristicsTest {

    /** A well-formed page around the given main content. */
    private static String page(String main) {
        return "<!doctype html><html lang=en><head><title>Understanding relapse</title></head><body>"
                + "<a href=#main>Skip to content</a><main id=main><h1>Understanding relapse</h1>" + main + "</main></body></html>";
    }

    private static Inspection inspect(String html) {
        return HtmlInspector.inspect(Jsoup.parse(html));
    }

    private static List<String> ids(String html) {
        Inspection inspection = inspect(html);
        List<Finding> findings = new ArrayList<>(inspection.formatFindings());
        findings.addAll(StructureHeuristics.of(inspection.tree()));
        return findings.stream().map(Finding::id).toList();
    }

    @Test
    void wellFormedPageHasNoFindings() {
        assertThat(ids(page("<p>Text</p>"))).isEmpty();
    }

    @Test
    void pageWithoutLanguage() {
        assertThat(ids(page("<p>Text</p>").replace(" lang=en", ""))).contains("document.lang-missing");
        assertThat(ids(page("<p>Text</p>"))).doesNotContain("document.lang-missing");
    }

    @Test
    void pageWithoutTitle() {
        assertThat(ids(page("<p>Text</p>").replace("<title>Understanding relapse</title>", ""))).contains("document.title-missing");
        assertThat(ids(page("<p>Text</p>"))).doesNotContain("document.title-missing");
    }

    @Test
    void severalH1() {
        assertThat(ids(page("<h1>Again</h1>"))).contains("heading.several-h1");
        assertThat(ids(page("<h2>Why</h2>"))).doesNotContain("heading.several-h1");
    }

    @Test
    void noH1() {
        assertThat(ids(page("<p>Text</p>").replace("<h1>Understanding relapse</h1>", "<h2>Understanding</h2>")))
                .contains("heading.no-h1");
    }

    @Test
    void headingOrder() {
        assertThat(ids(page("<h3>Why</h3>"))).contains("heading.skipped-level");
        assertThat(ids(page("<h2>Why</h2><h3>How</h3><div role=heading aria-level=2>Where</div>")))
                .doesNotContain("heading.skipped-level");
    }

    @Test
    void emptyHeading() {
        assertThat(ids(page("<h2> </h2>"))).contains("heading.empty");
        assertThat(ids(page("<h2>Why</h2>"))).doesNotContain("heading.empty");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<img src=a.png alt='A nurse at the desk'>|A nurse at the desk",
        "<img src=a.png aria-label='A nurse at the desk'>|A nurse at the desk",
        "<span id=cap>A nurse at the desk</span><img src=a.png aria-labelledby=cap>|A nurse at the desk",
        "<img src=a.png title='A nurse at the desk'>|A nurse at the desk",
        "<div role=img aria-label='A nurse at the desk'></div>|A nurse at the desk",
        "<svg role=img><title>A nurse at the desk</title></svg>|A nurse at the desk",
        "<input type=image src=go.png alt='Search'>|Search",
        "<map name=m><area href=/a alt='Clinic entrance'></map>|Clinic entrance"})
    void imageNamedThisWayHasThatName(String markup, String name) {
        Inspection inspection = inspect(page(markup));
        assertThat(inspection.tree().root().all(Role.FIGURE)).extracting(AccessibleNode::name).containsExactly(name);
        assertThat(ids(page(markup))).doesNotContain("figure.alt-missing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<img src=a.png>",
        "<img src=a.png aria-labelledby=nowhere>",
        "<div role=img></div>",
        "<svg role=img><rect width=4 height=4></rect></svg>",
        "<input type=image src=go.png>",
        "<map name=m><area href=/a></map>"})
    void imageWithoutAnyNameIsFound(String markup) {
        assertThat(ids(page(markup))).contains("figure.alt-missing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<img src=a.png alt=''>", "<img src=a.png role=presentation>", "<img src=a.png aria-hidden=true>"})
    void decorativeImageIsNeitherFoundNorAnnounced(String markup) {
        Inspection inspection = inspect(page(markup));
        assertThat(inspection.tree().root().all(Role.FIGURE)).isEmpty();
        assertThat(ids(page(markup))).doesNotContain("figure.alt-missing");
    }

    @Test
    void linkWithoutAName() {
        assertThat(ids(page("<p><a href=/help></a></p>"))).contains("link.name-missing");
        assertThat(ids(page("<p><a href=/help><img src=h.png alt='Help for families'></a></p>"))).doesNotContain("link.name-missing");
        assertThat(ids(page("<p><a href=/help aria-label='Help for families'></a></p>"))).doesNotContain("link.name-missing");
    }

    @Test
    void vagueLinkText() {
        assertThat(ids(page("<p>For help <a href=/help>click here</a>.</p>"))).contains("link.vague-text");
        assertThat(ids(page("<p><a href=/help>Help for families</a></p>"))).doesNotContain("link.vague-text");
    }

    @Test
    void tableWithoutHeaderCells() {
        assertThat(ids(page("<table><tr><td>Day</td><td>Dose</td></tr></table>"))).contains("table.no-header-cells");
        assertThat(ids(page("<table><tr><th>Day</th><th>Dose</th></tr><tr><td>Mon</td><td>1</td></tr></table>")))
                .doesNotContain("table.no-header-cells");
    }

    @Test
    void pageWithoutMainLandmark() {
        String noMain = "<!doctype html><html lang=en><title>T</title><body><h1>T</h1><p>Text</p></body></html>";
        assertThat(ids(noMain)).contains("landmark.main-missing");
        assertThat(ids(page("<p>Text</p>"))).doesNotContain("landmark.main-missing");
    }

    @Test
    void textOutsideEveryLandmark() {
        assertThat(ids(page("<p>Text</p>").replace("</body>", "<div>Call us today</div></body>")))
                .contains("landmark.content-outside");
        assertThat(ids(page("<p>Text</p>").replace("</body>", "<footer>Call us today</footer></body>")))
                .doesNotContain("landmark.content-outside");
    }

    @Test
    void paragraphsDrawnAsAList() {
        assertThat(ids(page("<p>• Call a friend</p><p>• Go to a meeting</p>"))).contains("list.not-tagged");
        assertThat(ids(page("<ul><li>Call a friend</li><li>Go to a meeting</li></ul>"))).doesNotContain("list.not-tagged");
    }

    @Test
    void listItemThatTypesItsOwnBullet() {
        assertThat(ids(page("<ul><li>• Call a friend</li></ul>"))).contains("list.label-repeated");
        assertThat(ids(page("<ul><li>Call a friend</li></ul>"))).doesNotContain("list.label-repeated");
    }

    @Test
    void quotationInPlainParagraphs() {
        assertThat(ids(page("<p>“Relapse is part of recovery.”</p><p>— Personal experience</p>"))).contains("quote.not-tagged");
        assertThat(ids(page("<figure><blockquote><p>“Relapse is part of recovery.”</p></blockquote>"
                + "<figcaption>— Personal experience</figcaption></figure>"))).doesNotContain("quote.not-tagged");
    }

    @Test
    void passageInAnotherScriptWithoutLang() {
        assertThat(ids(page("<p>Greeting: Привет, как дела</p>"))).contains("lang.foreign-script-unmarked");
        assertThat(ids(page("<p>Greeting: <span lang=ru>Привет, как дела</span></p>"))).doesNotContain("lang.foreign-script-unmarked");
    }
}
