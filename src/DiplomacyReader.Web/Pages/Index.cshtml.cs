using DiplomacyReader.Data;
using DiplomacyReader.Ingestion.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Web.Pages;

/// <summary>The overview: what the store holds, the latest sources, the most quoted actors, the topics.</summary>
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    private const int ListLength = 10;

    public IReadOnlyList<KindCount> Kinds { get; private set; } = [];

    public int StatementCount { get; private set; }

    public IReadOnlyList<SourceRow> LatestSources { get; private set; } = [];

    public IReadOnlyList<ActorRow> ActiveActors { get; private set; } = [];

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kinds = await db.Sources.AsNoTracking().GroupBy(s => s.Kind).Select(g => new KindCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        StatementCount = await db.Statements.CountAsync(cancellationToken);
        LatestSources = await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Take(ListLength)
            .Select(s => new SourceRow(s.Slug, s.Title ?? s.FileName, s.Kind, s.Publisher, s.PublishedOn, s.Statements.Count, s.Flags.Count))
            .ToListAsync(cancellationToken);
        ActiveActors = await db.Actors.AsNoTracking()
            .Where(a => a.Statements.Any())
            .OrderByDescending(a => a.Statements.Count).ThenBy(a => a.Name)
            .Take(ListLength)
            .Select(a => new ActorRow(a.Slug, a.Name, a.CountryCode, a.Statements.Count))
            .ToListAsync(cancellationToken);
        Topics = await db.Topics.AsNoTracking()
            .Where(t => t.Sources.Any())
            .OrderByDescending(t => t.Statements.Count)
            .Select(t => new TopicRow(t.Slug, t.Name, t.Statements.Count, t.Sources.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record KindCount(SourceKind Kind, int Count);

    public sealed record SourceRow(string Slug, string Title, SourceKind Kind, string? Publisher, DateOnly? Date, int Statements, int Flags);

    public sealed record ActorRow(string Slug, string Name, string? Country, int Statements);

    public sealed record TopicRow(string Slug, string Name, int Statements, int Sources);
}
