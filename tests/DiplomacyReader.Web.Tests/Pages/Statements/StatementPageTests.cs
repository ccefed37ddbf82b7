using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Dom;
using DiplomacyReader.Web.Pages.Shared;

namespace DiplomacyReader.Web.Tests.Pages.Statements;

/// <summary>A statement's permalink page, its citations, and the Atom feeds that follow a filter or a search.</summary>
public sealed class StatementPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task A_press_quote_shows_its_paragraph_and_the_transcript_passage_it_reports()
    {
        IHtmlDocument list = await app.GetPageAsync("/statements?q=linchpin&sourceKind=press");
        string permalink = list.QuerySelector("li.statement-item .statement-links a")!.GetAttribute("href")!;
        IHtmlDocument page = await app.GetPageAsync(permalink);

        Assert.Contains("linchpin", page.QuerySelector(".in-paragraph mark")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/compare/", page.QuerySelector("section[aria-labelledby=reports] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=reports] .diff"));
        Assert.Contains("Minister for Foreign Affairs", page.QuerySelector("dl.facts")!.TextContent);
    }

    [Fact]
    public async Task A_missing_statement_is_a_404_page()
    {
        HttpResponseMessage response = await app.CreateClient().GetAsync("/statements/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<nav", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feeds_are_atom_that_a_feed_library_reads_with_an_entry_per_statement()
    {
        using HttpClient client = app.CreateClient();
        using XmlReader statements = XmlReader.Create(await client.GetStreamAsync("/statements/feed?country=CN"));
        SyndicationFeed feed = SyndicationFeed.Load(statements);
        using XmlReader search = XmlReader.Create(await client.GetStreamAsync("/search/feed?q=" + Uri.EscapeDataString("linchpin OR cornerstone")));
        SyndicationFeed found = SyndicationFeed.Load(search);
        HttpResponseMessage empty = await client.GetAsync("/search/feed");

        Assert.NotEmpty(feed.Items);
        Assert.Equal("Statements: country mentioned China", feed.Title.Text); // names, as the page's pills, not "country CN"
        Assert.All(feed.Items, item => Assert.Contains(item.Categories, c => c.Name == "CN" && c.Label == "China"));
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
        Assert.All(found.Items, item => Assert.Matches("^/statements/[0-9]+$", item.Links.Single().Uri.OriginalString));
        Assert.Contains(found.Items, i => ((TextSyndicationContent)i.Content).Text.Contains("linchpin", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(found.Items, i => ((TextSyndicationContent)i.Content).Text.Contains("cornerstone", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public void BibTeX_escapes_what_would_end_a_field_or_start_a_command()
    {
        var cited = new CitedStatement("Jane Roe", "We pay 100% {of} it & more\\now", "text", "A_title #1", null, "Outlet $", new DateOnly(2025, 1, 2), null, "/statements/7", new DateOnly(2026, 1, 1));

        string bibtex = Citation.BibTex(cited);

        Assert.Contains("title = {A\\_title \\#1}", bibtex);
        Assert.Contains("organization = {Outlet \\$}", bibtex);
        Assert.Contains("100\\% \\{of\\} it \\& more\\textbackslash{}now", bibtex);
        Assert.Contains("url = {/statements/7}", bibtex);
        Assert.StartsWith("@online{roe2025atitle,", bibtex); // speaker's last name, year, first long word of the title, letters and digits only
        Assert.Equal("A_title #1. (2025, January 2). Outlet $. /statements/7", Citation.Apa(cited));
    }
}
