using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages;

/// <summary>Sources and statements filtered by language, on the seeds plus a real Japanese press report (japan-ja).</summary>
public sealed class LanguageFilterTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private const string Japanese = "13_iza-sankei-hayashi-g7-karuizawa-20230414.txt";

    [SharedDataFact]
    public async Task Japanese_filters_keep_only_the_japanese_report_and_say_so_by_name()
    {
        await ImportAsync();

        IHtmlDocument sources = await app.GetPageAsync("/sources?language=ja");
        IHtmlDocument statements = await app.GetPageAsync("/statements?language=ja");
        IHtmlDocument all = await app.GetPageAsync("/sources");

        Assert.Single(sources.QuerySelectorAll("table.data tbody tr"));
        Assert.Contains("Sources in Japanese", sources.QuerySelector(".notice")!.TextContent);
        Assert.Equal(2, statements.QuerySelectorAll("li.statement-item").Length); // its two quotes of Hayashi
        Assert.Contains(statements.QuerySelectorAll(".active-filters a, .filter-pill, a"), a => a.TextContent.Contains("Language: Japanese"));
        Assert.Contains(all.QuerySelectorAll(".languages a"), a => a.GetAttribute("href") == "/sources?language=ja" && a.TextContent == "Japanese");
        Assert.Equal("ja", (await app.GetPageAsync("/sources/" + Uri.EscapeDataString(await app.SlugOfAsync(Japanese)))).QuerySelector(".reader-body")!.GetAttribute("lang"));
    }

    private async Task ImportAsync()
    {
        using IServiceScope scope = app.Services.CreateScope();
        string path = Path.Combine(SharedData.Corpus("japan-ja"), "docs", Japanese);
        await scope.ServiceProvider.GetRequiredService<SourceImporter>().ImportAsync(new SourceInput(Japanese, await File.ReadAllBytesAsync(path)));
    }
}
