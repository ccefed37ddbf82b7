using DiplomacyReader.Ingestion.Export;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>Enum values as pages and URLs show them: the export format's names ("press", "role-conflict").</summary>
public static class Names
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => ExportMapping.Name(value);

    /// <summary>Parses a name back; null when it names nothing.</summary>
    public static TEnum? Parse<TEnum>(string? name) where TEnum : struct, Enum =>
        name is null ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Of(v!.Value) == name);
}
