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
        IHtmlDocument list = await app.GetPageAsync("/statements?actor=yoshimasa-hayashi&kind=direct");
        string permalink = list.QuerySelector("li.statement-item .statement-links a")!.GetAttribute("href")!;
        IHtmlDocument page = await app.GetPageAsync(permalink);
        string citation = page.QuerySelector("pre#cite-quote")!.TextContent;
        Assert.Matches("^/statements/[0-9]+$", permalink);
        Assert.StartsWith("Yoshimasa Hayashi: “We believe it is critical", citation);
        Assert.Contains("Japan Today, 21 January 2025.", citation);
        Assert.EndsWith(" " + permalink, citation); // no base URL configured and no host filtering: relative, never from the Host header
        Assert.StartsWith("Ishiba hopes to work closely with Trump for robust Japan-U.S. ties. (2025, January 21). Japan Today.", page.QuerySelector("pre#cite-apa")!.TextContent);
        Assert.Contains("“Ishiba hopes to work closely with Trump for robust Japan-U.S. ties.” Japan Today, January 21, 2025.", page.QuerySelector("pre#cite-chicago")!.TextContent);
        string bibtex = page.QuerySelector("pre#cite-bibtex")!.TextContent;
        Assert.StartsWith("@online{hayashi2025ishiba,", bibtex);
        Assert.Contains("date = {2025-01-21}", bibtex);
        Assert.EndsWith("}", bibtex);
    }

    [Fact]
    public async Task A_count_on_a_profile_lists_the_statements_it_counts_and_the_list_says_it_is_the_newest_of_all()
    {
        IHtmlDocument profile = await app.GetPageAsync("/actors/takeshi-iwaya");
        IElement china = profile.QuerySelectorAll("section[aria-labelledby=countries] li").Single(li => li.QuerySelector("a")!.TextContent == "China");
        string href = china.QuerySelector("a.count")!.GetAttribute("href")!;
        int counted = int.Parse(china.QuerySelector("a.count")!.TextContent.Split(' ')[0]);
        IHtmlDocument statements = await app.GetPageAsync(href);

        Assert.Equal("/statements?actor=takeshi-iwaya&country=CN", href);
        Assert.StartsWith($"{counted} statements", statements.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal(20, profile.QuerySelectorAll("section[aria-labelledby=statements] li.statement-item").Length);
        Assert.Matches(@"The newest 20 of \d+\.", profile.QuerySelector(".newest-of")!.TextContent);
    }
}
