using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.KnowledgeBaseKey).IsUnique();
        builder.HasIndex(a => a.Name);
        builder.Property(a => a.Slug).HasMaxLength(80);
        builder.Property(a => a.Kind).HasMaxLength(16);
        builder.Property(a => a.CountryCode).HasMaxLength(2);
        builder.Property(a => a.KnowledgeBaseKey).HasMaxLength(80);
        builder.HasMany(a => a.Roles).WithOne(r => r.Actor).HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
