using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Sources;

/// <summary>The reader of an official English version shows the Japanese original under each passage it aligns with (japan-ja).</summary>
public sealed class TranslationReaderTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    [SharedDataFact]
    public async Task The_english_version_shows_the_japanese_words_under_its_passages_and_the_original_names_its_version()
    {
        await ImportAsync("03_mofa-kamikawa-pc-20230929-ja.txt", "04_mofa-kamikawa-pc-20230929-en.txt");

        IHtmlDocument english = await app.GetPageAsync("/sources/" + Uri.EscapeDataString(await app.SlugOfAsync("04_mofa-kamikawa-pc-20230929-en.txt")));
        IHtmlDocument japanese = await app.GetPageAsync("/sources/" + Uri.EscapeDataString(await app.SlugOfAsync("03_mofa-kamikawa-pc-20230929-ja.txt")));

        Assert.Contains(english.QuerySelectorAll(".reader-body .original[lang=ja]"), p => p.TextContent.Contains("外務大臣に就任して2週間となります", StringComparison.Ordinal));
        Assert.Contains("The official English version", japanese.QuerySelector(".translation-partner")!.TextContent);
        Assert.Empty(japanese.QuerySelectorAll(".reader-body .original")); // the original is not glossed with the translation
    }

    private async Task ImportAsync(params string[] files)
    {
        using IServiceScope scope = app.Services.CreateScope();
        foreach (string file in files)
        {
            string path = Path.Combine(SharedData.Corpus("japan-ja"), "docs", file);
            await scope.ServiceProvider.GetRequiredService<SourceImporter>().ImportAsync(new SourceInput(file, await File.ReadAllBytesAsync(path)));
        }
    }
}
