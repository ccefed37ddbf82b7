using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Compare;

/// <summary>
/// The official transcript on the left, the press statements that report each passage on the right, with
/// their fidelity, and a coverage strip showing which parts of the speech the press covered.
/// </summary>
public sealed class DetailModel(DiplomacyDbContext db) : PageModel
{
    public TranscriptView Transcript { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SectionCoverage> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        TranscriptView? transcript = await db.Sources.AsNoTracking()
            .Where(s => s.Slug == slug && s.Kind == SourceKind.Transcript)
            .Select(s => new TranscriptView(s.Id, s.Slug, s.Title ?? s.FileName, s.PublishedOn,
                s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Name : null, s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Slug : null))
            .SingleOrDefaultAsync(cancellationToken);
        if (transcript is null)
        {
            return NotFound();
        }

        Transcript = transcript;
        var passages = await db.Passages.AsNoTracking()
            .Where(p => p.SourceId == transcript.Id && (p.Kind == PassageKind.Heading || p.Kind == PassageKind.Paragraph || p.Kind == PassageKind.List || p.Kind == PassageKind.Answer))
            .OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Kind, p.Section, p.Text })
            .ToListAsync(cancellationToken);
        ILookup<int, Reporting> links = (await db.Links.AsNoTracking()
            .Where(l => l.TargetPassage.SourceId == transcript.Id)
            .OrderByDescending(l => l.Score)
            .Select(l => new
            {
                l.TargetPassage.Index,
                Reporting = new Reporting(l.Statement.Source.Slug, l.Statement.Source.Title ?? l.Statement.Source.FileName, l.Statement.Source.Publisher,
                    l.Statement.Key, l.Statement.Kind, l.Statement.Quote, l.Statement.Text, l.Fidelity, l.Score),
            })
            .ToListAsync(cancellationToken)).ToLookup(l => l.Index, l => l.Reporting);

        Rows = passages.Select(p => new Row(p.Index, p.Kind, p.Section, p.Text, links[p.Index].ToArray())).ToArray();
        Sections = Rows.Where(r => r.Kind != PassageKind.Heading)
            .GroupBy(r => r.Section ?? "Opening")
            .Select(g => new SectionCoverage(g.Key, g.Count(), g.Count(r => r.Reports.Count > 0), g.Sum(r => r.Reports.Count), g.SelectMany(r => r.Reports).Select(r => r.SourceSlug).Distinct().Count()))
            .ToArray();
        return Page();
    }

    public sealed record TranscriptView(int Id, string Slug, string Title, DateOnly? Date, string? Speaker, string? SpeakerSlug);

    public sealed record Reporting(string SourceSlug, string SourceTitle, string? Publisher, string Key, StatementKind Kind, string? Quote, string Text, Fidelity Fidelity, double Score);

    public sealed record Row(int Index, PassageKind Kind, string? Section, string Text, IReadOnlyList<Reporting> Reports);

    public sealed record SectionCoverage(string Section, int Passages, int CoveredPassages, int Statements, int Sources);
}
