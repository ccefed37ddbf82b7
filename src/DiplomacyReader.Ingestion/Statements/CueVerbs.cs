using System.Text.RegularExpressions;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>The verbs and phrases that report speech.</summary>
public static partial class CueVerbs
{
    /// <summary>Finite reporting verbs: "said", "told", "stressed", "expressed concern".</summary>
    [GeneratedRegex(@"\b(?<cue>said|says|told|tells|stressed|stresses|underscored|underscores|emphasized|emphasised|emphasizes|noted|notes|added|stated|warned|urged|pledged|vowed|agreed|insisted|argued|explained|reiterated|highlighted|asserted|acknowledged|affirmed|reaffirmed|announced|declared|claimed|suggested|indicated|remarked|commented|revealed|confirmed|expressed(?: (?:concern|hope|regret|gratitude|support|opposition|displeasure|disappointment|appreciation|readiness|willingness|determination|confidence))?|called for|welcomed|criticized|criticised|condemned|denied|wrote|posted|praised|hailed|lauded|described|accused|thanked|called)\b")]
    public static partial Regex Finite();

    /// <summary>Participles that report speech of the clause's subject: "…, saying he is looking forward to …".</summary>
    [GeneratedRegex(@"\b(?<cue>saying|adding|stressing|noting|underscoring|emphasizing|emphasising|telling|calling for|expressing (?:concern|hope))\b")]
    public static partial Regex Participle();

    /// <summary>"according to X" attributes what precedes or follows it to X.</summary>
    [GeneratedRegex(@"\b(?<cue>[Aa]ccording to)\b")]
    public static partial Regex AccordingTo();
}
