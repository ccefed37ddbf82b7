using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Importing;

/// <summary>
/// Real transcripts and the coverage that quotes them (../shared/corpus/japan-dev), stored in either order:
/// the stored linker gives each press quote the passage of the right official's turn, with or without dates.
/// </summary>
public sealed class RealCoverageLinkTests
{
    private static string Doc(string prefix) => Directory.GetFiles(Path.Combine(SharedData.Corpus("japan-dev"), "docs"), prefix + "_*.txt").Single();

    private static async Task<(string Passage, string Fidelity)?> LinkOfAsync(TestStore store, string quoteStart) =>
        await store.QueryAsync(db => db.Links.AsNoTracking()
            .Where(l => l.Statement.Quote != null && l.Statement.Quote.StartsWith(quoteStart))
            .Select(l => new { l.TargetPassage.Text, l.Fidelity }).ToListAsync()) is [var link]
            ? (link.Text, link.Fidelity.ToString()) : null;

    [SharedDataTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_quote_of_the_Camp_David_press_conference_links_to_the_presidents_own_words(bool transcriptFirst)
    {
        await using TestStore store = await TestStore.CreateAsync();
        string transcript = Doc("04"), report = Doc("05");
        await store.ImportAsync(transcriptFirst ? [transcript, report] : [report, transcript]);

        (string passage, string fidelity) = Assert.NotNull(await LinkOfAsync(store, "If I seem like I"));
        Assert.StartsWith("If I seem like I'm happy", passage, StringComparison.Ordinal);
        Assert.Equal("Verbatim", fidelity);
    }

    [SharedDataFact]
    public async Task In_a_joint_appearance_a_quote_goes_to_its_speakers_turn_not_the_hosts()
    {
        // The Oval Office remarks: President Biden speaks first, Prime Minister Kishida after him; the press
        // quotes each. Kishida's words must link to a passage of Kishida's turn.
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(Doc("17"), Doc("19"));

        int kishida = await store.QueryAsync(db => db.Actors.Where(a => a.Name == "Fumio Kishida").Select(a => a.Id).SingleAsync());
        var links = await store.QueryAsync(db => db.Links.AsNoTracking()
            .Where(l => l.Statement.SpeakerId == kishida)
            .Select(l => new { l.Statement.Quote, Turn = l.TargetPassage.Statements.Where(s => s.Kind == Ingestion.Model.StatementKind.Official).Select(s => s.SpeakerId).FirstOrDefault() })
            .ToListAsync());
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(kishida, l.Turn));
    }
}
