package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: the system's Chromium, driven headless through its chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs), over the bundled corpus served by a
 * real Fuseki. Screenshots of each page go to {@code target/browser-*.png}. Skipped, saying why, where no
 * chromedriver is installed; no browser or driver is ever downloaded.
 */
class WebBrowserIT {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
    private static final String ARTICLE = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static NewsgraphServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
            "no browser test: " + CHROMEDRIVER + " or " + CHROMIUM + " is not installed (Debian: apt-get install "
                + "chromium chromium-driver; .ci/run does so)");
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = ServedSite.start(store, UriScheme.of(TestCorpus.BASE), dir.resolve("dumps")).server();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900",
            "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    @Test
    void homePage() throws IOException {
        open("");
        assertEquals("People's Daily (人民日报) as linked data", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("ul.examples a")).size() > 10, "the example questions");
        screenshot("home");
        assertNoErrors();
    }

    @Test
    void articlePageShowsBothTextsAndTheirMentions() throws IOException {
        open(ARTICLE);
        WebElement zh = browser.findElement(By.cssSelector(".pair .zh"));
        WebElement en = browser.findElement(By.cssSelector(".pair .en"));
        assertTrue(zh.isDisplayed() && en.isDisplayed(), "both texts are visible");
        assertTrue(zh.getLocation().getX() < en.getLocation().getX(), "side by side, the original first");
        assertTrue(browser.findElement(By.cssSelector(".texts")).getText().contains("钢铁巡回医疗队"));
        assertTrue(browser.findElement(By.cssSelector(".texts")).getText().contains("steel mobile medical team"));
        WebElement henan = browser.findElement(By.cssSelector(".pair a.mention[href='/place/henan']"));
        assertTrue(henan.isDisplayed(), "a mention is visible");
        assertEquals("#e8f0fb", Color.fromString(henan.getCssValue("background-color")).asHex(),
            "and highlighted by the stylesheet");
        screenshot("article");
        henan.click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/place/henan"));
        assertEquals("Henan", browser.findElement(By.tagName("h1")).getText(), "the mention leads to its entity");
        assertNoErrors();
    }

    @Test
    void entityPageListsTheArticlesThatMentionIt() throws IOException {
        open("place/henan");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.mentioning tr td.words"));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("河南省")));
        screenshot("entity");
        assertNoErrors();
    }

    @Test
    void anExampleQueryRunsFromTheQueryPage() throws IOException {
        open("query");
        browser.findElement(By.linkText("Articles per year")).click();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(d -> d.getCurrentUrl().contains("query=") && !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
        wait.until(d -> d.findElement(By.cssSelector(".yasqe .CodeMirror")).getText().contains("GROUP BY ?year"));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 5);
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        assertEquals(5, rows.size(), "one row a year: 1946, 1958, 1960, 1966, 1989");
        assertTrue(rows.get(0).getText().contains("1946"), rows.get(0).getText());
        assertTrue(browser.findElement(By.cssSelector(".yasqe .CodeMirror .cm-keyword")).isDisplayed(),
            "the editor highlights the query's syntax");
        screenshot("query");
        assertNoErrors();
    }

    private static void open(String path) {
        try {
            browser.get(new URI("http", null, "localhost", server.port(), "/" + path, null, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "browser-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The page logged no error: nothing refused by the content security policy, no script failing. */
    private static void assertNoErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
    }
}
