using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages;

public sealed class IndexPageTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [Fact]
    public async Task Overview_lists_the_seed_sources_and_the_most_quoted_actors()
    {
        IHtmlDocument page = await app.GetPageAsync("/");
        Assert.Equal(5, page.QuerySelectorAll("section[aria-labelledby=latest] li a").Length);
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=actors] li a"), a => a.TextContent == "Takeshi Iwaya" && a.GetAttribute("href") == "/actors/takeshi-iwaya");
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=topics] li a"), a => a.GetAttribute("href") == "/topics/china");
        Assert.True(app.Database.SqliteFile is null || File.Exists(app.Database.SqliteFile), "the app must run on the test's own SQLite file");
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script()
    {
        HttpResponseMessage response = await app.CreateClient().GetAsync("/");
        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/sources/no-such-source")]
    [InlineData("/actors/no-such-actor")]
    [InlineData("/countries/XX")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/compare/no-such-transcript")]
    [InlineData("/api/sources/no-such-source")]
    public async Task Unknown_things_are_not_found(string url) =>
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
}
