using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Compare;

/// <summary>
/// The official transcript on the left, the press statements that report each passage on the right with
/// their fidelity and a word-by-word difference, filters by outlet and fidelity, the coverage strip, and the
/// quotes attributed to the speaker that the speech does not contain.
/// </summary>
public sealed class DetailModel(DiplomacyDbContext db, DiplomacyReader.Ingestion.IngestionPipeline pipeline) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Fidelity { get; set; }

    /// <summary>One passage with every report of it; without it each passage shows its <see cref="ReportsPerPassage"/> closest reports.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Passage { get; set; }

    /// <summary>
    /// Reports shown beside a passage of the whole speech, the closest first. A speech the press covered for weeks
    /// has hundreds of reports of one passage: all of them made a page of a megabyte that nobody reads through;
    /// the rest are a link away (<see cref="Passage"/>).
    /// </summary>
    public const int ReportsPerPassage = 5;

    public TranscriptView Transcript { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Coverage Coverage { get; private set; } = null!;

    public IReadOnlyList<string> Outlets { get; private set; } = [];

    public IReadOnlyList<MissingQuote> QuotesNotFound { get; private set; } = [];

    /// <summary>The transcript's version in the other language, with its passages aligned to these, or null.</summary>
    public TranslationPartner? Partner { get; private set; }

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
        Partner = await TranslationPartner.FindAsync(db, pipeline.Knowledge, transcript.Id, cancellationToken);
        // A Japanese record shows beside each passage the press quotes of its English version's aligned passages:
        // the English press reports the translation, and the reader sees the words the official actually said.
        int[] reported = Partner is { IsJapanese: false } ? [transcript.Id, Partner.SourceId] : [transcript.Id];
        var links = await db.Links.AsNoTracking()
            .Where(l => reported.Contains(l.TargetPassage.SourceId))
            .OrderByDescending(l => l.Score)
            .Select(l => new
            {
                l.TargetPassage.SourceId,
                l.TargetPassage.Index,
                Reporting = new Reporting(l.Statement.Source.Slug, l.Statement.Source.Title ?? l.Statement.Source.FileName, l.Statement.Source.Publisher,
                    l.Statement.Key, l.Statement.Kind, l.Statement.Quote, l.Statement.Text, l.Fidelity, l.Score, Array.Empty<WordDiff>(),
                    l.Statement.Speaker != null ? l.Statement.Speaker.Name : null),
            })
            .ToListAsync(cancellationToken);
        if (Partner is { IsJapanese: false } partner)
        {
            // The English version's links, moved onto the Japanese passages their passages translate.
            ILookup<int, int> japaneseOf = partner.PartnerPassagesOf.SelectMany(p => p.Value.Select(en => (Ja: p.Key, En: en))).ToLookup(p => p.En, p => p.Ja);
            links = links.SelectMany(l => l.SourceId == transcript.Id
                    ? [l]
                    : japaneseOf[l.Index].Select(ja => new { SourceId = transcript.Id, Index = ja, Reporting = l.Reporting with { ViaTranslation = true } }))
                .ToList();
        }

        Outlets = links.Select(l => l.Reporting.Publisher).OfType<string>().Distinct().Order().ToArray();
        Fidelity? fidelity = Names.Parse<Fidelity>(Fidelity);
        ILookup<int, Reporting> shown = links
            .Where(l => (Outlet == null || l.Reporting.Publisher == Outlet) && (fidelity == null || l.Reporting.Fidelity == fidelity))
            .ToLookup(l => l.Index, l => l.Reporting);
        ILookup<int, Reporting> all = links.ToLookup(l => l.Index, l => l.Reporting);

        // In a joint press conference each passage is one official's turn: the row says whose.
        var turns = (await db.Statements.AsNoTracking()
            .Where(s => s.SourceId == transcript.Id && s.Kind == StatementKind.Official && s.Speaker != null)
            .Select(s => new { s.Passage.Index, s.Speaker!.Name, s.Speaker.Slug })
            .Distinct()
            .ToListAsync(cancellationToken))
            .GroupBy(t => t.Index).ToDictionary(g => g.Key, g => new TurnSpeaker(g.First().Name, g.First().Slug));
        bool severalSpeakers = turns.Values.Select(t => t.Slug).Distinct().Count() > 1;

        int perPassage = Passage is null ? ReportsPerPassage : int.MaxValue;
        Rows = passages.Where(p => Passage is null || p.Index == Passage).Select(p =>
        {
            // One alignment per report gives both sides: the word difference on the press side, and on the
            // speech side the stretch the report renders, so that the speech shows which of its words were quoted.
            // A report of the English version is not aligned word by word with the Japanese words it translates.
            var aligned = shown[p.Index].Take(perPassage).Select(r => (Report: r, Alignment: r.ViaTranslation ? null : WordAlignment.Align(r.Quote ?? r.Text, p.Text))).ToArray();
            return new Row(p.Index, p.Kind, p.Section, p.Text,
                aligned.Select(a => a.Report with { Diff = a.Alignment?.Diff ?? [] }).ToArray(),
                severalSpeakers ? turns.GetValueOrDefault(p.Index) : null,
                QuotedSpans.Merge(aligned.Where(a => a.Alignment is not null).Select(a => (a.Alignment!.Start, a.Alignment.End))))
            {
                MoreReports = shown[p.Index].Count() - aligned.Length,
            };
        }).ToArray();
        if (Passage is not null && Rows.Count == 0)
        {
            return NotFound();
        }

        Coverage = new Coverage(transcript.Slug, passages.Where(p => p.Kind != PassageKind.Heading)
            .Select(p => new PassageCoverage(p.Index, p.Section, all[p.Index].Count(), all[p.Index].Select(r => r.SourceSlug).Distinct().Count()))
            .ToArray());
        QuotesNotFound = await db.Flags.AsNoTracking()
            .Where(f => f.Kind == FlagKind.QuoteNotFound && f.RelatedSourceId == transcript.Id)
            .Select(f => new MissingQuote(f.Source.Slug, f.Source.Title ?? f.Source.FileName, f.Source.Publisher, f.Passage != null ? f.Passage.Index : null, f.Message))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record TranscriptView(int Id, string Slug, string Title, DateOnly? Date, string? Speaker, string? SpeakerSlug);

    public sealed record Reporting(string SourceSlug, string SourceTitle, string? Publisher, string Key, StatementKind Kind, string? Quote, string Text, Fidelity Fidelity, double Score, IReadOnlyList<WordDiff> Diff, string? Speaker = null)
    {
        /// <summary>Whether the report quotes the transcript's official translation, linked there and shown here beside the original.</summary>
        public bool ViaTranslation { get; init; }
    }

    /// <summary>The official speaking a passage of a transcript with several speakers.</summary>
    public sealed record TurnSpeaker(string Name, string Slug);

    public sealed record Row(int Index, PassageKind Kind, string? Section, string Text, IReadOnlyList<Reporting> Reports, TurnSpeaker? Speaker = null, IReadOnlyList<(int Start, int End)>? Quoted = null)
    {
        /// <summary>Reports of this passage beyond those shown: the passage's own view has them.</summary>
        public int MoreReports { get; init; }

        /// <summary>The passage cut into stretches, each marked whether some report renders it.</summary>
        public IEnumerable<(string Text, bool Quoted)> Pieces() => QuotedSpans.Cut(Text, Quoted ?? []);
    }

    public sealed record MissingQuote(string SourceSlug, string SourceTitle, string? Publisher, int? PassageIndex, string Message);
}
