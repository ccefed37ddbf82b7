namespace DiplomacyReader.Data.Tests;

/// <summary>
/// One store for a test class that only reads: the seeds, the gold set, and nine reports that repeat one paragraph
/// word for word (their search hits tie in rank, so only the order among equals tells them apart).
/// </summary>
public sealed class SeededStore : IAsyncLifetime
{
    public TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync();
        await Store.ImportAsync(RepositoryPaths.Seeds, Path.Combine(RepositoryPaths.Root, "tests", "gold"));
        for (int day = 1; day <= 9; day++)
        {
            File.WriteAllText(Store.Folder.File($"repeat-{day}.txt"),
                $"Tokyo notebook, day {day}\n\nThe ministers reaffirmed that the alliance with Tokyo remains the cornerstone of regional peace.\n\nNotes filed on day {day} of the month, {day * 7} words later.\n");
        }

        await Store.ImportAsync(Store.Folder.Path);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}
