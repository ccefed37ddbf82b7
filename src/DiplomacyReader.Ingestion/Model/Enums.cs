namespace DiplomacyReader.Ingestion.Model;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    /// <summary>A news report.</summary>
    Press,
    /// <summary>An official transcript of a speech, press conference or statement.</summary>
    Transcript,
    /// <summary>A news-aggregator page (summaries, question/answer blocks, tag lists).</summary>
    Aggregator,
    /// <summary>Analysis, opinion or advocacy.</summary>
    Commentary,
}

/// <summary>The format a document was read as.</summary>
public enum SourceFormat
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>HTML markup.</summary>
    Html,
    /// <summary>Markdown.</summary>
    Markdown,
}

/// <summary>The role of one block of a source.</summary>
public enum PassageKind
{
    /// <summary>A section or document heading.</summary>
    Heading,
    /// <summary>Running article text.</summary>
    Paragraph,
    /// <summary>A bulleted or numbered list.</summary>
    List,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A question (aggregator FAQ or a reporter at a press conference).</summary>
    Question,
    /// <summary>The answer that follows a question.</summary>
    Answer,
    /// <summary>A photo or image caption.</summary>
    Caption,
    /// <summary>A reader comment.</summary>
    Comment,
    /// <summary>Date lines, tag lines, bylines and other facts about the document.</summary>
    Metadata,
    /// <summary>Site chrome: navigation, login prompts, vote counters, "related" blocks.</summary>
    Boilerplate,
}

/// <summary>How a statement reports what was said.</summary>
public enum StatementKind
{
    /// <summary>A full quotation.</summary>
    Direct,
    /// <summary>A quoted fragment inside reported speech.</summary>
    Partial,
    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
    /// <summary>A sentence of an official transcript, spoken by the transcript's speaker.</summary>
    Official,
}

/// <summary>How faithfully a press statement renders the transcript passage it is linked to.</summary>
public enum Fidelity
{
    /// <summary>The quoted words stand in the transcript.</summary>
    Verbatim,
    /// <summary>The same sentence in other wording or another translation.</summary>
    Close,
    /// <summary>The same point in different words.</summary>
    Paraphrase,
}

/// <summary>The reason a source or passage is flagged as unreliable.</summary>
public enum FlagKind
{
    /// <summary>A title that does not fit the source's date.</summary>
    Anachronism,
    /// <summary>A title the person never held.</summary>
    RoleConflict,
    /// <summary>The text contradicts itself.</summary>
    InternalContradiction,
    /// <summary>A quote attributed to a transcript's speaker that the transcript does not contain.</summary>
    QuoteNotFound,
    /// <summary>A saved index page: a list of story summaries, not one article.</summary>
    StoryList,
    /// <summary>One page of an article that continues on another page, which this source does not hold.</summary>
    Paginated,
}
