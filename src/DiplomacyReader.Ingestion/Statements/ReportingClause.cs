using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>A sentence's reporting clause: the cue and who it is attributed to.</summary>
/// <param name="Cue">The cue as written, lower case ("said", "expressed concern"); null for "Name: “…”".</param>
/// <param name="CueSpan">Where the cue stands in the passage text.</param>
/// <param name="Speaker">The speaker's mention, or null when there is none (or several speakers).</param>
/// <param name="Joint">Whether several people are the subject.</param>
/// <param name="UnnamedSubject">Whether the verb has a subject that is no person the text names ("The White House said"): the words quoted are that subject's, fragments too, and nobody's we can name.</param>
internal sealed record ReportingClause(string? Cue, TextSpan CueSpan, Mention? Speaker, bool Joint, bool UnnamedSubject = false);
