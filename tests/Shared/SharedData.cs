namespace DiplomacyReader.Tests.Shared;

/// <summary>
/// The data handed over beside the clone (<c>../shared</c>): corpora and saved pages that stay there and are
/// never copied into the repository. Tests that need it are skipped, with the reason, where it is absent.
/// <c>DIPLOMACYREADER_SHARED</c> points elsewhere.
/// </summary>
public static class SharedData
{
    public const string MissingReason = "needs ../shared (the corpora and saved pages handed over beside the clone); it is absent here";

    public static string Root =>
        Environment.GetEnvironmentVariable("DIPLOMACYREADER_SHARED") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"));

    public static bool Present => Directory.Exists(Path.Combine(Root, "testdata")) || Directory.Exists(Path.Combine(Root, "corpus"));

    /// <summary>Mozilla Readability's saved test pages with their expected article text (43 pages).</summary>
    public static string ReadabilityPages => Path.Combine(Root, "testdata", "readability-pages");

    /// <summary>A development corpus by name: japan-dev, japan-ja, polnear.</summary>
    public static string Corpus(string name) => Path.Combine(Root, "corpus", name);
}

/// <summary>A fact that needs <see cref="SharedData"/>; skipped with the reason where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Present)
        {
            Skip = SharedData.MissingReason;
        }
    }
}

/// <summary>A theory that needs <see cref="SharedData"/>; skipped with the reason where it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Present)
        {
            Skip = SharedData.MissingReason;
        }
    }
}
