using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Actors;

public sealed class ActorPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Actor_page_shows_roles_over_time_and_statements()
    {
        IHtmlDocument page = await app.GetPageAsync("/actors/takeshi-iwaya");
        Assert.Equal("Takeshi Iwaya", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=roles] tbody tr"),
            row => row.Children[0].TextContent == "Minister for Foreign Affairs" && row.Children[2].TextContent == "2024-10-01" && row.Children[3].TextContent == "2025-10-21");
        Assert.Equal(20, page.QuerySelectorAll("li.statement-item").Length); // the newest; the rest are a link away, paged
        Assert.True(int.Parse(page.QuerySelector("h2#statements")!.TextContent.Split('(', ')')[1]) > 50);
    }

    [Fact]
    public async Task Actors_list_links_every_speaker()
    {
        IHtmlDocument page = await app.GetPageAsync("/actors");
        Assert.Contains(page.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == "/actors/gen-nakatani");
    }
}
