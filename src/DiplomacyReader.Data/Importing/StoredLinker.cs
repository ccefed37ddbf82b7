using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// Links a newly stored source with what the store already holds, whichever arrived first: a transcript
/// gathers the press statements that report it, a press report finds the transcripts it reports on. The
/// linker decides which pairs are the same event (dates when both are known, the words alone when one is
/// missing); this class only fetches the candidates, set-based, and keeps the database ids typed.
/// </summary>
public sealed class StoredLinker(DiplomacyDbContext db)
{
    /// <summary>Press reports are looked for from a day before a speech to this many days after (commentary recalls speeches for weeks).</summary>
    private const int DaysAfter = 60;

    private static readonly PassageKind[] s_spokenKinds =
        Enum.GetValues<PassageKind>().Where(PressStatementExtractor.CarriesStatements).ToArray();

    private readonly TranscriptLinker _linker = new();

    /// <summary>A stored press statement as the linker sees it (keyed by strings), with the typed ids it came from.</summary>
    private sealed record Candidate(int StatementId, int SourceId, int PassageId, int? SpeakerId, ReportedStatement Reported);

    /// <summary>A stored transcript as the linker sees it, with its id and everyone who speaks in it (its own speaker and each turn's official).</summary>
    private sealed record StoredTranscript(int SourceId, TranscriptView View, IReadOnlyList<int> Speakers);

    /// <summary>Writes the links of <paramref name="source"/> (already saved) and adds its quote-not-found flags to the context; returns how many links.</summary>
    public async Task<int> LinkAsync(Source source, CancellationToken cancellationToken)
    {
        List<Candidate> statements;
        List<StoredTranscript> transcripts;
        if (source.Kind == SourceKind.Transcript)
        {
            transcripts = await ViewsAsync(db.Sources.Where(s => s.Id == source.Id), cancellationToken);
            IReadOnlyList<int> speakers = transcripts.Single().Speakers;
            if (speakers.Count == 0)
            {
                return 0;
            }

            DateOnly? date = source.PublishedOn;
            IQueryable<Statement> reports = db.Statements.Where(s => s.SpeakerId != null && speakers.Contains(s.SpeakerId.Value) && s.Source.Kind != SourceKind.Transcript);
            if (date is DateOnly spoken)
            {
                DateOnly from = spoken.AddDays(-1), to = spoken.AddDays(DaysAfter);
                reports = reports.Where(s => s.Source.PublishedOn == null || (s.Source.PublishedOn >= from && s.Source.PublishedOn <= to));
            }

            statements = await CandidatesAsync(reports, cancellationToken);
        }
        else
        {
            statements = await CandidatesAsync(db.Statements.Where(s => s.SourceId == source.Id && s.SpeakerId != null), cancellationToken);
            int[] speakers = statements.Select(s => s.SpeakerId).OfType<int>().Distinct().ToArray();
            IQueryable<Source> stored = db.Sources.Where(s => s.Kind == SourceKind.Transcript
                && ((s.TranscriptSpeakerId != null && speakers.Contains(s.TranscriptSpeakerId.Value))
                    || s.Statements.Any(o => o.Kind == StatementKind.Official && o.SpeakerId != null && speakers.Contains(o.SpeakerId.Value))));
            if (source.PublishedOn is DateOnly reported)
            {
                DateOnly from = reported.AddDays(-DaysAfter), to = reported.AddDays(1);
                stored = stored.Where(s => s.PublishedOn == null || (s.PublishedOn >= from && s.PublishedOn <= to));
            }

            transcripts = statements.Count == 0 ? [] : await ViewsAsync(stored, cancellationToken);
        }

        LinkResult found = _linker.Link(statements.Select(s => s.Reported).ToArray(), transcripts.Select(t => t.View).ToArray());
        Dictionary<string, Candidate> statementByKey = statements.ToDictionary(s => s.Reported.StatementId);
        Dictionary<string, int> transcriptByKey = transcripts.ToDictionary(t => t.View.File, t => t.SourceId);
        await AddLinksAsync(found.Links, statementByKey, transcriptByKey, cancellationToken);
        FlagQuotesNotFound(found.QuotesNotFound, statementByKey, transcriptByKey, await KnownFlagsAsync(found.QuotesNotFound, statementByKey, cancellationToken));
        return found.Links.Count;
    }

    private static async Task<List<Candidate>> CandidatesAsync(IQueryable<Statement> statements, CancellationToken cancellationToken) =>
        (await statements
            .OrderBy(s => s.Id) // a tie between passages goes to the first candidate: the same one on every provider
            .Select(s => new { s.Id, s.SourceId, s.PassageId, s.SpeakerId, SpeakerName = s.Speaker != null ? s.Speaker.Name : null, s.Source.PublishedOn, s.Kind, s.Text, s.Quote })
            .ToListAsync(cancellationToken))
        .Select(s => new Candidate(s.Id, s.SourceId, s.PassageId, s.SpeakerId,
            new ReportedStatement(s.SourceId.ToString(), s.Id.ToString(), s.SpeakerId?.ToString(), s.SpeakerName, s.PublishedOn, s.Kind, s.Text, s.Quote)))
        .ToList();

    // Each transcript with its spoken passages; a passage of another official's turn carries that official.
    private async Task<List<StoredTranscript>> ViewsAsync(IQueryable<Source> transcripts, CancellationToken cancellationToken)
    {
        var sources = await transcripts
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.TranscriptSpeakerId, SpeakerName = s.TranscriptSpeaker != null ? s.TranscriptSpeaker.Name : null, s.PublishedOn, s.Title })
            .ToListAsync(cancellationToken);
        int[] ids = sources.Select(s => s.Id).ToArray();
        ILookup<int, (int Index, string Text)> passagesOf = (await db.Passages.Where(p => ids.Contains(p.SourceId) && s_spokenKinds.Contains(p.Kind))
            .Select(p => new { p.SourceId, p.Index, p.Text }).ToListAsync(cancellationToken))
            .ToLookup(p => p.SourceId, p => (p.Index, p.Text));
        var turns = await db.Statements.Where(s => ids.Contains(s.SourceId) && s.Kind == StatementKind.Official && s.SpeakerId != null)
            .Select(s => new { s.SourceId, s.Passage.Index, Speaker = s.SpeakerId!.Value, s.Speaker!.Name }).Distinct().ToListAsync(cancellationToken);
        var turnOf = turns.GroupBy(t => (t.SourceId, t.Index)).ToDictionary(g => g.Key, g => g.First());

        return sources.Select(s => new StoredTranscript(s.Id, new TranscriptView(
            s.Id.ToString(), s.TranscriptSpeakerId?.ToString(), s.SpeakerName, s.PublishedOn,
            passagesOf[s.Id].OrderBy(p => p.Index).Select(p =>
                turnOf.TryGetValue((s.Id, p.Index), out var turn) && turn.Speaker != s.TranscriptSpeakerId
                    ? new TranscriptPassage(p.Index, p.Text, turn.Speaker.ToString(), turn.Name)
                    : new TranscriptPassage(p.Index, p.Text)).ToArray(),
            s.Title is null ? null : $"“{s.Title}”"),
            new[] { s.TranscriptSpeakerId }.OfType<int>().Concat(turns.Where(t => t.SourceId == s.Id).Select(t => t.Speaker)).Distinct().ToArray())).ToList();
    }

    // One query for the passages every link points at.
    private async Task AddLinksAsync(IReadOnlyList<LinkRecord> links, Dictionary<string, Candidate> statements, Dictionary<string, int> transcripts, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        int[] targetSources = links.Select(l => transcripts[l.TargetFile]).Distinct().ToArray();
        var passageIds = (await db.Passages.Where(p => targetSources.Contains(p.SourceId)).Select(p => new { p.SourceId, p.Index, p.Id }).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.SourceId, p.Index), p => p.Id);
        Link[] rows = links.Select(link => new Link
        {
            StatementId = statements[link.StatementId].StatementId,
            TargetPassageId = passageIds[(transcripts[link.TargetFile], link.TargetPassage)],
            Fidelity = link.Fidelity,
            Score = link.Score,
        }).ToArray();

        // Written as the source's own rows are (SourceRows): a transcript gathers hundreds of links, and EF Core's
        // change tracking cost more per link than the linking itself.
        await using PreparedInsert insert = PreparedInsert.Of<Link>(db);
        await insert.InsertAllAsync(rows, cancellationToken); // nothing reads the new links' ids
    }

    // The quote-not-found flags the press sources of these quotes already carry, in one query.
    private async Task<HashSet<(int SourceId, string Message)>> KnownFlagsAsync(IReadOnlyList<QuoteNotFound> missing, Dictionary<string, Candidate> statements, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return [];
        }

        int[] sources = missing.Select(q => statements[q.Statement.StatementId].SourceId).Distinct().ToArray();
        return (await db.Flags.Where(f => sources.Contains(f.SourceId) && f.Kind == FlagKind.QuoteNotFound).Select(f => new { f.SourceId, f.Message }).ToListAsync(cancellationToken))
            .Select(f => (f.SourceId, f.Message)).ToHashSet();
    }

    // The press source carries the flag, on the passage that holds the quote; the same flag is never added twice.
    private void FlagQuotesNotFound(IReadOnlyList<QuoteNotFound> missing, Dictionary<string, Candidate> statements, Dictionary<string, int> transcripts, HashSet<(int SourceId, string Message)> known)
    {
        foreach (QuoteNotFound quote in missing)
        {
            Candidate statement = statements[quote.Statement.StatementId];
            if (known.Add((statement.SourceId, quote.Message)))
            {
                db.Flags.Add(new Flag
                {
                    SourceId = statement.SourceId,
                    PassageId = statement.PassageId,
                    Kind = FlagKind.QuoteNotFound,
                    Message = quote.Message,
                    RelatedSourceId = transcripts[quote.Transcript.File],
                });
            }
        }
    }
}
