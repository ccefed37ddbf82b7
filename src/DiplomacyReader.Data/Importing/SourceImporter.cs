using DiplomacyReader.Data.Stories;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Facets;
using DiplomacyReader.Data.Knowledge;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// The one place that knows both the pipeline's records and the store's entities. Importing a source is one
/// transaction: the source with its passages, statements, flags and links lands whole or not at all, and the
/// same bytes imported twice change nothing.
/// </summary>
public sealed class SourceImporter(DiplomacyDbContext db, IngestionPipeline pipeline, StoredLinker linker, StoryGrouper stories, TimeProvider time, ILogger<SourceImporter> logger)
{
    // How many documents are read ahead of the one being stored: enough to keep every core busy.
    private static readonly int ReadAhead = Environment.ProcessorCount * 2;

    // Below this many files a batch is not worth loading every stored hash for.
    private const int KnownHashesFrom = 64;

    public async Task<ImportResult> ImportAsync(SourceInput input, CancellationToken cancellationToken = default) =>
        await StoreAsync(Prepare(input, known: null), cancellationToken);

    /// <summary>
    /// Imports every file in input order; one file's failure does not stop the others. The pipeline reads
    /// the next files on other cores while one is stored (each still in its own transaction);
    /// <paramref name="onEach"/> hears of each file as it ends.
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAllAsync(IEnumerable<InputFile> files, CancellationToken cancellationToken = default, Action<ImportResult>? onEach = null)
    {
        IReadOnlyList<InputFile> all = files as IReadOnlyList<InputFile> ?? files.ToList();
        // Documents already stored need no reading: a re-run over a folder costs lookups, not the pipeline.
        IReadOnlySet<string>? known = all.Count >= KnownHashesFrom
            ? (await db.Sources.Select(s => s.ContentHash).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : null;
        var results = new List<ImportResult>(all.Count);
        var ahead = new Queue<Task<Prepared>>();
        int next = 0;
        while (next < all.Count || ahead.Count > 0)
        {
            while (next < all.Count && ahead.Count < ReadAhead)
            {
                InputFile file = all[next++];
                ahead.Enqueue(Task.Run(() => Prepare(file, known), cancellationToken));
            }

            ImportResult result = await StoreAsync(await ahead.Dequeue(), cancellationToken);
            results.Add(result);
            onEach?.Invoke(result);
        }

        return results;
    }

    /// <summary>A file read and processed, or the reason it could not be; thread-safe, so files are prepared in parallel.</summary>
    private sealed record Prepared(string FileName, string? Hash, SourceDocument? Document, ImportResult? Early);

    private Prepared Prepare(InputFile file, IReadOnlySet<string>? known)
    {
        if (file.Problem is string problem)
        {
            return new Prepared(file.FileName, null, null, new ImportResult(file.FileName, ImportOutcome.Failed, Reason: problem));
        }

        SourceInput input;
        try
        {
            input = file.Read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(file.FileName, null, null, new ImportResult(file.FileName, ImportOutcome.Failed, Reason: $"cannot be read ({e.Message})."));
        }
        catch (IngestionException e)
        {
            return new Prepared(file.FileName, null, null, new ImportResult(file.FileName, ImportOutcome.Failed, Reason: e.Reason));
        }

        return Prepare(input, known);
    }

    private Prepared Prepare(SourceInput input, IReadOnlySet<string>? known)
    {
        string hash = IngestionPipeline.Hash(input.Bytes);
        if (known?.Contains(hash) == true)
        {
            return new Prepared(input.FileName, hash, null, null); // stored before this batch: the store names its slug
        }

        try
        {
            return new Prepared(input.FileName, hash, pipeline.Process(input), null);
        }
        catch (IngestionException e)
        {
            return new Prepared(input.FileName, hash, null, new ImportResult(input.FileName, ImportOutcome.Failed, Reason: e.Reason));
        }
    }

    private async Task<ImportResult> StoreAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        if (prepared.Early is ImportResult early)
        {
            return early;
        }

        string hash = prepared.Hash!;
        if (await StoredSlugAsync(hash, cancellationToken) is string existing)
        {
            return new ImportResult(prepared.FileName, ImportOutcome.Duplicate, existing);
        }

        SourceDocument document = prepared.Document!;
        // Another writer (a second app instance, a parallel ingest) may store the same bytes, or take the
        // slug or a new actor's name this source needs, between the check above and the commit: the unique
        // indexes refuse the loser, which then reports the duplicate or tries once more with fresh slugs.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreDocumentAsync(prepared.FileName, document, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException)
            {
                db.ChangeTracker.Clear();
                if (await StoredSlugAsync(hash, cancellationToken) is string stored)
                {
                    return new ImportResult(prepared.FileName, ImportOutcome.Duplicate, stored);
                }

                if (attempt == 1 && db.Dialect.IsUniqueViolation(e))
                {
                    continue;
                }

                logger.LogWarning(e, "Storing {File} failed", prepared.FileName);
                return new ImportResult(prepared.FileName, ImportOutcome.Failed, Reason: $"the store refused it ({e.GetBaseException().Message}).") { StoreFailed = true };
            }
        }
    }

    // The slug of the source already stored with these bytes, if any.
    private Task<string?> StoredSlugAsync(string hash, CancellationToken cancellationToken) =>
        db.Sources.Where(s => s.ContentHash == hash).Select(s => s.Slug).FirstOrDefaultAsync(cancellationToken);

    // One transaction: the source with everything derived from it, or nothing.
    private async Task<ImportResult> StoreDocumentAsync(string fileName, SourceDocument document, CancellationToken cancellationToken)
    {
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Source source = await new SourceMapper(db).MapAsync(document, time.GetUtcNow(), cancellationToken);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        await CountFacetsAsync(source, cancellationToken);
        int links = await linker.LinkAsync(source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the links first: stories are told apart by them too
        await stories.GroupAsync(source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // A batch shares one context; left tracked, every stored entity would be scanned again at each save.
        db.ChangeTracker.Clear();
        return new ImportResult(fileName, ImportOutcome.Ingested, source.Slug, Statements: source.Statements.Count, Links: links);
    }

    // The counts pages read instead of counting (Facets/), kept in the same transaction as the statements they count.
    private async Task CountFacetsAsync(Source source, CancellationToken cancellationToken)
    {
        var deltas = new FacetCountDeltas();
        foreach (Statement statement in source.Statements)
        {
            deltas.Add(StatementFacetRow.Of(statement, source));
        }

        deltas.AddSourceTags(source.Kind, source.Topics.Select(t => (t.Slug, t.Name)));
        deltas.AddSource(source.MentionedActors.Concat(source.Statements.Select(s => s.Speaker).OfType<Actor>()).Select(a => (a.Slug, a.Name)));

        await deltas.SaveAsync(db, cancellationToken);
    }
}
