using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class PassageConfiguration : IEntityTypeConfiguration<Passage>
{
    public void Configure(EntityTypeBuilder<Passage> builder)
    {
        builder.HasIndex(p => new { p.SourceId, p.Index }).IsUnique();
        builder.HasIndex(p => p.Fingerprint);
        builder.HasOne(p => p.Source).WithMany(s => s.Passages).HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
