namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>A link shown as a small labelled chip (a speaker, a country, a topic).</summary>
public sealed record Chip(string Text, string Href);

/// <summary>A list of chips of one kind, with an accessible label.</summary>
public sealed record ChipList(string Label, string Kind, IReadOnlyList<Chip> Items);
