using System.Text;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Tests.Importing;

public sealed class SourceImporterTests
{
    [Fact]
    public async Task The_seed_folder_imports_whole_with_manifest_facts_and_original_bytes()
    {
        await using TestStore store = await TestStore.CreateAsync();
        IReadOnlyList<ImportResult> results = await store.ImportAsync(RepositoryPaths.Seeds);

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal(ImportOutcome.Ingested, r.Outcome));
        var sources = await store.QueryAsync(db => db.Sources.AsNoTracking().OrderBy(s => s.FileName).ToListAsync());
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.Seed("002_db39fb9482dc13f4.txt")), sources[2].OriginalBytes);
        Assert.Equal(new DateOnly(2025, 1, 21), sources[2].PublishedOn); // from the manifest: the text has no date line
        Assert.Equal(SourceKind.Transcript, sources[1].Kind);
        Assert.Equal("Ministry of Foreign Affairs of Japan", sources[1].Publisher);
    }

    [Fact]
    public async Task Each_statement_and_flag_points_at_a_passage_of_its_own_source_that_holds_it()
    {
        // A source's rows of one table are written together (in one round trip on PostgreSQL): each row must get
        // its own new id back, or statements would point at their neighbours' passages.
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        var statements = await store.QueryAsync(db => db.Statements.AsNoTracking()
            .Select(s => new { s.SourceId, s.Text, PassageSource = s.Passage.SourceId, Passage = s.Passage.Text }).ToListAsync());
        var flags = await store.QueryAsync(db => db.Flags.AsNoTracking().Where(f => f.Passage != null)
            .Select(f => new { f.SourceId, PassageSource = f.Passage!.SourceId }).ToListAsync());

        Assert.True(statements.Count > 50, $"only {statements.Count} statements");
        Assert.All(statements, s => Assert.Equal(s.SourceId, s.PassageSource));
        Assert.All(statements, s => Assert.Contains(s.Text[..Math.Min(20, s.Text.Length)], s.Passage, StringComparison.Ordinal));
        Assert.All(flags, f => Assert.Equal(f.SourceId, f.PassageSource));
    }

    [Fact]
    public async Task Press_quotes_link_to_the_transcript_with_their_fidelity()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        Dictionary<string, Fidelity> fidelities = await LinksByQuoteAsync(store);

        Assert.Equal(Fidelity.Verbatim, fidelities["constructive and stable"]);
        Assert.Equal(Fidelity.Verbatim, fidelities["unilateral attempts to change the status quo by force"]);
        Assert.NotEqual(Fidelity.Verbatim, fidelities["huge responsibility for the peace and prosperity of the region and the world"]);
        Assert.NotEqual(Fidelity.Verbatim, fidelities.First(f => f.Key.Contains("linchpin", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public async Task Links_do_not_depend_on_which_of_report_and_transcript_arrived_first()
    {
        await using TestStore pressFirst = await TestStore.CreateAsync();
        await pressFirst.ImportAsync(RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"), RepositoryPaths.Seed("001_08484923193f66f5.txt"));
        await using TestStore transcriptFirst = await TestStore.CreateAsync();
        await transcriptFirst.ImportAsync(RepositoryPaths.Seed("001_08484923193f66f5.txt"), RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"));

        Dictionary<string, Fidelity> a = await LinksByQuoteAsync(pressFirst), b = await LinksByQuoteAsync(transcriptFirst);
        Assert.NotEmpty(a);
        Assert.Equal(a.OrderBy(x => x.Key), b.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task Importing_the_same_bytes_again_changes_nothing()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seeds);
        string before = await store.SnapshotAsync();

        IReadOnlyList<ImportResult> again = await store.ImportAsync(RepositoryPaths.Seeds);

        Assert.All(again, r => Assert.Equal(ImportOutcome.Duplicate, r.Outcome));
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public async Task Bad_files_fail_one_by_one_with_their_reason_and_nothing_stored_changes()
    {
        await using TestStore store = await TestStore.CreateAsync();
        await store.ImportAsync(RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"));
        string before = await store.SnapshotAsync();
        string[] bad = await WriteBadFilesAsync(store.Folder);

        IReadOnlyList<ImportResult> results = await store.ImportAsync(bad);

        Assert.All(results, r => Assert.Equal(ImportOutcome.Failed, r.Outcome));
        Assert.Equal(["empty.txt", "image.txt", "latin1.txt", "noise.bin"], results.Select(r => r.FileName));
        Assert.Contains("empty", results[0].Reason);
        Assert.Contains("binary", results[1].Reason);
        Assert.Contains("UTF-8", results[2].Reason);
        Assert.Contains("limit", results[3].Reason);
        Assert.StartsWith("failed    noise.bin: ", results[3].ToString());
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public async Task A_good_file_after_bad_ones_still_lands()
    {
        await using TestStore store = await TestStore.CreateAsync();
        string[] bad = await WriteBadFilesAsync(store.Folder);

        IReadOnlyList<ImportResult> results = await store.ImportAsync([.. bad, RepositoryPaths.Seed("003_79078e7f8c0fa45c.txt")]);

        Assert.Equal(ImportOutcome.Ingested, results[^1].Outcome);
        Assert.Equal(1, await store.QueryAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task A_file_the_store_refuses_in_a_batch_costs_the_others_nothing()
    {
        await using TestStore store = await TestStore.CreateAsync();
        // The store itself refuses one source (as a full disk or a constraint would), in the middle of a batch.
        await store.QueryAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? """
              CREATE FUNCTION refuse_source() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_source BEFORE INSERT ON "Sources" FOR EACH ROW WHEN (NEW."FileName" = '001_08484923193f66f5.txt') EXECUTE FUNCTION refuse_source();
              """
            : """
              CREATE TRIGGER refuse_source BEFORE INSERT ON "Sources" WHEN NEW."FileName" = '001_08484923193f66f5.txt'
              BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
              """));

        IReadOnlyList<ImportResult> results = await store.ImportAsync(
            RepositoryPaths.Seed("000_fb6d619591c2ab4c.txt"), RepositoryPaths.Seed("001_08484923193f66f5.txt"), RepositoryPaths.Seed("003_79078e7f8c0fa45c.txt"));

        Assert.Equal([ImportOutcome.Ingested, ImportOutcome.Failed, ImportOutcome.Ingested], results.Select(r => r.Outcome));
        Assert.Contains("refused by the test", results[1].Reason);
        Assert.Equal(["000_fb6d619591c2ab4c.txt", "003_79078e7f8c0fa45c.txt"], await store.QueryAsync(db => db.Sources.OrderBy(s => s.FileName).Select(s => s.FileName).ToListAsync()));
        // The counts pages read hold the two stored sources' statements, once each: none of the refused one's, none twice.
        int statements = await store.QueryAsync(db => db.Statements.CountAsync());
        Assert.Equal(results[0].Statements + results[2].Statements, statements);
        Assert.Equal(statements, await store.QueryAsync(db => db.FacetCounts.Where(f => f.FilterFacet == "" && f.Facet == DiplomacyReader.Data.Facets.Facet.Total).SumAsync(f => f.Count)));
    }

    private static async Task<string[]> WriteBadFilesAsync(TemporaryFolder folder)
    {
        string empty = folder.File("empty.txt"), binary = folder.File("image.txt"), latin1 = folder.File("latin1.txt"), noise = folder.File("noise.bin");
        await File.WriteAllBytesAsync(empty, []);
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        await File.WriteAllBytesAsync(latin1, Encoding.Latin1.GetBytes("Le ministre a déclaré que …"));
        byte[] random = new byte[50 * 1024 * 1024];
        new Random(7).NextBytes(random);
        await File.WriteAllBytesAsync(noise, random);
        return [empty, binary, latin1, noise];
    }

    [Fact]
    public async Task A_person_outside_the_knowledge_base_is_stored_as_a_new_actor_with_the_role_the_text_gives()
    {
        await using TestStore store = await TestStore.CreateAsync();
        string file = store.Folder.File("wong.txt");
        await File.WriteAllTextAsync(file, "CANBERRA, Sept. 2, 2024 — Australian Foreign Minister Penny Wong said the partners \"stand together on the rule of law\" in the Indo-Pacific.");

        await store.ImportAsync(file);

        Actor wong = await store.QueryAsync(db => db.Actors.Include(a => a.Roles).SingleAsync(a => a.Name == "Penny Wong"));
        Assert.Null(wong.KnowledgeBaseKey);
        Assert.Equal("AU", wong.CountryCode);
        Assert.Equal("Minister for Foreign Affairs", Assert.Single(wong.Roles).Title);
        Assert.Equal(1, await store.QueryAsync(db => db.Statements.CountAsync(s => s.SpeakerId == wong.Id)));
    }

    private static Task<Dictionary<string, Fidelity>> LinksByQuoteAsync(TestStore store) =>
        store.QueryAsync(db => db.Links.AsNoTracking()
            .Where(l => l.Statement.Quote != null)
            .Select(l => new { Quote = l.Statement.Quote!, l.Fidelity })
            .ToDictionaryAsync(l => l.Quote, l => l.Fidelity));
}
