namespace DiplomacyReader.Data.Search;

/// <summary>A passage that matched, with a snippet whose hits are marked by <see cref="FullTextSearch.HitStart"/> and <see cref="FullTextSearch.HitEnd"/>.</summary>
public sealed record PassageHit(string Slug, string Title, string? Publisher, DateOnly? PublishedOn, int Index, string Kind, string Snippet);

/// <summary>A statement that matched, with its speaker and a marked snippet of its text.</summary>
public sealed record StatementHit(string Slug, string Title, string Key, string Kind, string? Speaker, string? SpeakerSlug, string Snippet);
