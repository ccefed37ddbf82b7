using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class IngestJobConfiguration : IEntityTypeConfiguration<IngestJob>
{
    public void Configure(EntityTypeBuilder<IngestJob> builder)
    {
        builder.Property(j => j.Origin).HasMaxLength(16);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(j => j.Known);
        // The worker's question: the oldest job that may start now.
        builder.HasIndex(j => new { j.State, j.NotBefore, j.Id });
        builder.HasIndex(j => j.CreatedAt);
        // A feed's item is queued once: its link is looked up among the jobs before it is queued.
        builder.HasIndex(j => j.Url);
    }
}
