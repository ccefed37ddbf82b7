using System.Text.Json;
using Microsoft.Playwright;

namespace DiplomacyReader.Web.Tests.EndToEnd;

/// <summary>What a researcher does, in a real Chromium against the app on a real port.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class BrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Filtering_lives_in_the_url_and_the_back_button_undoes_it()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/statements");
        int all = await page.Locator("li.statement-item").CountAsync();
        await page.SelectOptionAsync("#facet-actor", "yoshimasa-hayashi");
        await page.ClickAsync("form.statements-filter button[type=submit]");
        await page.WaitForAddressAsync("**/statements?**actor=yoshimasa-hayashi**");
        Assert.Equal(4, await page.Locator("li.statement-item").CountAsync());
        Assert.All(await page.Locator("li.statement-item a.speaker").AllTextContentsAsync(), name => Assert.Equal("Yoshimasa Hayashi", name));
        await page.GoBackAsync();
        await page.WaitForAddressAsync("**/statements");
        Assert.Equal(all, await page.Locator("li.statement-item").CountAsync());
    }

    [Fact]
    public async Task Search_then_open_a_statement_that_scrolls_into_view_highlighted()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/search");
        await page.FillAsync("main input[name=q]", "linchpin");
        await page.PressAsync("main input[name=q]", "Enter");
        await page.WaitForAddressAsync("**/search?q=linchpin*"); // the form sends its empty filters too
        // The hit's own address, then the page it names: the test is about our link and the highlighted
        // target, and a click racing the results page's load was what timed out on a busy machine.
        string permalink = (await page.Locator("section[aria-labelledby=statement-hits] li > a:first-child").First.GetAttributeAsync("href"))!;
        Assert.Matches(@"^/statements/\d+$", permalink);
        await page.GotoAsync(permalink);
        Assert.Contains("linchpin", await page.Locator("main blockquote").TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        string href = (await page.Locator("dl.facts a[href*='#s']").First.GetAttributeAsync("href"))!;
        Assert.Matches(@"^/sources/[^#/]+#s\d+$", href);
        await page.GotoAsync(href);
        string id = new Uri(page.Url).Fragment.TrimStart('#');
        ILocator target = page.Locator($"[id='{id}']");
        Assert.True(await target.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id).matches(':target')", id));
        Assert.NotEqual("none", await target.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [Fact]
    public async Task Cross_links_lead_from_a_report_to_its_speaker_and_topic()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/sources");
        await page.ClickAsync("text=Ishiba hopes to work closely with Trump");
        await page.ClickAsync(".reader-header a.chip-actor:has-text('Yoshimasa Hayashi')");
        await page.WaitForAddressAsync("**/actors/yoshimasa-hayashi");
        Assert.Equal("Yoshimasa Hayashi", await page.TextContentAsync("h1"));
        await page.ClickAsync("section[aria-labelledby=topics] a >> nth=0");
        await page.WaitForAddressAsync("**/topics/**");
        Assert.NotEmpty(await page.Locator("li.statement-item").AllAsync());
    }

    [Fact]
    public async Task Csv_export_downloads_the_filtered_statements()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/statements?actor=gen-nakatani");
        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".downloads a:has-text('CSV')"));
        string csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        string[] lines = csv.Trim().Split('\n');
        Assert.Equal(3, lines.Length); // header and Nakatani's two statements
        Assert.All(lines.Skip(1), line => Assert.Contains("Gen Nakatani", line));
    }

    [Fact]
    public async Task Keyboard_alone_reaches_content_and_navigation_with_visible_focus()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("location.hash === '#main'"); // the jump may land a moment after the key
        Assert.EndsWith("#main", page.Url);

        await page.GotoAsync("/");
        string? focused = null;
        for (int i = 0; i < 10 && focused != "Statements"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
            Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        }

        Assert.Equal("Statements", focused);
        Assert.Equal("/statements", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        // Listening for the navigation before the key is pressed (an Enter that navigated before the wait began
        // once left the test waiting two minutes), and only to its commit, not every resource of the next page.
        Task navigated = page.WaitForURLAsync("**/statements", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.EndsWith("/statements", page.Url);
    }

    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/statements?country=CN", "statements")]
    [InlineData("/search?q=alliance", "search")]
    [InlineData("/actors/takeshi-iwaya", "actor")]
    [InlineData("/topics/china", "topic")]
    [InlineData("/countries/US", "country")]
    public async Task Pages_have_no_serious_accessibility_violations(string url, string screenshot)
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await Check(page, url);
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, screenshot + ".png"), FullPage = false });
    }

    [Fact]
    public async Task Reader_and_compare_pages_are_accessible_and_photographed()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/sources/" + await fixture.App.SlugOfAsync("002_db39fb9482dc13f4.txt"));
        await Check(page, "reader");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "reader.png") });
        await page.GotoAsync("/compare/" + await fixture.App.SlugOfAsync("001_08484923193f66f5.txt") + "#p9");
        await Check(page, "compare");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "compare.png") });
    }

    internal static async Task Check(IPage page, string what)
    {
        if (!File.Exists(BrowserFixture.AxeScript))
        {
            throw new InvalidOperationException($"axe-core is missing at {BrowserFixture.AxeScript}: run `npm ci --prefix tests/DiplomacyReader.Web.Tests/EndToEnd` (.ci/run does).");
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxeScript });
        JsonElement violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')");
        string[] serious = violations.EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.True(serious.Length == 0, $"{what}: {string.Join("; ", serious)}");
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
