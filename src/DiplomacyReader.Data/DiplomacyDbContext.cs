using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data;

/// <summary>
/// The store: sources and what was derived from them, and the knowledge base's actors, countries and topics.
/// One model for every database; each provider has its own subclass only so that its migrations
/// (<c>Storage/Sqlite</c>, <c>Storage/Postgres</c>) can be told apart.
/// </summary>
public abstract class DiplomacyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Passage> Passages => Set<Passage>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Link> Links => Set<Link>();

    public DbSet<Flag> Flags => Set<Flag>();

    public DbSet<FacetCount> FacetCounts => Set<FacetCount>();

    public DbSet<IngestJob> IngestJobs => Set<IngestJob>();

    public DbSet<Feed> Feeds => Set<Feed>();

    public DbSet<StoreVersion> StoreVersions => Set<StoreVersion>();

    /// <summary>What this database does its own way.</summary>
    public abstract Storage.StoreDialect Dialect { get; }

    /// <summary>How this database searches text.</summary>
    public Search.FullTextSearch FullText => Dialect.FullText;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiplomacyDbContext).Assembly);

    // Enums are stored by name: readable in the database and safe against reordering.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Ingestion.Model.SourceKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Ingestion.Model.SourceFormat>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Ingestion.Model.PassageKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Ingestion.Model.StatementKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Ingestion.Model.Fidelity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Ingestion.Model.FlagKind>().HaveConversion<string>().HaveMaxLength(32);
    }
}
