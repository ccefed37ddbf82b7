using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Statements;

public sealed class StatementsPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Country_filter_keeps_only_statements_mentioning_that_country()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?country=CN");
        IElement[] items = page.QuerySelectorAll("li.statement-item").ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Contains(item.QuerySelectorAll("a.chip-country"), a => a.GetAttribute("href") == "/countries/CN" && a.TextContent == "China"));
        int all = (await app.GetPageAsync("/statements")).QuerySelectorAll("li.statement-item").Length;
        Assert.True(items.Length < all);
    }

    [Fact]
    public async Task Actor_filter_keeps_only_that_speaker()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=yoshimasa-hayashi");
        IElement[] items = page.QuerySelectorAll("li.statement-item").ToArray();
        Assert.Equal(4, items.Length); // "linchpin", "new heights", "stressed …", "We believe …" in the Japan Today report
        Assert.All(items, item => Assert.Equal("Yoshimasa Hayashi", item.QuerySelector("a.speaker")!.TextContent));
    }

    [Fact]
    public async Task Filters_combine_and_an_empty_result_offers_to_drop_one()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=gen-nakatani&country=CN");
        Assert.Empty(page.QuerySelectorAll("li.statement-item"));
        IElement? drop = page.QuerySelectorAll(".empty a").FirstOrDefault(a => a.TextContent == "Drop Country mentioned: China");
        Assert.Equal("/statements?actor=gen-nakatani", drop?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_filter_form_reflects_the_url()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=takeshi-iwaya&kind=partial");
        Assert.Equal("takeshi-iwaya", ((IHtmlSelectElement)page.QuerySelector("select[name=actor]")!).Value);
        Assert.All(page.QuerySelectorAll("li.statement-item .badge"), b => Assert.Equal("partial", b.TextContent));
    }

    [Fact]
    public async Task Every_filter_narrows_and_combines_with_the_others()
    {
        int all = await CountAsync("/statements");
        int foreignMinisters = await CountAsync("/statements?role=Minister%20for%20Foreign%20Affairs");
        int japanese = await CountAsync("/statements?speakerCountry=JP");
        int chinaTopic = await CountAsync("/statements?topic=china");
        int press = await CountAsync("/statements?sourceKind=press");
        int january21 = await CountAsync("/statements?from=2025-01-21&to=2025-01-21");
        int combined = await CountAsync("/statements?speakerCountry=JP&topic=china&sourceKind=press");

        Assert.All(new[] { foreignMinisters, japanese, chinaTopic, press, january21 }, n => Assert.InRange(n, 1, all - 1));
        Assert.Equal(12, january21); // the Japan Today report of 21 January 2025, and nothing else that day
        Assert.InRange(combined, 1, Math.Min(chinaTopic, press));
    }

    [Fact]
    public async Task Facets_count_the_current_result()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?sourceKind=press");
        IElement option = page.QuerySelectorAll("#facet-actor option").Single(o => o.GetAttribute("value") == "yoshimasa-hayashi");
        Assert.Equal("Yoshimasa Hayashi (4)", option.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("#facet-kind option"), o => o.GetAttribute("value") == "official");
    }

    [Theory]
    [InlineData("\"constructive and stable\"", 1)]
    [InlineData("linchp*", 2)]
    [InlineData("\"", 0)]
    [InlineData("NEAR( AND OR * ) \" : ^ -", 0)]
    public async Task Word_search_takes_phrases_and_prefixes_and_never_fails(string words, int atLeast)
    {
        int found = await CountAsync("/statements?q=" + Uri.EscapeDataString(words));
        Assert.True(found >= atLeast, $"{found} statements for {words}");
        if (atLeast == 0)
        {
            Assert.Equal(0, found);
        }
    }

    [Fact]
    public async Task Oldest_first_reverses_the_order_and_pages_have_fifty()
    {
        IHtmlDocument newest = await app.GetPageAsync("/statements");
        IHtmlDocument oldest = await app.GetPageAsync("/statements?sort=oldest");
        Assert.Equal(50, newest.QuerySelectorAll("li.statement-item").Length);
        Assert.NotEqual(newest.QuerySelector("li.statement-item time")?.TextContent, oldest.QuerySelector("li.statement-item time")?.TextContent);
        IHtmlDocument second = await app.GetPageAsync(newest.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Contains("Page 2", second.QuerySelector(".pager")!.TextContent);
    }

    [Theory]
    [InlineData("/statements")]
    [InlineData("/statements?sort=oldest")]
    [InlineData("/statements?sort=oldest&speakerCountry=JP")]
    public async Task Next_links_walk_every_statement_once_in_order_and_previous_links_walk_back(string url)
    {
        int total = await CountAsync(url);
        var walked = new List<IReadOnlyList<string>>();
        IHtmlDocument page = await app.GetPageAsync(url);
        while (true)
        {
            walked.Add(Keys(page));
            if (page.QuerySelector("a[rel=next]")?.GetAttribute("href") is not string next)
            {
                break;
            }

            Assert.Contains("after=", next); // keyset, not a count of rows to skip
            page = await app.GetPageAsync(next);
        }

        var offsets = new List<IReadOnlyList<string>>();
        for (int number = 1; number <= walked.Count; number++)
        {
            offsets.Add(Keys(await app.GetPageAsync(url + (url.Contains('?') ? "&" : "?") + $"p={number}")));
        }

        Assert.Equal(total, walked.Sum(p => p.Count));
        Assert.Equal(total, walked.SelectMany(p => p).Distinct().Count());
        Assert.Equal(offsets, walked); // the same pages as counting rows gives
        for (int back = walked.Count - 1; back >= 1; back--)
        {
            page = await app.GetPageAsync(page.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
            Assert.Equal(walked[back - 1], Keys(page));
        }
    }

    // Each statement's own link: its source and key.
    private static IReadOnlyList<string> Keys(IHtmlDocument page) =>
        page.QuerySelectorAll("li.statement-item a[href*='#s']").Select(a => a.GetAttribute("href")!).ToArray();

    private async Task<int> CountAsync(string url)
    {
        IHtmlDocument page = await app.GetPageAsync(url);
        string status = page.QuerySelector(".result-count")!.TextContent.Trim();
        return int.Parse(status.Split(' ')[0]);
    }
}
