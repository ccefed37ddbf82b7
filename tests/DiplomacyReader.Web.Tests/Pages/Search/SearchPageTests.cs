using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Search;

public sealed class SearchPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Hits_are_ranked_highlighted_and_link_to_the_exact_place()
    {
        IHtmlDocument page = await app.GetPageAsync("/search?q=linchpin");
        IElement statement = page.QuerySelector("section[aria-labelledby=statement-hits] li a")!;
        Assert.Equal("linchpin", statement.QuerySelector("mark")!.TextContent.ToLowerInvariant());
        Assert.Matches("^/statements/[0-9]+$", statement.GetAttribute("href")!); // the statement's own page
        IElement passage = page.QuerySelector("section[aria-labelledby=passage-hits] li a")!;
        Assert.Matches("^/sources/[a-z0-9-]+#p[0-9]+$", passage.GetAttribute("href")!);
    }

    [Fact]
    public async Task Stemming_phrases_and_prefixes_work()
    {
        Assert.NotEmpty((await app.GetPageAsync("/search?q=alliances")).QuerySelectorAll("section[aria-labelledby=passage-hits] mark"));
        IHtmlDocument phrase = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("\"constructive and stable\""));
        Assert.All(phrase.QuerySelectorAll("section[aria-labelledby=statement-hits] li > a:first-child"), a => Assert.Contains("constructive and stable", a.TextContent));
        Assert.NotEmpty((await app.GetPageAsync("/search?q=Sen*")).QuerySelectorAll("mark"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) AND OR NOT *")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Iwaya:foreign^2 \"unclosed")]
    [InlineData("'; DROP TABLE Sources; --")]
    public async Task Any_characters_are_a_safe_query(string words)
    {
        IHtmlDocument page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(words));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal(words, ((IHtmlInputElement)page.QuerySelector("main input[name=q]")!).Value);
        Assert.Equal(5, (await app.GetPageAsync("/sources")).QuerySelectorAll("table.data tbody tr").Length);
    }
}
