using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class ActorRoleConfiguration : IEntityTypeConfiguration<ActorRole>
{
    public void Configure(EntityTypeBuilder<ActorRole> builder)
    {
        builder.HasIndex(r => new { r.Title, r.CountryCode });
        builder.Property(r => r.Title).HasMaxLength(120);
        builder.Property(r => r.CountryCode).HasMaxLength(2);
    }
}
