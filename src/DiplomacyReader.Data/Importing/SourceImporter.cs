using DiplomacyReader.Data.Entities;
using DiplomacyReader.Data.Knowledge;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Data.Sqlite;
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

        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            Source source = await new SourceMapper(db).MapAsync(document, time.GetUtcNow(), cancellationToken);
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
            int links = await linker.LinkAsync(source, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            // A batch shares one context; left tracked, every stored entity would be scanned again at each save.
            db.ChangeTracker.Clear();
            return new ImportResult(input.FileName, ImportOutcome.Ingested, source.Slug, Statements: source.Statements.Count, Links: links);
        }
        catch (Exception e) when (e is DbUpdateException or SqliteException or InvalidOperationException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "Storing {File} failed", input.FileName);
            return new ImportResult(input.FileName, ImportOutcome.Failed, Reason: $"the store refused it ({e.GetBaseException().Message}).");
        }
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
