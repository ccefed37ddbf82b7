using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Compare;

/// <summary>The compare page on the seeds plus a second report on the same speech that invents one quote.</summary>
public sealed class ComparePageTests(ComparePageTests.App app) : IClassFixture<ComparePageTests.App>
{
    public sealed class App : DiplomacyReaderApp
    {
        private readonly Lazy<Task> _extra;

        public App() => _extra = new(() => ImportAsync(Path.Combine(RepositoryPaths.Root, "tests", "alignment", "a01_japan_times_diet_speech.txt"), new DateOnly(2025, 1, 24)));

        public Task EnsureExtraReportAsync() => _extra.Value;

        private async Task ImportAsync(string path, DateOnly date)
        {
            using IServiceScope scope = Services.CreateScope();
            ImportResult result = await scope.ServiceProvider.GetRequiredService<SourceImporter>()
                .ImportAsync(new SourceInput(Path.GetFileName(path), await File.ReadAllBytesAsync(path), new KnownFacts(Date: date, Publisher: "The Japan Times")));
            Assert.Equal(ImportOutcome.Ingested, result.Outcome);
        }
    }

    private async Task<IHtmlDocument> CompareAsync(string query = "")
    {
        await app.EnsureExtraReportAsync();
        return await app.GetPageAsync("/compare/" + await app.SlugOfAsync("001_08484923193f66f5.txt") + query);
    }

    [Fact]
    public async Task Press_statements_stand_beside_the_passage_they_report_with_their_fidelity()
    {
        IHtmlDocument page = await CompareAsync();
        IElement china = page.QuerySelectorAll(".compare-row.covered").Single(r => r.QuerySelector(".compare-left")!.TextContent.Contains("“constructive and stable relationship,”", StringComparison.Ordinal));
        Assert.Contains(china.QuerySelectorAll(".report"), r => r.QuerySelector("q")!.TextContent == "constructive and stable" && r.QuerySelector(".fidelity-verbatim") is not null);
        Assert.All(page.QuerySelectorAll(".report a[href^='/sources/']"), a => Assert.Contains('#', a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Another_translation_shows_what_the_press_changed_word_by_word()
    {
        IHtmlDocument page = await CompareAsync();
        IElement report = page.QuerySelectorAll(".report").Single(r => r.QuerySelector("q")!.TextContent.StartsWith("The Japan-U.S. alliance is the linchpin", StringComparison.Ordinal));
        Assert.NotNull(report.QuerySelector(".fidelity-close"));
        Assert.Contains(report.QuerySelectorAll(".diff ins"), i => i.TextContent == "linchpin");
        Assert.Contains(report.QuerySelectorAll(".diff del"), d => d.TextContent == "cornerstone");
    }

    [Fact]
    public async Task Filters_by_fidelity_and_outlet_combine()
    {
        IHtmlDocument verbatim = await CompareAsync("?fidelity=verbatim");
        Assert.NotEmpty(verbatim.QuerySelectorAll(".report"));
        Assert.All(verbatim.QuerySelectorAll(".report .badge"), b => Assert.StartsWith("verbatim", b.TextContent));

        IHtmlDocument japanTimes = await CompareAsync("?outlet=The%20Japan%20Times&fidelity=verbatim");
        Assert.NotEmpty(japanTimes.QuerySelectorAll(".report"));
        Assert.All(japanTimes.QuerySelectorAll(".report"), r => Assert.Contains("The Japan Times", r.TextContent));
        Assert.True(japanTimes.QuerySelectorAll(".report").Length < verbatim.QuerySelectorAll(".report").Length);
    }

    [Fact]
    public async Task A_quote_the_speech_does_not_contain_is_listed_and_flagged_on_its_source()
    {
        IHtmlDocument page = await CompareAsync();
        string missing = page.QuerySelector("section[aria-labelledby=not-found]")!.TextContent;
        Assert.Contains("double its development aid to the continent by 2027", missing);

        IHtmlDocument report = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("a01_japan_times_diet_speech.txt"));
        IElement flag = Assert.Single(report.QuerySelectorAll("section.flags li"));
        Assert.Contains("quote-not-found", flag.TextContent);
        Assert.Contains("double its development aid", flag.TextContent);
    }

    [Fact]
    public async Task Coverage_shows_sections_the_press_ignored_on_the_compare_page_and_the_transcript_page()
    {
        IHtmlDocument page = await CompareAsync();
        IElement middleEast = page.QuerySelectorAll(".coverage-table tbody tr").Single(r => r.Children[0].TextContent.StartsWith("Response to the situation in the Middle East", StringComparison.Ordinal));
        Assert.Contains("ignored", middleEast.ClassList);
        Assert.Contains("not reported", middleEast.Children[0].TextContent); // in words, not by colour alone
        IElement alliance = page.QuerySelectorAll(".coverage-table tbody tr").Single(r => r.Children[0].TextContent == "Strengthening the Japan-US Alliance");
        Assert.DoesNotContain("ignored", alliance.ClassList);
        Assert.NotEmpty(page.QuerySelectorAll("svg.coverage-strip rect.covered"));
        Assert.NotEmpty(page.QuerySelectorAll("svg.coverage-strip rect.uncovered"));

        IHtmlDocument transcript = await app.GetPageAsync("/sources/" + await app.SlugOfAsync("001_08484923193f66f5.txt"));
        Assert.NotNull(transcript.QuerySelector("section.coverage svg.coverage-strip"));
    }

    [Fact]
    public async Task Correct_sources_carry_no_flags()
    {
        await app.EnsureExtraReportAsync();
        foreach (string file in new[] { "000_fb6d619591c2ab4c.txt", "001_08484923193f66f5.txt", "002_db39fb9482dc13f4.txt" })
        {
            Assert.Null((await app.GetPageAsync("/sources/" + await app.SlugOfAsync(file))).QuerySelector("section.flags"));
        }
    }

    [Fact]
    public async Task Compare_index_lists_the_transcript()
    {
        IHtmlDocument page = await app.GetPageAsync("/compare");
        Assert.Single(page.QuerySelectorAll("main li a"));
    }
}
