using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Countries;

public sealed class CountryPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Country_page_separates_statements_by_its_officials_from_statements_about_it()
    {
        IHtmlDocument page = await app.GetPageAsync("/countries/us");
        Assert.Equal("United States", page.QuerySelector("h1")!.FirstChild!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("section[aria-labelledby=about] li.statement-item"),
            item => Assert.Contains(item.QuerySelectorAll("a.chip-country"), a => a.GetAttribute("href") == "/countries/US" && a.TextContent == "United States"));
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=actors] a"), a => a.TextContent == "Donald Trump");
    }

    [Fact]
    public async Task Countries_list_links_each_country()
    {
        IHtmlDocument page = await app.GetPageAsync("/countries");
        Assert.Contains(page.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == "/countries/CN");
    }
}
