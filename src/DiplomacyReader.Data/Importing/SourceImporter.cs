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
/// The one place that knows both the pipeline's records and the store's entities. A source with its passages,
/// statements, flags and links lands whole or not at all (a single import is one transaction; a folder is
/// stored a batch to a transaction, each batch falling back to one transaction a source when anything in it
/// fails), and the same bytes imported twice change nothing.
/// </summary>
public sealed class SourceImporter(DiplomacyDbContext db, IngestionPipeline pipeline, StoredLinker linker, StoryGrouper stories, TimeProvider time, ILogger<SourceImporter> logger)
{
    // How many documents are read ahead of the one being stored: enough to keep every core busy.
    private static readonly int ReadAhead = Environment.ProcessorCount * 2;

    // Sources stored in one transaction by a batch import: each commit costs a flush of the search index
    // (one FTS5 segment, merged later) and of the facet counts, so a commit per source was most of the time.
    private const int BatchSize = 32;

    // Below this many files a batch is not worth loading every stored hash for.
    private const int KnownHashesFrom = 64;

    // Read at the first document this importer stores (SourceMapper.Tags).
    private SourceMapper.Tags? _tags;

    public async Task<ImportResult> ImportAsync(SourceInput input, CancellationToken cancellationToken = default) =>
        await StoreAsync(Prepare(input, known: null), cancellationToken);

    /// <summary>
    /// Imports every file in input order; one file's failure does not stop the others. The pipeline reads
    /// the next files on other cores while a batch is stored (<see cref="StoreBatchAsync"/>);
    /// <paramref name="onEach"/> hears of each file once its batch is committed.
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
            var batch = new List<Prepared>(BatchSize);
            while (batch.Count < BatchSize && (next < all.Count || ahead.Count > 0))
            {
                while (next < all.Count && ahead.Count < ReadAhead)
                {
                    InputFile file = all[next++];
                    ahead.Enqueue(Task.Run(() => Prepare(file, known), cancellationToken));
                }

                batch.Add(await ahead.Dequeue());
            }

            foreach (ImportResult result in await StoreBatchAsync(batch, cancellationToken))
            {
                results.Add(result);
                onEach?.Invoke(result);
            }
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

    // The outcome of a file that needs no storing: refused before the store, or its bytes stored already
    // (before this import, or earlier in the same batch); null for a file to store.
    private async Task<ImportResult?> KnownOutcomeAsync(Prepared prepared, CancellationToken cancellationToken) =>
        prepared.Early ?? (await StoredSlugAsync(prepared.Hash!, cancellationToken) is string existing
            ? new ImportResult(prepared.FileName, ImportOutcome.Duplicate, existing)
            : null);

    private async Task<ImportResult> StoreAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        if (await KnownOutcomeAsync(prepared, cancellationToken) is ImportResult known)
        {
            return known;
        }

        string hash = prepared.Hash!;
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

    /// <summary>
    /// Stores <paramref name="batch"/> in one transaction. Anything going wrong in it (a unique index refusing
    /// a slug another writer took, a file the store refuses) rolls the whole batch back, and its files are then
    /// stored one transaction each, as a single import is: one bad file still never costs another its place.
    /// </summary>
    private async Task<IReadOnlyList<ImportResult>> StoreBatchAsync(IReadOnlyList<Prepared> batch, CancellationToken cancellationToken)
    {
        if (batch.Count(p => p.Early is null) < 2)
        {
            return await StoreEachAsync(batch, cancellationToken);
        }

        var results = new List<ImportResult>(batch.Count);
        try
        {
            await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var pending = new PendingCommit();
            foreach (Prepared prepared in batch)
            {
                results.Add(await KnownOutcomeAsync(prepared, cancellationToken)
                    ?? await WriteDocumentAsync(prepared.FileName, prepared.Document!, pending, cancellationToken));
            }

            await pending.SaveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException)
        {
            logger.LogInformation(e, "A batch of {Count} files failed; storing them one by one", batch.Count);
            db.ChangeTracker.Clear();
            return await StoreEachAsync(batch, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ImportResult>> StoreEachAsync(IReadOnlyList<Prepared> batch, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>(batch.Count);
        foreach (Prepared prepared in batch)
        {
            results.Add(await StoreAsync(prepared, cancellationToken));
        }

        return results;
    }

    // One transaction: the source with everything derived from it, or nothing.
    private async Task<ImportResult> StoreDocumentAsync(string fileName, SourceDocument document, CancellationToken cancellationToken)
    {
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = new PendingCommit();
        ImportResult result = await WriteDocumentAsync(fileName, document, pending, cancellationToken);
        await pending.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // The source with everything derived from it, inside the caller's transaction; its facet counts and id are
    // added to <paramref name="pending"/>, which the caller saves before it commits.
    private async Task<ImportResult> WriteDocumentAsync(string fileName, SourceDocument document, PendingCommit pending, CancellationToken cancellationToken)
    {
        _tags ??= await SourceMapper.Tags.ReadAsync(db, cancellationToken);
        Source source = await new SourceMapper(db, _tags).MapAsync(document, time.GetUtcNow(), cancellationToken);
        await SourceRows.StoreAsync(db, source, cancellationToken);
        CountFacets(source, pending.Counts);
        pending.SourceIds.Add(source.Id);
        int links = await linker.LinkAsync(source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the links first: stories are told apart by them too
        await stories.GroupAsync(source, cancellationToken);

        // A batch shares one context; left tracked, every stored link would be scanned again at each save.
        db.ChangeTracker.Clear();
        return new ImportResult(fileName, ImportOutcome.Ingested, source.Slug, Statements: source.Statements.Count, Links: links);
    }

    // The counts pages read instead of counting (Facets/), saved in the same transaction as the statements they count.
    private static void CountFacets(Source source, FacetCountDeltas counts)
    {
        foreach (Statement statement in source.Statements)
        {
            counts.Add(StatementFacetRow.Of(statement, source));
        }

        counts.AddSourceTags(source.Kind, source.Topics.Select(t => (t.Slug, t.Name)));
        counts.AddSource(source.MentionedActors.Concat(source.Statements.Select(s => s.Speaker).OfType<Actor>()).Select(a => (a.Slug, a.Name)));
    }
}
