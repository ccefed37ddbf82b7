using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// Stores a mapped source: EF Core writes the actors first met in it (with their roles); every other row (the
/// source, its passages, statements, flags and join rows) goes through one <see cref="PreparedInsert"/> a
/// table. Inside the caller's transaction.
/// </summary>
internal static class SourceRows
{
    /// <summary>
    /// Writes <paramref name="source"/> and everything mapped under it, and fills in every id. The context tracks
    /// nothing afterwards; the source object stays whole in memory for the steps that read it (facets, stories).
    /// </summary>
    public static async Task StoreAsync(DiplomacyDbContext db, Source source, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken); // the actors the mapper created
        }

        db.ChangeTracker.Clear();
        source.TranscriptSpeakerId = source.TranscriptSpeaker?.Id;
        await using (PreparedInsert insert = PreparedInsert.Of<Source>(db))
        {
            source.Id = await insert.InsertAsync(source, cancellationToken);
        }

        await InsertJoinAsync<Source>(db, nameof(Source.Countries), source.Countries.Select(c => ((object)source.Id, (object)c.Code)), cancellationToken);
        await InsertJoinAsync<Source>(db, nameof(Source.Topics), source.Topics.Select(t => ((object)source.Id, (object)t.Id)), cancellationToken);
        await InsertJoinAsync<Source>(db, nameof(Source.MentionedActors), source.MentionedActors.Select(a => ((object)source.Id, (object)a.Id)), cancellationToken);

        foreach (Passage passage in source.Passages)
        {
            passage.SourceId = source.Id;
        }

        await InsertAllAsync(db, source.Passages, (passage, id) => passage.Id = id, cancellationToken);
        foreach (Statement statement in source.Statements)
        {
            statement.SourceId = source.Id;
            statement.PassageId = statement.Passage.Id;
            statement.SpeakerId = statement.Speaker?.Id;
        }

        await InsertAllAsync(db, source.Statements, (statement, id) => statement.Id = id, cancellationToken);

        await InsertJoinAsync<Statement>(db, nameof(Statement.Countries), source.Statements.SelectMany(s => s.Countries.Select(c => ((object)s.Id, (object)c.Code))), cancellationToken);
        await InsertJoinAsync<Statement>(db, nameof(Statement.Topics), source.Statements.SelectMany(s => s.Topics.Select(t => ((object)s.Id, (object)t.Id))), cancellationToken);

        foreach (Flag flag in source.Flags)
        {
            flag.SourceId = source.Id;
            flag.PassageId = flag.Passage?.Id;
        }

        await InsertAllAsync(db, source.Flags, (flag, id) => flag.Id = id, cancellationToken);
    }

    // The rows of one table, and each entity's new id given back to it.
    private static async Task InsertAllAsync<T>(DiplomacyDbContext db, ICollection<T> entities, Action<T, int> setId, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        T[] rows = entities.ToArray();
        await using PreparedInsert insert = PreparedInsert.Of<T>(db);
        int[] ids = await insert.InsertAllAsync(rows, cancellationToken);
        for (int i = 0; i < rows.Length; i++)
        {
            setId(rows[i], ids[i]);
        }
    }

    private static async Task InsertJoinAsync<TOwner>(DiplomacyDbContext db, string navigation, IEnumerable<(object Owner, object Target)> rows, CancellationToken cancellationToken)
    {
        (object Owner, object Target)[] all = rows.ToArray();
        if (all.Length == 0)
        {
            return;
        }

        await using PreparedInsert insert = PreparedInsert.OfJoin<TOwner>(db, navigation);
        await insert.InsertAllValuesAsync(all, cancellationToken);
    }
}
