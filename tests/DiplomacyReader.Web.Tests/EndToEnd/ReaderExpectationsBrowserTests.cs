using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace DiplomacyReader.Web.Tests.EndToEnd;

/// <summary>
/// What people who follow the news expect (issue 12), in Chromium at desktop and phone width: names not codes,
/// trust signals in lists, statement pages with citations, feeds, stories, search that answers, charts with
/// axes, a compare legend, dark mode, and no page wider than a phone's screen. axe-core runs on every page.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ReaderExpectationsBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<string, int> PagesAtBothWidths()
    {
        string[] pages = ["/", "/sources", "/statements", "/statements?country=CN&kind=official", "/statements/1", "/actors", "/actors/takeshi-iwaya",
            "/countries", "/countries/CN", "/topics", "/topics/china", "/compare", "/search?q=Iwaya%20OR%20Ishiba", "/search?q=%E5%B2%A9%E5%B1%8B%E6%AF%85", "/ingest", "/no-such-page"];
        var data = new TheoryData<string, int>();
        foreach (string page in pages)
        {
            data.Add(page, 1200);
            data.Add(page, 360);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Every_page_is_accessible_and_no_wider_than_the_screen(string url, int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync(url);
        await BrowserTests.Check(page, $"{url} at {width} px");
        string[] wide = (await page.EvaluateAsync<JsonElement>(
                "() => [...document.querySelectorAll('main *, header *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll, pre')).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"))
            .EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{url} at {width} px scrolls sideways: {string.Join(", ", wide)}");
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task The_compare_page_marks_both_sides_explains_itself_and_puts_its_filters_before_the_strip(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/compare/" + await fixture.App.SlugOfAsync("001_08484923193f66f5.txt"));
        await BrowserTests.Check(page, $"compare at {width} px");

        Assert.True(await page.Locator(".compare-left mark.quoted").CountAsync() > 0); // the speech side shows what was quoted
        Assert.Contains("Similarity", await page.Locator(".compare-legend").TextContentAsync());
        Assert.True(await page.Locator(".compare-left .uncovered-note").CountAsync() > 0); // unreported passages say so in words
        // Tab order: the outlet filter comes before any passage link of the coverage strip.
        await page.Keyboard.PressAsync("Tab"); // skip link
        for (int i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.name === 'outlet'"))
            {
                return;
            }

            Assert.False(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.coverage-strip')"), "a strip square took focus before the filters");
        }

        Assert.Fail("the outlet filter was not reached within 40 tab stops");
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task A_statement_page_cites_in_four_styles_and_copies_a_citation(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/statements?actor=yoshimasa-hayashi&kind=direct");
        await page.ClickAsync("li.statement-item .statement-links a");
        await page.WaitForAddressAsync("**/statements/*");
        await BrowserTests.Check(page, $"statement page at {width} px");

        if (width == 1200)
        {
            Directory.CreateDirectory(BrowserFixture.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "statement.png"), FullPage = true });
        }

        Assert.Equal(4, await page.Locator(".citation pre").CountAsync());
        Assert.StartsWith("@online{", await page.Locator("pre#cite-bibtex").TextContentAsync());
        await page.ClickAsync("button[data-copy=cite-apa]");
        await page.Locator("#copy-status:has-text('copied')").WaitForAsync();
        Assert.Equal(await page.Locator("pre#cite-apa").TextContentAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task Reader_comments_fold_as_the_page_counts_them_with_a_reply_shown_as_a_reply(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/sources/" + await fixture.App.SlugOfAsync("002_db39fb9482dc13f4.txt"));
        ILocator fold = page.Locator("details.comments");
        Assert.Contains("the page says 19", await fold.Locator("summary").TextContentAsync());
        Assert.False(await fold.Locator("ol").IsVisibleAsync()); // folded away until asked for

        await fold.Locator("summary").ClickAsync();
        await BrowserTests.Check(page, $"reader with its comments open at {width} px");
        Assert.Equal(19, await fold.Locator("ol > li").CountAsync());
        Assert.True(await fold.Locator("blockquote").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task Lists_show_names_and_trust_signals_and_link_a_feed(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/statements?sourceKind=aggregator");
        Assert.Contains("aggregator", await page.Locator("li.statement-item .trust").First.TextContentAsync());
        Assert.Contains("cites Kyodo", await page.Locator("li.statement-item .trust").First.TextContentAsync());
        Assert.DoesNotContain(await page.Locator("a.chip-country").AllTextContentsAsync(), t => t.Length == 2 && t.All(char.IsUpper)); // names, not codes

        string feed = (await page.Locator("link[rel=alternate][type='application/atom+xml']").GetAttributeAsync("href"))!;
        IAPIResponse response = await page.APIRequest.GetAsync(feed);
        XDocument atom = XDocument.Parse(await response.TextAsync());
        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal("application/atom+xml; charset=utf-8", response.Headers["content-type"]);
        Assert.NotEmpty(atom.Root!.Elements(a + "entry"));
        Assert.All(atom.Root.Elements(a + "entry"), e => Assert.Matches("^/statements/[0-9]+$", e.Element(a + "link")!.Attribute("href")!.Value));
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task Search_from_the_header_pages_through_either_word_and_offers_the_other_script(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/topics");
        await page.FillAsync("header input[name=q]", "Iwaya OR Ishiba");
        await page.PressAsync("header input[name=q]", "Enter");
        await page.WaitForAddressAsync("**/search?q=*");
        Assert.Contains("page 1 of ", await page.Locator(".result-count").TextContentAsync());
        await page.ClickAsync("nav.pager a[rel=next]");
        await page.WaitForAddressAsync("**p=2*");
        Assert.True(await page.Locator(".search-hits li").CountAsync() > 0);

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("岩屋毅"));
        Assert.Contains("Takeshi Iwaya", await page.Locator(".actor-card").TextContentAsync());
        await page.ClickAsync(".actor-card a.other-name:has-text('Takeshi Iwaya')");
        await page.WaitForAddressAsync("**/search?q=Takeshi*");
        Assert.DoesNotContain("0 statements and 0 passages", await page.Locator(".result-count").TextContentAsync()); // the English name finds what the Japanese one did not
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task Profiles_chart_statements_per_month_with_axes(int width)
    {
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/actors/takeshi-iwaya");
        ILocator chart = page.Locator("figure.timeline svg").First;
        Assert.True(await chart.Locator(".axis line").CountAsync() >= 2);
        Assert.Contains("Jan", string.Join(" ", await chart.Locator("text").AllTextContentsAsync()));
        Assert.True((await chart.BoundingBoxAsync())!.Width <= width);
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_setting()
    {
        IPage light = await fixture.NewPageAsync(1200, ColorScheme.Light);
        IPage dark = await fixture.NewPageAsync(390, ColorScheme.Dark);
        await light.GotoAsync("/statements");
        await dark.GotoAsync("/statements");
        string Background(IPage p) => "() => getComputedStyle(document.body).backgroundColor";

        Assert.Equal("rgb(253, 252, 249)", await light.EvaluateAsync<string>(Background(light)));
        Assert.Equal("rgb(21, 24, 27)", await dark.EvaluateAsync<string>(Background(dark)));
        await BrowserTests.Check(dark, "statements in dark mode");
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await dark.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "statements-dark-phone.png") });
    }

    [SharedDataTheory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task Reports_of_one_event_show_each_other_as_one_story(int width)
    {
        await ImportAsync("japan-dev", "07_defensegov-austin-welcomes-kihara-20231004.txt", "08_menafn-austin-kihara-20231005.txt", "09_ganp-nhk-kihara-austin-20231004.txt");
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/sources/" + await fixture.App.SlugOfAsync("08_menafn-austin-kihara-20231005.txt"));
        await BrowserTests.Check(page, $"a report in a story at {width} px");

        ILocator story = page.Locator("section.story");
        Assert.Contains(await story.Locator("li a").AllTextContentsAsync(), t => t.Contains("Kihara", StringComparison.OrdinalIgnoreCase));
        await story.Locator("a:has-text('Every report of this story')").ClickAsync();
        await page.WaitForAddressAsync("**/sources?story=*");
        Assert.Equal(2, await page.Locator("table.data tbody tr").CountAsync()); // the two reports; the transcript they report is not one of them
    }

    [SharedDataTheory]
    [InlineData(1200)]
    [InlineData(390)]
    public async Task A_japanese_press_conference_shows_the_english_press_quote_beside_the_japanese_words(int width)
    {
        await ImportAsync("japan-ja", "05_worldjpn-kantei-ishiba-pc-20241001-ja.txt", "06_kantei-ishiba-pc-20241001-en.txt", "19_nippon-jiji-ishiba-inaugural-pc-20241001.txt");
        IPage page = await fixture.NewPageAsync(width);
        await page.GotoAsync("/compare/" + await fixture.App.SlugOfAsync("05_worldjpn-kantei-ishiba-pc-20241001-ja.txt"));
        await BrowserTests.Check(page, $"a Japanese record's compare page at {width} px");

        ILocator row = page.Locator(".compare-row:has(.via-translation)").First;
        Assert.Matches("[\u3040-\u30FF\u4E00-\u9FFF]", await row.Locator(".compare-left [lang=ja]").TextContentAsync());
        string report = "/sources/" + Uri.EscapeDataString(await fixture.App.SlugOfAsync("19_nippon-jiji-ishiba-inaugural-pc-20241001.txt"));
        Assert.StartsWith(report + "#", await row.Locator(".report a[href^='/sources/']").First.GetAttributeAsync("href")); // Jiji's English report of the English version
        Assert.Contains("Press Conference by Prime Minister Ishiba", await page.Locator(".translation-partner").TextContentAsync());
        if (width == 1200)
        {
            await row.ScrollIntoViewIfNeededAsync();
            Directory.CreateDirectory(BrowserFixture.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "compare-japanese.png") });
        }
    }

    private static readonly SemaphoreSlim s_importing = new(1, 1);

    // Real documents of a development corpus, stored in the browser app's store (a second import is a duplicate).
    private async Task ImportAsync(string corpus, params string[] files)
    {
        await s_importing.WaitAsync();
        try
        {
            using Microsoft.Extensions.DependencyInjection.IServiceScope scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(fixture.App.Services);
            var importer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DiplomacyReader.Data.Importing.SourceImporter>(scope.ServiceProvider);
            foreach (string file in files)
            {
                string path = Path.Combine(SharedData.Corpus(corpus), "docs", file);
                await importer.ImportAsync(new DiplomacyReader.Ingestion.Model.SourceInput(file, await File.ReadAllBytesAsync(path)));
            }
        }
        finally
        {
            s_importing.Release();
        }
    }
}
