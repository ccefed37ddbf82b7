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
public sealed class SourceImporter(DiplomacyDbContext db, IngestionPipeline pipeline, StoredLinker linker, TimeProvider time, ILogger<SourceImporter> logger)
{
    public async Task<ImportResult> ImportAsync(SourceInput input, CancellationToken cancellationToken = default)
    {
        string hash = IngestionPipeline.Hash(input.Bytes);
        string? existing = await db.Sources.Where(s => s.ContentHash == hash).Select(s => s.Slug).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(input.FileName, ImportOutcome.Duplicate, existing);
        }

        SourceDocument document;
        try
        {
            document = pipeline.Process(input);
        }
        catch (IngestionException e)
        {
            return new ImportResult(input.FileName, ImportOutcome.Failed, Reason: e.Reason);
        }

        // Another writer (a second app instance, a parallel ingest) may store the same bytes, or take the
        // slug or a new actor's name this source needs, between the check above and the commit: the unique
        // indexes refuse the loser, which then reports the duplicate or tries once more with fresh slugs.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreAsync(input, document, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException)
            {
                db.ChangeTracker.Clear();
                string? stored = await db.Sources.Where(s => s.ContentHash == hash).Select(s => s.Slug).FirstOrDefaultAsync(cancellationToken);
                if (stored is not null)
                {
                    return new ImportResult(input.FileName, ImportOutcome.Duplicate, stored);
                }

                if (attempt == 1 && db.Dialect.IsUniqueViolation(e))
                {
                    continue;
                }

                logger.LogWarning(e, "Storing {File} failed", input.FileName);
                return new ImportResult(input.FileName, ImportOutcome.Failed, Reason: $"the store refused it ({e.GetBaseException().Message}).");
            }
        }
    }

    // One transaction: the source with everything derived from it, or nothing.
    private async Task<ImportResult> StoreAsync(SourceInput input, SourceDocument document, CancellationToken cancellationToken)
    {
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Source source = await new SourceMapper(db).MapAsync(document, time.GetUtcNow(), cancellationToken);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        await CountFacetsAsync(source, cancellationToken);
        int links = await linker.LinkAsync(source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // A batch shares one context; left tracked, every stored entity would be scanned again at each save.
        db.ChangeTracker.Clear();
        return new ImportResult(input.FileName, ImportOutcome.Ingested, source.Slug, Statements: source.Statements.Count, Links: links);
    }

    // The counts pages read instead of counting (Facets/), kept in the same transaction as the statements they count.
    private async Task CountFacetsAsync(Source source, CancellationToken cancellationToken)
    {
        var deltas = new FacetCountDeltas();
        foreach (Statement statement in source.Statements)
        {
            deltas.Add(StatementFacetRow.Of(statement, source));
        }

        await deltas.SaveAsync(db, cancellationToken);
    }

    /// <summary>Imports every file in order; one file's failure does not stop the others.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAllAsync(IEnumerable<InputFile> files, CancellationToken cancellationToken = default)
    {
        var results = new List<ImportResult>();
        foreach (InputFile file in files)
        {
            SourceInput input;
            try
            {
                input = file.Read();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                results.Add(new ImportResult(file.FileName, ImportOutcome.Failed, Reason: $"cannot be read ({e.Message})."));
                continue;
            }

            results.Add(await ImportAsync(input, cancellationToken));
        }

        return results;
    }
}
