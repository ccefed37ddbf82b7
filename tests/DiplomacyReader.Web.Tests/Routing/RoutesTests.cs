using System.Text.RegularExpressions;

namespace DiplomacyReader.Web.Tests.Routing;

/// <summary>The route table and the pages' <c>@page</c> templates say the same thing, and every address it builds answers.</summary>
public sealed class RoutesTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static string TemplateOf(string page) =>
        Regex.Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "DiplomacyReader.Web", "Pages", page)), "^@page \"(?<route>[^\"]+)\"", RegexOptions.Multiline).Groups["route"].Value;

    [Theory]
    [InlineData("Sources/Index.cshtml", Routes.Sources)]
    [InlineData("Statements/Index.cshtml", Routes.Statements)]
    [InlineData("Actors/Index.cshtml", Routes.Actors)]
    [InlineData("Countries/Index.cshtml", Routes.Countries)]
    [InlineData("Topics/Index.cshtml", Routes.Topics)]
    [InlineData("Compare/Index.cshtml", Routes.Compare)]
    [InlineData("Search/Index.cshtml", Routes.Search)]
    [InlineData("Ingest/Index.cshtml", Routes.Ingest)]
    public void Each_list_page_lives_where_the_route_table_says(string page, string route) => Assert.Equal(route, TemplateOf(page));

    [Fact]
    public void Each_detail_page_template_is_what_the_route_table_builds()
    {
        Assert.Equal(Routes.Source("{slug}").Replace("%7Bslug%7D", "{slug}", StringComparison.Ordinal), TemplateOf("Sources/Detail.cshtml"));
        Assert.Equal(Routes.Actor("{slug}").Replace("%7Bslug%7D", "{slug}", StringComparison.Ordinal), TemplateOf("Actors/Detail.cshtml"));
        Assert.Equal(Routes.Country("{code}").Replace("%7Bcode%7D", "{code}", StringComparison.Ordinal), TemplateOf("Countries/Detail.cshtml"));
        Assert.Equal(Routes.Topic("{slug}").Replace("%7Bslug%7D", "{slug}", StringComparison.Ordinal), TemplateOf("Topics/Detail.cshtml"));
        Assert.Equal(Routes.CompareTranscript("{slug}").Replace("%7Bslug%7D", "{slug}", StringComparison.Ordinal), TemplateOf("Compare/Detail.cshtml"));
    }

    [Fact]
    public async Task Addresses_built_from_stored_slugs_answer()
    {
        string transcript = await app.SlugOfAsync("001_08484923193f66f5.txt");
        foreach (string url in new[] { Routes.Source(transcript), Routes.Original(transcript), Routes.SourceExport(transcript), Routes.CompareTranscript(transcript), Routes.Actor("takeshi-iwaya"), Routes.Country("CN"), Routes.Topic("china") })
        {
            HttpResponseMessage response = await app.CreateClient().GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void A_slug_cannot_break_out_of_its_address() =>
        Assert.Equal("/sources/a%2F..%2Fapi%3Fx%3D%22%3E", Routes.Source("a/../api?x=\">"));
}
