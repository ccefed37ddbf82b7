using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class LinkConfiguration : IEntityTypeConfiguration<Link>
{
    public void Configure(EntityTypeBuilder<Link> builder)
    {
        builder.HasIndex(l => new { l.StatementId, l.TargetPassageId }).IsUnique();
        builder.HasIndex(l => l.TargetPassageId);
        builder.HasOne(l => l.Statement).WithMany(s => s.Links).HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.TargetPassage).WithMany().HasForeignKey(l => l.TargetPassageId).OnDelete(DeleteBehavior.Cascade);
    }
}
