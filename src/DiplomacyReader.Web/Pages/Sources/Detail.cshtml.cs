using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages.Sources;

/// <summary>
/// The clean reader: the article's passages with statements highlighted and linked, chips for speakers,
/// countries and topics, flags, and the comments and site chrome folded away.
/// </summary>
public sealed class DetailModel(DiplomacyDbContext db, DiplomacyReader.Ingestion.IngestionPipeline pipeline) : PageModel
{
    public SourceView Source { get; private set; } = null!;

    public IReadOnlyList<PassageView> Passages { get; private set; } = [];

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    public ChipList Actors { get; private set; } = null!;

    /// <summary>For a transcript: how the press covered it.</summary>
    public Coverage? Coverage { get; private set; }

    public ChipList Countries { get; private set; } = null!;

    /// <summary>The other reports of the same story (the same paragraphs or quotes, within days), oldest first.</summary>
    public IReadOnlyList<Data.Stories.StoryReport> Story { get; private set; } = [];

    /// <summary>For a transcript: its version in the other language, with the passages aligned, or null.</summary>
    public TranslationPartner? Translation { get; private set; }

    /// <summary>The story's id, for the sources list it filters.</summary>
    public int? StoryId { get; private set; }

    public ChipList Topics { get; private set; } = null!;

    /// <summary>Passages of the article itself, in reading order.</summary>
    public IEnumerable<PassageView> ArticlePassages => Passages.Where(p => p.Kind is not (PassageKind.Comment or PassageKind.Boilerplate or PassageKind.Metadata));

    public IEnumerable<PassageView> OfKind(PassageKind kind) => Passages.Where(p => p.Kind == kind);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        SourceView? source = await db.Sources.AsNoTracking()
            .Where(s => s.Slug == slug)
            .Select(s => new SourceView(s.Id, s.Slug, s.Title ?? s.FileName, s.FileName, s.Publisher, s.Url, s.PublishedOn, s.Byline, s.Language, s.Kind, s.Format,
                s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Name : null, s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Slug : null, s.CitedPublisher, s.StoryId))
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        Story = await Data.Stories.StoryReports.OfAsync(db, source.Id, cancellationToken);
        Translation = source.Kind == SourceKind.Transcript ? await TranslationPartner.FindAsync(db, pipeline.Knowledge, source.Id, cancellationToken) : null;
        var statements = await db.Statements.AsNoTracking()
            .Where(s => s.SourceId == source.Id)
            .OrderBy(s => s.Ordinal)
            .Select(s => new
            {
                PassageIndex = s.Passage.Index,
                View = new StatementView(s.Key, s.Kind, s.Start, s.End, s.Quote, s.Cue,
                    s.Speaker != null ? s.Speaker.Name : null, s.Speaker != null ? s.Speaker.Slug : null, s.SpeakerRole,
                    s.Links.Select(l => new LinkView(l.TargetPassage.Source.Slug, l.TargetPassage.Source.Title ?? l.TargetPassage.Source.FileName, l.TargetPassage.Index, l.Fidelity, l.Score)).ToList()),
            })
            .ToListAsync(cancellationToken);
        var incoming = await db.Links.AsNoTracking()
            .Where(l => l.TargetPassage.SourceId == source.Id)
            .GroupBy(l => l.TargetPassage.Index)
            .Select(g => new { Index = g.Key, Statements = g.Count(), Sources = g.Select(l => l.Statement.SourceId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Index, cancellationToken);
        var passages = await db.Passages.AsNoTracking()
            .Where(p => p.SourceId == source.Id)
            .OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Kind, p.Section, p.Text })
            .ToListAsync(cancellationToken);

        ILookup<int, StatementView> byPassage = statements.ToLookup(s => s.PassageIndex, s => s.View);
        Passages = passages.Select(p => new PassageView(
            p.Index, p.Kind, p.Section, p.Text,
            PassageSegments.Build(p.Text, byPassage[p.Index].Select(s => new HighlightedStatement(s.Key, s.Kind, s.Start, s.End, s.Quote, s.SpeakerName))),
            byPassage[p.Index].ToArray(),
            incoming.GetValueOrDefault(p.Index)?.Statements ?? 0)).ToArray();
        Coverage = source.Kind != SourceKind.Transcript ? null : new Coverage(source.Slug, Passages
            .Where(p => p.Kind is PassageKind.Paragraph or PassageKind.List or PassageKind.Answer)
            .Select(p => new PassageCoverage(p.Index, p.Section, p.IncomingLinks, incoming.GetValueOrDefault(p.Index)?.Sources ?? 0))
            .ToArray());

        Flags = await db.Flags.AsNoTracking()
            .Where(f => f.SourceId == source.Id)
            .Select(f => new FlagView(f.Kind, f.Passage != null ? f.Passage.Index : null, f.Message))
            .ToListAsync(cancellationToken);
        Actors = new ChipList("Actors", "actor", await db.Sources.Where(s => s.Id == source.Id)
            .SelectMany(s => s.MentionedActors).OrderBy(a => a.Name).Select(a => new Chip(a.Name, Routes.Actor(a.Slug))).ToListAsync(cancellationToken));
        Countries = new ChipList("Countries", "country", await db.Sources.Where(s => s.Id == source.Id)
            .SelectMany(s => s.Countries).OrderBy(c => c.Name).Select(c => new Chip(c.Name, Routes.Country(c.Code))).ToListAsync(cancellationToken));
        Topics = new ChipList("Topics", "topic", await db.Sources.Where(s => s.Id == source.Id)
            .SelectMany(s => s.Topics).OrderBy(t => t.Name).Select(t => new Chip(t.Name, Routes.Topic(t.Slug))).ToListAsync(cancellationToken));
        return Page();
    }

    public sealed record SourceView(int Id, string Slug, string Title, string FileName, string? Publisher, string? Url, DateOnly? Date, string? Byline, string? Language, SourceKind Kind, SourceFormat Format, string? SpeakerName, string? SpeakerSlug, string? CitedPublisher, int? StoryId)
    {
        /// <summary>The stated URL when it is safe to link to: a page's canonical link can say anything, "javascript:" included.</summary>
        public string? LinkableUrl => Fetching.WebAddress.Parse(Url)?.AbsoluteUri;
    }

    public sealed record PassageView(int Index, PassageKind Kind, string? Section, string Text, IReadOnlyList<PassageSegment> Segments, IReadOnlyList<StatementView> Statements, int IncomingLinks);

    public sealed record StatementView(string Key, StatementKind Kind, int Start, int End, string? Quote, string? Cue, string? SpeakerName, string? SpeakerSlug, string? SpeakerRole, IReadOnlyList<LinkView> Links);

    public sealed record LinkView(string TargetSlug, string TargetTitle, int TargetPassage, Fidelity Fidelity, double Score);

    public sealed record FlagView(FlagKind Kind, int? PassageIndex, string Message);
}
