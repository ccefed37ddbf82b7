using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.HasIndex(s => new { s.SourceId, s.Key }).IsUnique();
        // Reports printing a quote within a few days (the story grouper): a stock phrase printed in thousands of
        // reports over the years is then read for this week's reports only.
        builder.HasIndex(s => new { s.QuoteFingerprint, s.SortDate });
        // A speaker's statements in one source (the linker's lookups), and a speaker's statements newest first
        // (an actor's profile reads its first page from here). Both: with only the second, SQLite answered
        // "this speaker in this source" by reading all of the speaker's statements.
        builder.HasIndex(s => new { s.SpeakerId, s.SourceId });
        builder.HasIndex(s => new { s.SpeakerId, s.SortDate, s.SourceId, s.Ordinal }).IsDescending(false, true, true, false);
        // Newest first, then reading order: the statements page's default, read forwards from this index.
        builder.HasIndex(s => new { s.SortDate, s.SourceId, s.Ordinal }).IsDescending(true, true, false);
        builder.Property(s => s.Key).HasMaxLength(16);
        builder.HasOne(s => s.Source).WithMany(s => s.Statements).HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Passage).WithMany(p => p.Statements).HasForeignKey(s => s.PassageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Speaker).WithMany(a => a.Statements).HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Countries).WithMany(c => c.Statements).UsingEntity(j => j.ToTable("StatementCountries"));
        builder.HasMany(s => s.Topics).WithMany(t => t.Statements).UsingEntity(j => j.ToTable("StatementTopics"));
    }
}
