namespace DiplomacyReader.Ingestion.Model;

/// <summary>A person or body as the pipeline resolved it.</summary>
/// <param name="Name">Display name ("Takeshi Iwaya").</param>
/// <param name="Role">The role held at the source's date, if known.</param>
/// <param name="Country">ISO 3166 alpha-2 code of the country the actor acts for, if known.</param>
/// <param name="KnowledgeBaseKey">The knowledge-base key, or null for a person first met in this text.</param>
public sealed record ActorRef(string Name, string? Role, string? Country, string? KnowledgeBaseKey);
