namespace DiplomacyReader.Data.Storage;

/// <summary>The databases the store runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several app instances or a store that outgrows one file.</summary>
    Postgres,
}
