using DiplomacyReader.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyReader.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.ContentHash).IsUnique();
        builder.HasIndex(s => new { s.Kind, s.PublishedOn });
        builder.HasIndex(s => s.PublishedOn);
        builder.HasIndex(s => new { s.SortDate, s.Id });
        builder.HasIndex(s => new { s.Kind, s.SortDate, s.Id }); // the lists of one kind (the compare page's transcripts), newest first
        builder.HasIndex(s => s.Publisher);
        builder.HasIndex(s => s.StoryId);
        builder.HasIndex(s => s.Language); // the language filter lists the languages stored
        builder.HasIndex(s => s.Version); // the caches that follow the store read what each import added by it
        builder.Property(s => s.CitedPublisher).HasMaxLength(200);
        builder.HasIndex(s => s.CopyOfId);
        builder.Property(s => s.Slug).HasMaxLength(80);
        builder.Property(s => s.FileName).HasMaxLength(260);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.Byline).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.HasOne(s => s.TranscriptSpeaker).WithMany().HasForeignKey(s => s.TranscriptSpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.MentionedActors).WithMany(a => a.MentionedIn).UsingEntity(j => j.ToTable("SourceActors"));
        builder.HasMany(s => s.Countries).WithMany(c => c.Sources).UsingEntity(j => j.ToTable("SourceCountries"));
        builder.HasMany(s => s.Topics).WithMany(t => t.Sources).UsingEntity(j => j.ToTable("SourceTopics"));
        builder.Ignore(s => s.DisplayTitle);
    }
}
