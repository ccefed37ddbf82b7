using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Facets;

/// <summary>
/// Counts <c>FacetCounts</c> afresh from the statements: for a store made before the table existed, and
/// whenever the counts are in doubt. Reads the statements in slices by id, so memory holds the counts, not
/// the statements.
/// </summary>
public static class FacetCountRebuild
{
    private const int Slice = 20_000;

    /// <summary>
    /// How the counts are kept, recorded in the table itself: a store counted under another scheme (or before
    /// the counts) is counted afresh at start-up. 2: months under every filter value, not only actors',
    /// countries' and topics'.
    /// </summary>
    public const string Scheme = "2";

    /// <summary>Whether the store has statements not counted under the current <see cref="Scheme"/>.</summary>
    public static async Task<bool> IsNeededAsync(DiplomacyDbContext db, CancellationToken cancellationToken) =>
        !await IsCurrentAsync(db, cancellationToken) && await db.Statements.AnyAsync(cancellationToken);

    /// <summary>Records that the counts follow the current <see cref="Scheme"/> (an empty store's will, from its first import).</summary>
    public static async Task MarkCurrentAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        if (!await IsCurrentAsync(db, cancellationToken))
        {
            await db.FacetCounts.Where(f => f.FilterFacet == Facet.Scheme).ExecuteDeleteAsync(cancellationToken);
            db.FacetCounts.Add(new Entities.FacetCount { FilterFacet = Facet.Scheme, FilterValue = "", Facet = Facet.Scheme, Value = Scheme, Label = "", Count = 0 });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static Task<bool> IsCurrentAsync(DiplomacyDbContext db, CancellationToken cancellationToken) =>
        db.FacetCounts.AnyAsync(f => f.FilterFacet == Facet.Scheme && f.Value == Scheme, cancellationToken);

    public static async Task RebuildAsync(DiplomacyDbContext db, CancellationToken cancellationToken = default)
    {
        var deltas = new FacetCountDeltas();
        int after = 0;
        while (true)
        {
            var slice = await db.Statements.AsNoTracking()
                .Where(s => s.Id > after)
                .OrderBy(s => s.Id)
                .Take(Slice)
                .Select(s => new
                {
                    s.Id,
                    s.Kind,
                    SourceKind = s.Source.Kind,
                    s.Source.Publisher,
                    s.Source.PublishedOn,
                    SpeakerSlug = s.Speaker == null ? null : s.Speaker.Slug,
                    SpeakerName = s.Speaker == null ? null : s.Speaker.Name,
                    SpeakerCountry = s.Speaker == null ? null : s.Speaker.CountryCode,
                    s.SpeakerRole,
                    Countries = s.Countries.Select(c => new { c.Code, c.Name }).ToList(),
                    Topics = s.Topics.Select(t => new { t.Slug, t.Name }).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (slice.Count == 0)
            {
                break;
            }

            foreach (var s in slice)
            {
                deltas.Add(new StatementFacetRow(s.Kind, s.SourceKind, s.Publisher, s.PublishedOn, s.SpeakerSlug, s.SpeakerName, s.SpeakerCountry, s.SpeakerRole,
                    s.Countries.Select(c => (c.Code, c.Name)).ToList(), s.Topics.Select(t => (t.Slug, t.Name)).ToList()));
            }

            after = slice[^1].Id;
        }

        // Who each source mentions or quotes, read in ranges of source ids as two flat lists.
        int lastSource = await db.Sources.MaxAsync(s => (int?)s.Id, cancellationToken) ?? 0;
        for (int from = 1; from <= lastSource; from += Slice)
        {
            int to = from + Slice;
            var mentioned = await db.Sources.AsNoTracking().Where(s => s.Id >= from && s.Id < to)
                .SelectMany(s => s.MentionedActors, (s, a) => new { SourceId = s.Id, a.Slug, a.Name })
                .ToListAsync(cancellationToken);
            var speakers = await db.Statements.AsNoTracking().Where(st => st.SourceId >= from && st.SourceId < to && st.Speaker != null)
                .Select(st => new { st.SourceId, st.Speaker!.Slug, st.Speaker.Name })
                .Distinct()
                .ToListAsync(cancellationToken);
            foreach (var source in mentioned.Concat(speakers).GroupBy(a => a.SourceId))
            {
                deltas.AddSource(source.Select(a => (a.Slug, a.Name)));
            }

            var kinds = await db.Sources.AsNoTracking().Where(s => s.Id >= from && s.Id < to).Select(s => new { s.Id, s.Kind }).ToListAsync(cancellationToken);
            var topics = (await db.Sources.AsNoTracking().Where(s => s.Id >= from && s.Id < to)
                .SelectMany(s => s.Topics, (s, t) => new { s.Id, t.Slug, t.Name })
                .ToListAsync(cancellationToken)).ToLookup(t => t.Id);
            foreach (var source in kinds)
            {
                deltas.AddSourceTags(source.Kind, topics[source.Id].Select(t => (t.Slug, t.Name)));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FacetCounts.ExecuteDeleteAsync(cancellationToken);
        await deltas.SaveAsync(db, cancellationToken);
        await MarkCurrentAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
