using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Compare;

/// <summary>A passage more reports quote than the compare page shows beside it: the closest are shown, the rest a link away.</summary>
public sealed class ManyReportsComparePageTests(ManyReportsComparePageTests.App app) : IClassFixture<ManyReportsComparePageTests.App>
{
    private const int Reports = Web.Pages.Compare.DetailModel.ReportsPerPassage + 2;

    public sealed class App : DiplomacyReaderApp
    {
        private readonly Lazy<Task> _reports;

        public App() => _reports = new(ImportReportsAsync);

        public Task EnsureReportsAsync() => _reports.Value;

        // Each report quotes the speech's sentence on Taiwan word for word, in a story of its own outlet.
        private async Task ImportReportsAsync()
        {
            using IServiceScope scope = Services.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<SourceImporter>();
            for (int i = 1; i <= Reports; i++)
            {
                string text = $"Iwaya sets out Japan's course in the Diet, report {i}\n\nForeign Minister Takeshi Iwaya said on Friday: “Peace and stability across the Taiwan Strait are also important.”\n\n"
                    + $"The minister spoke for about forty minutes. Correspondent number {i} filed this story from Tokyo.\n";
                ImportResult result = await importer.ImportAsync(new SourceInput($"taiwan-report-{i}.txt", Encoding.UTF8.GetBytes(text),
                    new KnownFacts(Date: new DateOnly(2025, 1, 24), Publisher: $"Outlet {i}", Kind: SourceKind.Press)));
                Assert.Equal(ImportOutcome.Ingested, result.Outcome);
            }
        }
    }

    private async Task<(string Slug, IElement Row)> TaiwanRowAsync(string query = "")
    {
        await app.EnsureReportsAsync();
        string slug = await app.SlugOfAsync("001_08484923193f66f5.txt");
        IHtmlDocument page = await app.GetPageAsync("/compare/" + slug + query);
        return (slug, page.QuerySelectorAll(".compare-row").Single(r => r.QuerySelector(".compare-left")!.TextContent.Contains("Peace and stability across the Taiwan Strait", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_whole_speech_shows_the_closest_reports_of_a_passage_and_links_to_all_of_them()
    {
        (string slug, IElement row) = await TaiwanRowAsync();

        Assert.Equal(Web.Pages.Compare.DetailModel.ReportsPerPassage, row.QuerySelectorAll(".report").Length);
        IElement more = row.QuerySelector(".more-reports a")!;
        Assert.Equal($"all {Reports} reports of ¶{row.Id![1..]}", more.TextContent);
        Assert.Equal($"/compare/{slug}?passage={row.Id![1..]}", more.GetAttribute("href"));
    }

    [Fact]
    public async Task The_passage_alone_shows_every_report_and_keeps_the_filters()
    {
        (_, IElement whole) = await TaiwanRowAsync();
        (_, IElement alone) = await TaiwanRowAsync("?passage=" + whole.Id![1..]);

        Assert.Equal(Reports, alone.QuerySelectorAll(".report").Length);
        Assert.Null(alone.QuerySelector(".more-reports"));
        IHtmlDocument outlet = await app.GetPageAsync((await TaiwanRowAsync()).Row.QuerySelector(".more-reports a")!.GetAttribute("href") + "&outlet=Outlet%203");
        Assert.Single(outlet.QuerySelectorAll(".report"));
        Assert.Contains("Outlet 3", outlet.QuerySelector(".report")!.TextContent);
    }

    [Fact]
    public async Task A_passage_the_speech_does_not_have_is_not_found()
    {
        await app.EnsureReportsAsync();
        HttpResponseMessage response = await app.CreateClient().GetAsync("/compare/" + await app.SlugOfAsync("001_08484923193f66f5.txt") + "?passage=9999");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
