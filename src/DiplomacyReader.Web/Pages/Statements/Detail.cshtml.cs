using DiplomacyReader.Data;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Infrastructure;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Statements;

/// <summary>
/// One statement's permalink: the sentence in its paragraph, the speaker with the role held that day, the
/// transcript passage it reports (with the word-by-word difference) or the reports of it, other sources that
/// print the same words, and a citation in the common styles.
/// </summary>
public sealed class DetailModel(DiplomacyDbContext db, PublicSite site, TimeProvider time) : PageModel
{
    /// <summary>Other reports of the same words listed at most.</summary>
    public const int MaxSameWords = 50;

    public StatementView Statement { get; private set; } = null!;

    public StatementListItem Item { get; private set; } = null!;

    public IReadOnlyList<ReportedPassage> Reports { get; private set; } = [];

    public IReadOnlyList<StatementListItem> ReportedBy { get; private set; } = [];

    public IReadOnlyList<StatementListItem> SameWords { get; private set; } = [];

    public CitedStatement Cited { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        StatementView? statement = await db.Statements.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StatementView(s.Id, s.SourceId, s.PassageId, s.Passage.Index, s.Passage.Text, s.Start, s.End, s.QuoteFingerprint,
                s.Speaker != null ? s.Speaker.CountryCode : null, s.Source.Byline))
            .SingleOrDefaultAsync(cancellationToken);
        if (statement is null)
        {
            return NotFound();
        }

        Statement = statement;
        Item = (await StatementListItemQueries.ItemsAsync(db, [id], cancellationToken)).Single();
        Reports = await ReportsAsync(id, cancellationToken);
        // Only a transcript's passages are reported; a press statement's page asks nothing of the links here.
        ReportedBy = Item.SourceKind == SourceKind.Transcript
            ? await ItemsAsync(db.Links.Where(l => l.TargetPassageId == statement.PassageId).OrderByDescending(l => l.Score).Select(l => l.StatementId), cancellationToken)
            : [];
        SameWords = statement.QuoteFingerprint is long fingerprint
            ? await ItemsAsync(db.Statements.Where(s => s.QuoteFingerprint == fingerprint && s.SourceId != statement.SourceId)
                .OrderBy(s => s.SortDate).ThenBy(s => s.SourceId).Select(s => s.Id), cancellationToken)
            : [];
        Cited = new CitedStatement(Item.SpeakerName, Item.Quote, Item.Text, Item.SourceTitle, statement.Byline, Item.Publisher, Item.Date, Item.Url,
            Citation.Permalink(site.BaseUrl(Request), id), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Page();
    }

    private async Task<IReadOnlyList<StatementListItem>> ItemsAsync(IQueryable<int> ids, CancellationToken cancellationToken) =>
        await StatementListItemQueries.ItemsAsync(db, await ids.Take(MaxSameWords).ToArrayAsync(cancellationToken), cancellationToken);

    // The transcript passages this press statement reports, each with how the words differ.
    private async Task<IReadOnlyList<ReportedPassage>> ReportsAsync(int id, CancellationToken cancellationToken)
    {
        var links = await db.Links.AsNoTracking().Where(l => l.StatementId == id).OrderByDescending(l => l.Score)
            .Select(l => new { l.Fidelity, l.Score, l.TargetPassage.Index, l.TargetPassage.Text, l.TargetPassage.Source.Slug, Title = l.TargetPassage.Source.Title ?? l.TargetPassage.Source.FileName })
            .ToListAsync(cancellationToken);
        return links.Select(l => new ReportedPassage(l.Slug, l.Title, l.Index, l.Text, l.Fidelity, l.Score,
            WordAlignment.Align(Item.Quote ?? Item.Text, l.Text)?.Diff ?? [])).ToArray();
    }

    /// <summary>What the page needs beyond a list item: the paragraph around the sentence.</summary>
    public sealed record StatementView(int Id, int SourceId, int PassageId, int PassageIndex, string PassageText, int Start, int End, long? QuoteFingerprint, string? SpeakerCountry, string? Byline)
    {
        /// <summary>The paragraph cut into before, the statement, after (offsets clamped: a bad span shows the paragraph whole).</summary>
        public (string Before, string Words, string After) InParagraph()
        {
            int start = Math.Clamp(Start, 0, PassageText.Length);
            int end = Math.Clamp(End, start, PassageText.Length);
            return (PassageText[..start], PassageText[start..end], PassageText[end..]);
        }
    }

    /// <summary>A transcript passage the statement reports.</summary>
    public sealed record ReportedPassage(string Slug, string Title, int Index, string Text, Fidelity Fidelity, double Score, IReadOnlyList<WordDiff> Diff);
}
