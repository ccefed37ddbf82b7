using DiplomacyReader.Data.Stories;
using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Importing;

/// <summary>
/// Maps one processed document to its entity graph. Known actors are found by knowledge-base key; people
/// first met in a text are found by name or created, with the role and country the text gives them.
/// </summary>
internal sealed class SourceMapper(DiplomacyDbContext db, SourceMapper.Tags tags)
{
    /// <summary>
    /// The store's countries and topics by code and slug, untracked: only the knowledge-base seeder adds any, at
    /// start-up, so an importer reads them once for all its documents instead of twice a document.
    /// </summary>
    public sealed record Tags(IReadOnlyDictionary<string, Country> Countries, IReadOnlyDictionary<string, Topic> Topics)
    {
        public static async Task<Tags> ReadAsync(DiplomacyDbContext db, CancellationToken cancellationToken) => new(
            await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken),
            await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, cancellationToken));
    }

    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    public async Task<Source> MapAsync(SourceDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LoadActorsAsync(document, cancellationToken);
        // Untracked: the source's rows are written without EF Core (SourceRows), which only needs their keys.
        IReadOnlyDictionary<string, Country> countries = tags.Countries;
        IReadOnlyDictionary<string, Topic> topics = tags.Topics;

        // Probing the unique index costs a lookup per candidate, not a scan of every slug stored.
        string slug = await UniqueSlugs.FreeAsync(Slug.From(document.Title ?? Path.GetFileNameWithoutExtension(document.FileName)), candidate => db.Sources.AnyAsync(s => s.Slug == candidate, cancellationToken));
        var source = new Source
        {
            Slug = slug,
            FileName = document.FileName,
            Title = document.Title,
            Publisher = document.Publisher,
            CitedPublisher = document.CitedPublisher,
            Url = document.Url,
            PublishedOn = document.Date,
            SortDate = document.Date ?? DateOnly.MinValue,
            Byline = document.Byline,
            Language = document.Language,
            Kind = document.Kind,
            Format = document.Format,
            ContentHash = document.ContentHash,
            OriginalBytes = document.OriginalBytes,
            Text = document.Text,
            IngestedAt = now,
            TranscriptSpeaker = document.TranscriptSpeaker is null ? null : await ActorAsync(document.TranscriptSpeaker, cancellationToken),
            Countries = document.Countries.Where(countries.ContainsKey).Select(c => countries[c]).ToList(),
            Topics = document.Topics.Where(topics.ContainsKey).Select(t => topics[t]).ToList(),
        };

        source.Passages = document.Passages.Select(p => new Passage
        {
            Index = p.Index,
            Kind = p.Kind,
            Section = p.Section,
            Start = p.Span.Start,
            End = p.Span.End,
            Text = p.Text,
            Fingerprint = p.Kind is PassageKind.Paragraph or PassageKind.Answer ? Fingerprint.OfParagraph(p.Text) : null,
        }).ToList();

        int ordinal = 0;
        foreach (StatementRecord statement in document.Statements)
        {
            source.Statements.Add(new Statement
            {
                Key = statement.Id,
                Ordinal = ordinal++,
                SortDate = document.Date ?? DateOnly.MinValue,
                Passage = source.Passages[statement.PassageIndex],
                Kind = statement.Kind,
                Text = statement.Text,
                Quote = statement.Quote,
                QuoteFingerprint = Fingerprint.OfQuote(statement.Quote),
                Cue = statement.Cue,
                Speaker = statement.Speaker is null ? null : await ActorAsync(statement.Speaker, cancellationToken),
                SpeakerRole = statement.Speaker?.Role,
                Start = statement.Span.Start,
                End = statement.Span.End,
                Countries = statement.Countries.Where(countries.ContainsKey).Select(c => countries[c]).ToList(),
                Topics = statement.Topics.Where(topics.ContainsKey).Select(t => topics[t]).ToList(),
            });
        }

        foreach (ActorRef actor in document.Actors)
        {
            Actor entity = await ActorAsync(actor, cancellationToken);
            if (!source.MentionedActors.Contains(entity))
            {
                source.MentionedActors.Add(entity);
            }
        }

        source.Flags = document.Flags.Select(f => new Flag
        {
            Kind = f.Kind,
            Message = f.Message,
            Passage = f.PassageIndex is int index ? source.Passages[index] : null,
        }).ToList();
        return source;
    }

    private async Task LoadActorsAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        ActorRef[] referenced = document.Actors.Concat(document.Statements.Select(s => s.Speaker)).Append(document.TranscriptSpeaker).OfType<ActorRef>().ToArray();
        string[] keys = referenced.Select(a => a.KnowledgeBaseKey).OfType<string>().Distinct().ToArray();
        string[] names = referenced.Where(a => a.KnowledgeBaseKey is null).Select(a => a.Name).Distinct().ToArray();
        List<Actor> found = await db.Actors
            .Where(a => (a.KnowledgeBaseKey != null && keys.Contains(a.KnowledgeBaseKey)) || (a.KnowledgeBaseKey == null && names.Contains(a.Name)))
            .ToListAsync(cancellationToken);
        foreach (Actor actor in found)
        {
            _actors[actor.KnowledgeBaseKey ?? NameKey(actor.Name)] = actor;
        }
    }

    private async Task<Actor> ActorAsync(ActorRef actor, CancellationToken cancellationToken)
    {
        string key = actor.KnowledgeBaseKey ?? NameKey(actor.Name);
        if (_actors.TryGetValue(key, out Actor? known))
        {
            return known;
        }

        string slug = await UniqueSlugs.FreeAsync(Slug.From(actor.Name), async candidate =>
            _actors.Values.Any(a => a.Slug == candidate) || await db.Actors.AnyAsync(a => a.Slug == candidate, cancellationToken));
        var created = new Actor
        {
            Slug = slug,
            Name = actor.Name,
            Kind = "person",
            CountryCode = actor.Country,
            KnowledgeBaseKey = actor.KnowledgeBaseKey,
            Roles = actor.Role is null ? [] : [new ActorRole { Title = actor.Role, CountryCode = actor.Country }],
        };
        db.Actors.Add(created);
        _actors[key] = created;
        return created;
    }

    private static string NameKey(string name) => "name:" + name.ToLowerInvariant();
}
