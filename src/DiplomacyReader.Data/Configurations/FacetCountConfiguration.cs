using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class FacetCountConfiguration : IEntityTypeConfiguration<FacetCount>
{
    public void Configure(EntityTypeBuilder<FacetCount> builder)
    {
        // The key's order is the read's: every count under one filter is one range of the primary key.
        builder.HasKey(f => new { f.FilterFacet, f.FilterValue, f.Facet, f.Value });
        // Values are unbounded: a publisher's or a role's name is whatever the source says.
        builder.Property(f => f.FilterFacet).HasMaxLength(16);
        builder.Property(f => f.Facet).HasMaxLength(16);
    }
}
