namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>A profile's list is the newest few of its statements: how many of how many, and where all of them are, paged and filterable.</summary>
public sealed record NewestOf(int Shown, int Total, string AllHref);
