using DiplomacyReader.Data;
using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Compare;

/// <summary>Transcripts that can be compared with their press coverage.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public IReadOnlyList<Row> Transcripts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Transcripts = await db.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKind.Transcript)
            .NewestFirst()
            .Select(s => new Row(s.Slug, s.Title ?? s.FileName, s.PublishedOn,
                s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Name : null,
                db.Links.Count(l => l.TargetPassage.SourceId == s.Id)))
            .ToListAsync(cancellationToken);

    public sealed record Row(string Slug, string Title, DateOnly? Date, string? Speaker, int Links);
}
