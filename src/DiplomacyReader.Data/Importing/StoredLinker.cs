using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// Links a newly stored source with what the store already holds, whichever arrived first: a transcript
/// gathers the press statements that report it, a press report finds the transcripts it reports on.
/// </summary>
public sealed class StoredLinker(DiplomacyDbContext db)
{
    /// <summary>How far before and after a transcript's date press reports are looked for.</summary>
    private const int WindowDays = 8;

    private static readonly PassageKind[] s_spokenKinds =
        Enum.GetValues<PassageKind>().Where(PressStatementExtractor.CarriesStatements).ToArray();

    private readonly TranscriptLinker _linker = new();

    /// <summary>Adds the links of <paramref name="source"/> (already saved) to the context; returns how many.</summary>
    public async Task<int> LinkAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.PublishedOn is not DateOnly date)
        {
            return 0;
        }

        DateOnly from = date.AddDays(-WindowDays), to = date.AddDays(WindowDays);
        List<ReportedStatement> statements;
        List<TranscriptView> transcripts;
        if (source.Kind == SourceKind.Transcript)
        {
            if (source.TranscriptSpeakerId is not int speaker)
            {
                return 0;
            }

            statements = await Reported(db.Statements.Where(s => s.SpeakerId == speaker && s.Source.Kind != SourceKind.Transcript
                && s.Source.PublishedOn >= from && s.Source.PublishedOn <= to)).ToListAsync(cancellationToken);
            transcripts = [ToView(source.Id, speaker, date, source.Title, source.Passages.Where(p => s_spokenKinds.Contains(p.Kind)).Select(p => new TranscriptPassage(p.Index, p.Text)))];
        }
        else
        {
            statements = await Reported(db.Statements.Where(s => s.SourceId == source.Id && s.SpeakerId != null)).ToListAsync(cancellationToken);
            int[] speakers = statements.Select(s => int.Parse(s.SpeakerKey!)).Distinct().ToArray();
            var stored = await db.Sources
                .Where(s => s.Kind == SourceKind.Transcript && s.TranscriptSpeakerId != null && speakers.Contains(s.TranscriptSpeakerId.Value)
                    && s.PublishedOn >= from && s.PublishedOn <= to)
                .Select(s => new { s.Id, Speaker = s.TranscriptSpeakerId!.Value, Date = s.PublishedOn!.Value, s.Title, Passages = s.Passages.Where(p => s_spokenKinds.Contains(p.Kind)).Select(p => new TranscriptPassage(p.Index, p.Text)).ToList() })
                .ToListAsync(cancellationToken);
            transcripts = stored.Select(t => ToView(t.Id, t.Speaker, t.Date, t.Title, t.Passages)).ToList();
        }

        LinkResult found = _linker.Link(statements, transcripts);
        foreach (Ingestion.Model.Link link in found.Links)
        {
            int targetSource = int.Parse(link.TargetFile);
            int passageId = await db.Passages.Where(p => p.SourceId == targetSource && p.Index == link.TargetPassage).Select(p => p.Id).SingleAsync(cancellationToken);
            db.Links.Add(new Entities.Link { StatementId = int.Parse(link.StatementId), TargetPassageId = passageId, Fidelity = link.Fidelity, Score = link.Score });
        }

        await FlagQuotesNotFoundAsync(found.QuotesNotFound, cancellationToken);
        return found.Links.Count;
    }

    // The press source carries the flag, on the passage that holds the quote; the same flag is never added twice.
    private async Task FlagQuotesNotFoundAsync(IReadOnlyList<QuoteNotFound> missing, CancellationToken cancellationToken)
    {
        foreach (QuoteNotFound quote in missing)
        {
            int statementId = int.Parse(quote.Statement.StatementId);
            var statement = await db.Statements.Where(s => s.Id == statementId).Select(s => new { s.SourceId, s.PassageId }).SingleAsync(cancellationToken);
            string message = quote.Message;
            bool known = await db.Flags.AnyAsync(f => f.SourceId == statement.SourceId && f.Kind == FlagKind.QuoteNotFound && f.Message == message, cancellationToken);
            if (!known)
            {
                db.Flags.Add(new Entities.Flag
                {
                    SourceId = statement.SourceId,
                    PassageId = statement.PassageId,
                    Kind = FlagKind.QuoteNotFound,
                    Message = message,
                    RelatedSourceId = int.Parse(quote.Transcript.File),
                });
            }
        }
    }

    // The linker identifies statements, sources and speakers by strings; here they are database ids.
    private static IQueryable<ReportedStatement> Reported(IQueryable<Entities.Statement> statements) =>
        statements.Select(s => new ReportedStatement(
            s.SourceId.ToString(), s.Id.ToString(), s.SpeakerId.ToString(), s.Speaker != null ? s.Speaker.Name : null, s.Source.PublishedOn, s.Kind, s.Text, s.Quote));

    private static TranscriptView ToView(int sourceId, int speakerId, DateOnly date, string? title, IEnumerable<TranscriptPassage> passages) =>
        new(sourceId.ToString(), speakerId.ToString(), null, date, passages.ToArray(), title is null ? null : $"“{title}”");
}
