using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        builder.HasOne(f => f.Source).WithMany(s => s.Flags).HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Passage).WithMany().HasForeignKey(f => f.PassageId).OnDelete(DeleteBehavior.Restrict);

        // A plain reference, not a foreign key: adding a foreign key to an existing SQLite table means rebuilding it.
        builder.HasIndex(f => f.RelatedSourceId);
    }
}
