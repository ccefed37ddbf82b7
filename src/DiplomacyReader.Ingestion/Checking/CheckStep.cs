using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Checking;

/// <summary>
/// Notes what the reader should know about how a page was read (an index page, one page of several), and
/// checks the titles a text gives people against their tenures. A person called both "former President" and
/// "President" contradicts the text; a title held at no date the text allows (its own date, or the window
/// its "former" titles imply) is an anachronism; a title never held is a role conflict.
/// </summary>
public sealed class CheckStep : IIngestionStep
{
    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        NoteHowThePageWasRead(context);
        var titled = context.Mentions
            .OrderBy(m => m.Key)
            .SelectMany(m => m.Value.Where(v => v.Kind == MentionKind.KnownName && v.Role is not null).Select(v => (Passage: m.Key, Mention: v)))
            .ToArray();

        var contradicted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in titled.GroupBy(t => (t.Mention.Actor!.Key, t.Mention.Role!.Key)))
        {
            var former = group.FirstOrDefault(t => t.Mention.Former);
            var current = group.FirstOrDefault(t => !t.Mention.Former);
            if (former.Mention is not null && current.Mention is not null)
            {
                contradicted.Add(group.Key.Item1);
                context.Flags.Add(new FlagRecord(FlagKind.InternalContradiction, current.Passage,
                    $"{former.Mention.Actor!.Name} is called both “former {former.Mention.Title}” and “{current.Mention.Title}” in the same text."));
            }
        }

        (DateRange window, string? windowReason) = WindowOf(context, titled.Where(t => t.Mention.Former).Select(t => t.Mention));
        var flagged = new HashSet<(string, string)>();
        foreach ((int passage, Mention mention) in titled.Where(t => !t.Mention.Former && !contradicted.Contains(t.Mention.Actor!.Key)))
        {
            ActorEntry actor = mention.Actor!;
            if (!flagged.Add((actor.Key, mention.Role!.Key)))
            {
                continue;
            }

            DateRange tenures = TenuresOf(actor, mention);
            if (tenures.IsEmpty)
            {
                context.Flags.Add(new FlagRecord(FlagKind.RoleConflict, passage, $"{actor.Name} is called “{mention.Title}”, a role the knowledge base has no record of {actor.Name} holding."));
            }
            else if (windowReason is not null && tenures.Intersect(window).IsEmpty)
            {
                context.Flags.Add(new FlagRecord(FlagKind.Anachronism, passage, $"{actor.Name} is called “{mention.Title}”, a role held {tenures}, but {windowReason}."));
            }
        }
    }

    // The dates the text can have been written at: its own date, or what its "former" titles imply.
    private static (DateRange Window, string? Reason) WindowOf(DocumentContext context, IEnumerable<Mention> formerMentions)
    {
        if (context.Date is DateOnly date)
        {
            return (DateRange.Day(date), $"the source is dated {date:yyyy-MM-dd}");
        }

        DateRange window = DateRange.All;
        var reasons = new List<string>();
        foreach (Mention former in formerMentions)
        {
            DateRange gaps = TenuresOf(former.Actor!, former).Gaps();
            if (gaps.IsEmpty)
            {
                continue;
            }

            window = window.Intersect(gaps);
            reasons.Add($"calling {former.Actor!.Name} “former {former.Title}” dates the text {gaps}");
        }

        return reasons.Count == 0 || window.IsEmpty ? (DateRange.All, null) : (window, string.Join("; ", reasons.Distinct()));
    }

    private static DateRange TenuresOf(ActorEntry actor, Mention mention) =>
        new(actor.Roles
            .Where(t => t.Role == mention.Role!.Key && (mention.Country is null || t.Country == mention.Country))
            .OrderBy(t => t.From)
            .Select(t => (t.From, t.To))
            .ToArray());

    // The reader found an index page or one page of a paginated article: the source says so.
    private static void NoteHowThePageWasRead(DocumentContext context)
    {
        if (context.Hints.IsStoryList)
        {
            context.Flags.Add(new FlagRecord(FlagKind.StoryList, null,
                "This page lists several stories rather than one article: its paragraphs are summaries of other stories."));
        }

        if (context.Hints.NextPage is { } next)
        {
            context.Flags.Add(new FlagRecord(FlagKind.Paginated, null, $"The article continues on another page ({next}); only this page was read."));
        }
    }
}
