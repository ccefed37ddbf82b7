using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>
/// Actors with tenures, roles, countries, topics and publishers: data the pipeline reads, loaded from JSON
/// so that a user can extend it without touching code. Immutable once loaded and safe to share.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly JsonSerializerOptions s_jsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, RoleEntry> _rolesByKey;
    private readonly Dictionary<string, ActorEntry> _actorsByKey;

    /// <summary>Creates a knowledge base from its parts.</summary>
    public KnowledgeBase(
        IReadOnlyList<RoleEntry> roles,
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<TopicEntry> topics,
        IReadOnlyList<PublisherEntry> publishers)
    {
        Roles = roles;
        Actors = actors;
        Countries = countries;
        Topics = topics;
        Publishers = publishers;
        _rolesByKey = roles.ToDictionary(r => r.Key, StringComparer.Ordinal);
        _actorsByKey = actors.ToDictionary(a => a.Key, StringComparer.Ordinal);
        foreach (ActorEntry actor in actors)
        {
            foreach (TenureEntry tenure in actor.Roles.Where(t => !_rolesByKey.ContainsKey(t.Role)))
            {
                throw new InvalidDataException($"Knowledge base: actor '{actor.Key}' holds unknown role '{tenure.Role}'.");
            }
        }
    }

    /// <summary>Roles, each with its phrasings.</summary>
    public IReadOnlyList<RoleEntry> Roles { get; }

    /// <summary>Known actors.</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Known countries.</summary>
    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>The topic taxonomy.</summary>
    public IReadOnlyList<TopicEntry> Topics { get; }

    /// <summary>Known publishers.</summary>
    public IReadOnlyList<PublisherEntry> Publishers { get; }

    /// <summary>The role with this key, or null.</summary>
    public RoleEntry? FindRole(string key) => _rolesByKey.GetValueOrDefault(key);

    /// <summary>The actor with this key, or null.</summary>
    public ActorEntry? FindActor(string key) => _actorsByKey.GetValueOrDefault(key);

    /// <summary>The knowledge base shipped inside this assembly.</summary>
    public static KnowledgeBase LoadDefault()
    {
        using Stream stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream("DiplomacyReader.Ingestion.knowledge-base.json")
            ?? throw new InvalidOperationException("The embedded knowledge base is missing from the assembly.");
        return Load(stream, "embedded knowledge-base.json");
    }

    /// <summary>The JSON file at <paramref name="path"/>, or the embedded knowledge base when it is null.</summary>
    public static KnowledgeBase LoadFileOrDefault(string? path) => path is null ? LoadDefault() : LoadFile(path);

    /// <summary>Loads a knowledge base from a JSON file.</summary>
    public static KnowledgeBase LoadFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a knowledge base from JSON; <paramref name="origin"/> names it in error messages.</summary>
    public static KnowledgeBase Load(Stream json, string origin)
    {
        KnowledgeBaseFile file;
        try
        {
            file = JsonSerializer.Deserialize<KnowledgeBaseFile>(json, s_jsonOptions)
                ?? throw new InvalidDataException($"{origin}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a valid knowledge base ({e.Message}).", e);
        }

        return new KnowledgeBase(file.Roles ?? [], file.Actors ?? [], file.Countries ?? [], file.Topics ?? [], file.Publishers ?? []);
    }

    private sealed record KnowledgeBaseFile(
        List<RoleEntry>? Roles,
        List<ActorEntry>? Actors,
        List<CountryEntry>? Countries,
        List<TopicEntry>? Topics,
        List<PublisherEntry>? Publishers);
}
