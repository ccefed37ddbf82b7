using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Export;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Export;

/// <summary>Reads stored sources in the export format, the same shape the CLI's extract command prints.</summary>
public static class StoredSourceExport
{
    /// <summary>The export of the source with <paramref name="slug"/>, or null.</summary>
    public static async Task<ExportSource?> LoadAsync(DiplomacyDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        Source? source = await db.Sources.AsNoTracking().AsSplitQuery()
            .Include(s => s.Passages)
            .Include(s => s.Statements).ThenInclude(s => s.Speaker)
            .Include(s => s.Statements).ThenInclude(s => s.Countries)
            .Include(s => s.Statements).ThenInclude(s => s.Topics)
            .Include(s => s.Statements).ThenInclude(s => s.Links).ThenInclude(l => l.TargetPassage).ThenInclude(p => p.Source)
            .Include(s => s.Flags).ThenInclude(f => f.Passage)
            .Include(s => s.MentionedActors).ThenInclude(a => a.Roles)
            .Include(s => s.Countries)
            .Include(s => s.Topics)
            .SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        return source?.ToExport();
    }

    public static ExportSource ToExport(this Source source)
    {
        Dictionary<int, int> passageIndex = source.Passages.ToDictionary(p => p.Id, p => p.Index);
        Statement[] statements = source.Statements.OrderBy(s => s.Ordinal).ToArray();
        return new ExportSource(
            source.FileName,
            source.Slug,
            source.Title,
            source.Publisher,
            source.Url,
            ExportMapping.Name(source.PublishedOn),
            source.Byline,
            source.Language,
            ExportMapping.Name(source.Kind),
            ExportMapping.Name(source.Format),
            source.Passages.OrderBy(p => p.Index).Select(p => new ExportPassage(p.Index, ExportMapping.Name(p.Kind), p.Section, p.Start, p.End, p.Text)).ToArray(),
            statements.Select(s => new ExportStatement(
                s.Key,
                passageIndex[s.PassageId],
                ExportMapping.Name(s.Kind),
                s.Text,
                s.Quote,
                s.Cue,
                s.Speaker is null ? null : new ExportActor(s.Speaker.Name, s.SpeakerRole, s.Speaker.CountryCode),
                s.Start,
                s.End,
                s.Countries.Select(c => c.Code).Order().ToArray(),
                s.Topics.Select(t => t.Slug).Order().ToArray())).ToArray(),
            statements.SelectMany(s => s.Links.Select(l => new ExportLink(s.Key, l.TargetPassage.Source.FileName, l.TargetPassage.Index, ExportMapping.Name(l.Fidelity), l.Score))).ToArray(),
            source.MentionedActors.OrderBy(a => a.Name).Select(a => new ExportActor(a.Name, RoleAt(a, source.PublishedOn), a.CountryCode)).ToArray(),
            source.Countries.Select(c => c.Code).Order().ToArray(),
            source.Topics.Select(t => t.Slug).Order().ToArray(),
            source.Flags.Select(f => new ExportFlag(ExportMapping.Name(f.Kind), f.Passage?.Index, f.Message)).ToArray(),
            source.CitedPublisher);
    }

    // The role held at the source's date; unknown (null) when the date or the tenure is unknown.
    private static string? RoleAt(Actor actor, DateOnly? date) =>
        date is DateOnly day
            ? actor.Roles.Where(r => r.From is not null && r.From <= day && (r.To is null || day < r.To)).OrderByDescending(r => r.From).Select(r => r.Title).FirstOrDefault()
            : null;
}
