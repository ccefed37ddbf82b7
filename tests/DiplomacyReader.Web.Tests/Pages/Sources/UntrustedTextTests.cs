using System.Text;
using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Sources;

/// <summary>Ingested text is shown as text: markup in a document never becomes markup in a page.</summary>
public sealed class UntrustedTextTests : IDisposable
{
    private const string Hostile = "Foreign Minister Takeshi Iwaya said \"<script>alert('x')</script> is not a policy\" on Friday, adding that <img src=x onerror=alert(1)> <b>bold</b> claims were false.";

    private readonly DiplomacyReaderApp _app = new();

    [Fact]
    public async Task Script_and_tags_in_a_document_are_rendered_as_visible_text()
    {
        ImportResult result;
        using (IServiceScope scope = _app.Services.CreateScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<SourceImporter>()
                .ImportAsync(new SourceInput("hostile.txt", Encoding.UTF8.GetBytes(Hostile), new KnownFacts(Title: "Hostile <i>title</i>", Date: new DateOnly(2025, 1, 24))));
        }

        Assert.Equal(ImportOutcome.Ingested, result.Outcome);
        IHtmlDocument page = await _app.GetPageAsync("/sources/" + result.Slug);
        Assert.Empty(page.QuerySelectorAll("main script, main img, main b, main i"));
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector(".reader-body")!.TextContent);
        Assert.Equal("Hostile <i>title</i>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task A_javascript_canonical_url_is_shown_but_not_linked_and_the_byline_is_text()
    {
        const string page = """
            <html lang="en"><head><link rel="canonical" href="javascript:alert(1)"><meta name="author" content="By Jane &lt;b&gt;Doe&lt;/b&gt;"></head>
            <body><article><p>Foreign Minister Takeshi Iwaya said on Monday that Japan would work for stability in the region.</p></article></body></html>
            """;
        ImportResult result;
        using (IServiceScope scope = _app.Services.CreateScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<SourceImporter>().ImportAsync(new SourceInput("canonical.html", Encoding.UTF8.GetBytes(page)));
        }

        IHtmlDocument shown = await _app.GetPageAsync("/sources/" + result.Slug);
        Assert.DoesNotContain(shown.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? string.Empty).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("javascript:alert(1)", shown.QuerySelector(".facts")!.TextContent);
        Assert.Contains("Jane <b>Doe</b>", shown.QuerySelector(".facts")!.TextContent);
        Assert.Empty(shown.QuerySelectorAll(".facts b"));
        Assert.Equal("en", shown.QuerySelector(".facts dd[lang]")!.GetAttribute("lang"));
    }

    public void Dispose() => _app.Dispose();
}
