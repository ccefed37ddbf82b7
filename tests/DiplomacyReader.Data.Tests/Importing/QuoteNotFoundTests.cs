using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Importing;

/// <summary>A quote its speaker's transcript does not contain is flagged on the report, whichever arrived first.</summary>
public sealed class QuoteNotFoundTests
{
    private static readonly string s_report = Path.Combine(RepositoryPaths.Root, "tests", "alignment", "a01_japan_times_diet_speech.txt");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_invented_quote_is_flagged_once_pointing_at_the_transcript(bool transcriptFirst)
    {
        await using TestStore store = await TestStore.CreateAsync();
        string folder = store.Folder.File("corpus");
        Directory.CreateDirectory(folder);
        File.Copy(RepositoryPaths.Seed("001_08484923193f66f5.txt"), Path.Combine(folder, "001_08484923193f66f5.txt"));
        File.Copy(s_report, Path.Combine(folder, "a01.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), """{ "sources": [ { "file": "a01.txt", "date": "2025-01-24" } ] }""");
        string transcript = Path.Combine(folder, "001_08484923193f66f5.txt"), report = Path.Combine(folder, "a01.txt");

        await store.ImportAsync(transcriptFirst ? [transcript, report] : [report, transcript]);

        Flag flag = await store.QueryAsync(db => db.Flags.AsNoTracking().Include(f => f.Source).Include(f => f.Passage).SingleAsync());
        int transcriptId = await store.QueryAsync(db => db.Sources.Where(s => s.FileName == "001_08484923193f66f5.txt").Select(s => s.Id).SingleAsync());
        Assert.Equal(FlagKind.QuoteNotFound, flag.Kind);
        Assert.Equal("a01.txt", flag.Source.FileName);
        Assert.Equal(transcriptId, flag.RelatedSourceId);
        Assert.Contains("double its development aid to the continent by 2027", flag.Message);
        Assert.Contains("double its development aid", flag.Passage!.Text);
    }
}
