using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Topics;

public sealed class TopicPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Topic_page_lists_statements_tagged_with_it()
    {
        IHtmlDocument page = await app.GetPageAsync("/topics/china");
        Assert.Equal("China", page.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("li.statement-item"));
        Assert.All(page.QuerySelectorAll("li.statement-item"), item => Assert.Contains(item.QuerySelectorAll("a.chip-topic"), a => a.GetAttribute("href") == "/topics/china" && a.TextContent == "China"));
        Assert.Contains((await app.GetPageAsync("/topics")).QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == "/topics/middle-east");
    }
}
