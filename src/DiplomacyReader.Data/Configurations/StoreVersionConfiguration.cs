using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class StoreVersionConfiguration : IEntityTypeConfiguration<StoreVersion>
{
    public void Configure(EntityTypeBuilder<StoreVersion> builder)
    {
        // The first import writes the row (Importing/StoreVersions): a seeded row would make a new database look
        // used to the store copy, which only copies into an empty one.
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
