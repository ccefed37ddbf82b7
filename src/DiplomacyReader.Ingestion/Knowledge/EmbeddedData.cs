using System.Text.Json;

namespace DiplomacyReader.Ingestion.Knowledge;

/// <summary>The JSON data files embedded beside the knowledge base (cue-verbs.json, vocabulary.json), read once.</summary>
internal static class EmbeddedData
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the embedded <paramref name="fileName"/> as <typeparamref name="T"/>.</summary>
    public static T Read<T>(string fileName)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("DiplomacyReader.Ingestion." + fileName)
            ?? throw new InvalidOperationException($"The embedded {fileName} is missing from the assembly.");
        return JsonSerializer.Deserialize<T>(stream, s_options) ?? throw new InvalidDataException($"{fileName} is empty.");
    }
}
