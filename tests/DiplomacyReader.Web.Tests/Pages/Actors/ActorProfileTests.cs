using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Actors;

public sealed class ActorProfileTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Profile_shows_a_timeline_with_its_table_and_what_the_actor_speaks_about()
    {
        IHtmlDocument page = await app.GetPageAsync("/actors/takeshi-iwaya");
        IElement timeline = page.QuerySelector("figure.timeline")!;
        Assert.NotEmpty(timeline.QuerySelectorAll("svg rect.timeline-bar"));
        IElement january = timeline.QuerySelectorAll("table tbody tr").Single(r => r.Children[0].TextContent == "Jan 2025");
        Assert.Equal("91", january.Children[1].TextContent); // 82 sentences of the speech and 9 statements in the Kyodo report, both 24 Jan 2025
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=topics] a"), a => a.GetAttribute("href") == "/topics/china");
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=countries] a"), a => a.GetAttribute("href") == "/countries/CN");
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=co-occurring] a"), a => a.GetAttribute("href") == "/actors/shigeru-ishiba");
    }

    [Fact]
    public async Task Statements_carry_a_citation_with_source_date_and_link()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=yoshimasa-hayashi&kind=direct");
        string citation = page.QuerySelector("li.statement-item details.cite output")!.TextContent;
        Assert.StartsWith("Yoshimasa Hayashi: “We believe it is critical", citation);
        Assert.Contains("Japan Today, 21 January 2025.", citation);
        Assert.Matches(@" /sources/[a-z0-9-]+#s10$", citation); // no base URL configured and no host filtering: relative, never from the Host header
    }
}
