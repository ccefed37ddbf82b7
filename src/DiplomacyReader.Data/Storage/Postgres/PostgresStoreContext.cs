using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage.Postgres;

/// <summary>The store on a PostgreSQL server, for more than one machine or app instance. Its migrations are in <c>Migrations/</c> beside it.</summary>
public sealed class PostgresStoreContext(DbContextOptions<PostgresStoreContext> options) : DiplomacyDbContext(options)
{
    public override StoreDialect Dialect => PostgresDialect.Instance;
}
