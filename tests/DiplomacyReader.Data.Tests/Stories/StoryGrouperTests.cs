using System.Text;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Stories;

/// <summary>Reports of one event across outlets become one story; a reprint of a wire story is known as its copy; other stories stay apart.</summary>
public sealed class StoryGrouperTests
{
    [SharedDataFact]
    public async Task Real_reports_of_one_press_conference_are_one_story_and_a_report_of_another_event_is_not()
    {
        string docs = Path.Combine(SharedData.Corpus("japan-dev"), "docs");
        string[] files = ["13_mofa-kamikawa-pc-20240405.txt", "14_japantoday-kamikawa-taiwan-aid-20240406.txt", "15_taipeitimes-kamikawa-taiwan-aid-20240406.txt",
            "16_covidnews-kamikawa-taiwan-aid.txt", "36_yomiuri-hayashi-airspace-violation-20240827.txt"];
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(files.Select(f => Path.Combine(docs, f)).ToArray());

        Dictionary<string, int?> stories = await store.QueryAsync(db => db.Sources.ToDictionaryAsync(s => s.FileName[..2], s => s.StoryId));

        Assert.NotNull(stories["14"]);
        Assert.Equal(stories["14"], stories["15"]);
        Assert.Equal(stories["14"], stories["16"]);
        Assert.Null(stories["13"]); // the transcript is what the story reports, not one of its reports
        Assert.Null(stories["36"]);
    }

    [Fact]
    public async Task A_reprint_of_a_wire_story_is_its_copy_in_the_same_story_whichever_is_stored_first()
    {
        string original = await File.ReadAllTextAsync(RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"));
        // The same paragraphs under another outlet's headline and footer, as a newspaper prints wire copy.
        string reprint = "Iwaya renews alliance pledge in Diet speech\n\nJAPAN TODAY\n\n" + original + "\n\n(c) Japan Today, with Kyodo\n";
        string other = await File.ReadAllTextAsync(RepositoryPaths.Seed("002_db39fb9482dc13f4.txt"));
        await using TestStore store = await TestStore.CreateAsync();
        await store.RunAsync<SourceImporter>(async importer =>
        {
            await importer.ImportAsync(new SourceInput("reprint.txt", Encoding.UTF8.GetBytes(reprint), new KnownFacts(Publisher: "Japan Today", Date: new DateOnly(2025, 1, 25))));
            await importer.ImportAsync(new SourceInput("kyodo.txt", Encoding.UTF8.GetBytes(original), new KnownFacts(Publisher: "Kyodo", Date: new DateOnly(2025, 1, 24))));
            await importer.ImportAsync(new SourceInput("other.txt", Encoding.UTF8.GetBytes(other), new KnownFacts(Publisher: "Japan Today", Date: new DateOnly(2025, 1, 21))));
        });

        var sources = await store.QueryAsync(db => db.Sources.ToDictionaryAsync(s => s.FileName, s => new { s.Id, s.StoryId, s.CopyOfId }));

        Assert.NotNull(sources["kyodo.txt"].StoryId);
        Assert.Equal(sources["kyodo.txt"].StoryId, sources["reprint.txt"].StoryId);
        Assert.Equal(sources["kyodo.txt"].Id, sources["reprint.txt"].CopyOfId); // the later one copies the earlier, though it was stored first
        Assert.Null(sources["kyodo.txt"].CopyOfId);
        Assert.Null(sources["other.txt"].StoryId);
    }
}
