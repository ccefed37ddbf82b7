namespace DiplomacyReader.Data.Entities;

/// <summary>
/// The store's version: one row, whose number every import takes the next of just before it commits and writes
/// on the sources it stored (<see cref="Source.Version"/>). Taking it locks the row until the commit, so imports
/// commit in the order of their numbers, on PostgreSQL with several app instances as on SQLite: whoever reads
/// number N finds every source numbered up to N stored. Source ids give no such order: on PostgreSQL an import
/// that took lower ids can commit after one that took higher ones.
/// </summary>
public sealed class StoreVersion
{
    /// <summary>Always 1.</summary>
    public int Id { get; set; }

    /// <summary>How many imports have committed; no row means none has.</summary>
    public long Number { get; set; }
}
