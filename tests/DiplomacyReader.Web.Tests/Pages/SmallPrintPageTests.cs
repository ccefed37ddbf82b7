using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DiplomacyReader.Web.Tests.Pages;

/// <summary>Issue 12, the small things: real error pages, filters by their names, messages for what cannot be read, plurals.</summary>
public sealed class SmallPrintPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_missing_page_is_a_404_in_the_sites_layout_and_a_missing_api_resource_a_problem_body()
    {
        HttpClient client = app.CreateClient();
        HttpResponseMessage page = await client.GetAsync("/no-such-page");
        HttpResponseMessage source = await client.GetAsync("/sources/no-such-source");
        HttpResponseMessage api = await client.GetAsync("/api/sources/no-such-source");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        IHtmlDocument html = await ParseAsync(page);
        Assert.Equal("Not found", html.QuerySelector("h1")!.TextContent);
        Assert.NotNull(html.QuerySelector("nav[aria-label=Main]"));
        Assert.Equal(HttpStatusCode.NotFound, source.StatusCode);
        Assert.Equal("Not found", (await ParseAsync(source)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Filters_in_use_are_shown_by_their_names_not_their_codes()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?country=CN&actor=takeshi-iwaya");
        string[] pills = page.QuerySelectorAll(".active-filters a").Select(a => a.TextContent.TrimEnd(' ', '✕')).ToArray();

        Assert.Contains("Country mentioned: China", pills);
        Assert.Contains("Speaker: Takeshi Iwaya", pills);
        Assert.DoesNotContain(pills, p => p.Contains("CN", StringComparison.Ordinal) || p.Contains("takeshi-iwaya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_is_said_and_not_shown_as_a_filter_in_use()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?from=notadate");

        Assert.Contains("“notadate” is not a date", page.QuerySelector("p.flag[role=alert]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".active-filters a"));
        Assert.StartsWith("105 statements", page.QuerySelector(".result-count")!.TextContent); // the filter ignored, all shown
    }

    [Fact]
    public async Task A_page_past_the_last_says_so_and_links_to_the_pages_there_are()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?p=99");

        Assert.Contains("There is no page 99: these statements fill 3 pages.", page.QuerySelector("#out-of-range")!.TextContent);
        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.Empty(page.QuerySelectorAll("li.statement-item"));
    }

    [Fact]
    public async Task Every_source_is_listed_by_a_headline_and_none_by_its_file_name()
    {
        IHtmlDocument page = await app.GetPageAsync("/sources");
        string[] titles = page.QuerySelectorAll("table.data tbody tr td:first-child a").Select(a => a.TextContent).ToArray();

        Assert.Equal(5, titles.Length);
        Assert.DoesNotContain(titles, t => t.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Foreign Minister Takeshi Iwaya on Friday renewed Japan's pledge", StringComparison.Ordinal)); // the Kyodo report, which has no title line
    }

    [Fact]
    public async Task One_statement_matches_and_several_match()
    {
        System.Text.Json.JsonElement actors = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(app.CreateClient(), "/api/actors");
        string lone = actors.EnumerateArray().First(a => a.GetProperty("statements").GetInt32() == 1).GetProperty("slug").GetString()!;
        IHtmlDocument one = await app.GetPageAsync($"/statements?actor={lone}");
        IHtmlDocument several = await app.GetPageAsync("/statements?actor=takeshi-iwaya");

        Assert.Matches(@"^1 statement matches\.", one.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Matches(@"^\d+ statements match\.", several.QuerySelector(".result-count")!.TextContent.Trim());
    }
}
