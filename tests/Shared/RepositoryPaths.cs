namespace DiplomacyReader.Tests.Shared;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DiplomacyReader.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DiplomacyReader.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);
}
