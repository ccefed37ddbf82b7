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
        Assert.All(items, item => Assert.Contains(item.QuerySelectorAll("a.chip-country"), a => a.TextContent == "CN"));
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
        IElement? drop = page.QuerySelectorAll(".empty a").FirstOrDefault(a => a.TextContent == "Drop the country");
        Assert.Equal("/statements?actor=gen-nakatani", drop?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_filter_form_reflects_the_url()
    {
        IHtmlDocument page = await app.GetPageAsync("/statements?actor=takeshi-iwaya&kind=partial");
        Assert.Equal("takeshi-iwaya", ((IHtmlSelectElement)page.QuerySelector("select[name=actor]")!).Value);
        Assert.All(page.QuerySelectorAll("li.statement-item .badge"), b => Assert.Equal("partial", b.TextContent));
    }
}
