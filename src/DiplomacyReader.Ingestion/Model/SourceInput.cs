namespace DiplomacyReader.Ingestion.Model;

/// <summary>One document handed to the pipeline: its file name and its bytes, untouched.</summary>
/// <param name="FileName">The input's file name; used for format hints and error messages.</param>
/// <param name="Bytes">The original bytes.</param>
public sealed record SourceInput(string FileName, byte[] Bytes);
