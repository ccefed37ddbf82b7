using DiplomacyReader.Data.Storage.Postgres;
using DiplomacyReader.Data.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacyReader.Data.Storage;

// What `dotnet ef migrations add NAME --context SqliteStoreContext|PostgresStoreContext` builds its context
// with: no connection is opened to write a migration, so the connection strings are placeholders.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStoreContext>
{
    public SqliteStoreContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteStoreContext>)StoreContextOptions.UseSqlite(new DbContextOptionsBuilder<SqliteStoreContext>(), "Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStoreContext>
{
    public PostgresStoreContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresStoreContext>)StoreContextOptions.UsePostgres(new DbContextOptionsBuilder<PostgresStoreContext>(), "Host=localhost;Database=design_time").Options);
}
