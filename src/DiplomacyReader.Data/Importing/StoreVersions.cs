using System.Data.Common;
using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyReader.Data.Importing;

/// <summary>Numbers each import's commit (<see cref="StoreVersion"/>).</summary>
internal static class StoreVersions
{
    // The same statement on both providers: the row written by the first import, counted up by the next ones.
    private const string TakeNext =
        """
        INSERT INTO "StoreVersions" ("Id", "Number") VALUES (1, 1)
        ON CONFLICT ("Id") DO UPDATE SET "Number" = "StoreVersions"."Number" + 1
        RETURNING "Number"
        """;

    /// <summary>
    /// Takes the store's next version for <paramref name="sourceIds"/>, stored in the caller's transaction, and
    /// writes it on them. Called last before the commit: the row stays locked until then, and other imports wait
    /// only for the commit, not for this one's work.
    /// </summary>
    public static async Task TakeNextAsync(DiplomacyDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken)
    {
        if (sourceIds.Count == 0)
        {
            return;
        }

        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = TakeNext;
        long version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await db.Sources.Where(s => sourceIds.Contains(s.Id)).ExecuteUpdateAsync(set => set.SetProperty(s => s.Version, version), cancellationToken);
    }
}
