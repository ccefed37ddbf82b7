using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Compare;

/// <summary>
/// A real joint appearance from ../shared/corpus/japan-dev (President Biden and Prime Minister Kishida in the
/// Oval Office, with a press report quoting both): each press quote stands beside a turn of the official who
/// said it, and each turn says whose it is.
/// </summary>
public sealed class JointPressConferenceCompareTests(DiplomacyReaderApp app) : IClassFixture<DiplomacyReaderApp>
{
    private static string Doc(string prefix) => Directory.GetFiles(Path.Combine(SharedData.Corpus("japan-dev"), "docs"), prefix + "_*.txt").Single();

    private async Task<string> ImportAsync(string path)
    {
        using IServiceScope scope = app.Services.CreateScope();
        ImportResult result = await scope.ServiceProvider.GetRequiredService<SourceImporter>()
            .ImportAsync(new SourceInput(Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        Assert.True(result.Outcome is ImportOutcome.Ingested or ImportOutcome.Duplicate, result.Reason);
        return await app.SlugOfAsync(Path.GetFileName(path));
    }

    [SharedDataFact]
    public async Task Each_press_quote_stands_beside_a_turn_of_the_official_who_said_it()
    {
        string transcript = await ImportAsync(Doc("17"));
        await ImportAsync(Doc("19"));

        IHtmlDocument page = await app.GetPageAsync("/compare/" + transcript);
        IElement[] covered = page.QuerySelectorAll(".compare-row.covered").ToArray();
        Assert.NotEmpty(covered);
        string[] turnSpeakers = page.QuerySelectorAll(".compare-left .turn-speaker").Select(s => s.TextContent).Distinct().ToArray();
        Assert.Contains("Joe Biden", turnSpeakers);
        Assert.Contains("Fumio Kishida", turnSpeakers);
        foreach (IElement row in covered)
        {
            string turn = row.QuerySelector(".compare-left .turn-speaker")!.TextContent;
            Assert.All(row.QuerySelectorAll(".report .report-speaker"), s => Assert.Equal(turn + ":", s.TextContent));
        }

        Assert.Contains(covered, r => r.QuerySelector(".turn-speaker")!.TextContent == "Fumio Kishida");
    }
}
