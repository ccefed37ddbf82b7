using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Compare;

public sealed class ComparePageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Compare_page_aligns_press_statements_beside_the_speech()
    {
        IHtmlDocument page = await app.GetPageAsync("/compare/" + await app.SlugOfAsync("001_08484923193f66f5.txt"));
        IElement[] covered = page.QuerySelectorAll(".compare-row.covered").ToArray();
        Assert.NotEmpty(covered);
        IElement china = covered.Single(r => r.QuerySelector(".compare-left")!.TextContent.Contains("“constructive and stable relationship,”", StringComparison.Ordinal));
        Assert.Contains(china.QuerySelectorAll(".report"), r => r.QuerySelector("q")!.TextContent == "constructive and stable" && r.QuerySelector(".fidelity-verbatim") is not null);
    }

    [Fact]
    public async Task Coverage_shows_sections_the_press_ignored()
    {
        IHtmlDocument page = await app.GetPageAsync("/compare/" + await app.SlugOfAsync("001_08484923193f66f5.txt"));
        IElement middleEast = page.QuerySelectorAll("#coverage-text tbody tr").Single(r => r.Children[0].TextContent == "Response to the situation in the Middle East");
        Assert.Contains("ignored", middleEast.ClassList);
        Assert.NotEmpty(page.QuerySelectorAll("svg.coverage-strip rect.covered"));
        Assert.NotEmpty(page.QuerySelectorAll("svg.coverage-strip rect.uncovered"));
    }

    [Fact]
    public async Task Compare_index_lists_the_transcript()
    {
        IHtmlDocument page = await app.GetPageAsync("/compare");
        Assert.Single(page.QuerySelectorAll("main li a"));
    }
}
