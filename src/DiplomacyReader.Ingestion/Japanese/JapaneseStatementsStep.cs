using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Japanese;

/// <summary>
/// The statements of a Japanese document: in an official record, each sentence of the official's turns;
/// in the press, each 「quote」 followed by a cue (と述べた, と語った, と強調した, と訴えた …), credited to the
/// person the sentence names before it (林芳正外相は, 石破総理は, 林氏は), or to a name standing alone on the
/// line above (a broadcaster's 石破総理 / 「…」). Countries and topics are tagged from their Japanese names.
/// Runs after the English steps, which find nothing in Japanese text.
/// </summary>
public sealed partial class JapaneseStatementsStep : IIngestionStep
{
    /// <summary>Cues that report the quoted words as said: the quote is then direct when it is a clause of its own.</summary>
    private static readonly string[] s_sayingCues = ["述べ", "語", "強調", "話", "表明", "明らかに", "説明", "発言", "答え"];

    /// <summary>Quotes shorter than this are fragments (a name, a slogan), partial whatever the cue.</summary>
    private const int MinDirectLength = 15;

    /// <inheritdoc />
    public void Run(DocumentContext context)
    {
        if (!context.IsJapanese)
        {
            return;
        }

        var names = new JapaneseNames(context.Knowledge);
        int before = context.Statements.Count;
        if (context.Kind == SourceKind.Transcript)
        {
            AddOfficialSentences(context, names);
        }
        else
        {
            AddQuotes(context, names);
        }

        Tag(context, before);
    }

    private static void AddOfficialSentences(DocumentContext context, JapaneseNames names)
    {
        IReadOnlyList<JapaneseLayoutStep.Turn> turns = context.JapaneseTurns;
        foreach (PassageRecord passage in context.Passages)
        {
            JapaneseLayoutStep.Turn? turn = JapaneseLayoutStep.TurnAt(turns, passage.Index);
            ActorRef? speaker = turn switch
            {
                { Official: ActorEntry official } => names.Ref(official, context.Date),
                null when turns.Count == 0 && passage.Kind is PassageKind.Paragraph or PassageKind.Answer => context.TranscriptSpeaker,
                _ => null,
            };
            if (speaker is null || passage.Kind is not (PassageKind.Answer or PassageKind.Paragraph or PassageKind.List))
            {
                continue;
            }

            int from = turn?.FirstPassage == passage.Index ? turn.LabelEnd : 0;
            foreach (TextSpan sentence in JapaneseText.Sentences(passage.Text[from..]))
            {
                var span = new TextSpan(sentence.Start + from, sentence.End + from);
                Add(context, passage.Index, StatementKind.Official, passage.Text[span.Start..span.End], null, null, speaker, span);
            }
        }
    }

    private static void AddQuotes(DocumentContext context, JapaneseNames names)
    {
        var named = new List<ActorEntry>();
        ActorEntry? nameLine = null;
        // Japanese drops a subject that stays the same: a quote with no one named before it in its sentence is
        // the words of the last person named as a subject (石破茂首相は …), as long as no one else has been since.
        ActorEntry? subject = null;
        foreach (PassageRecord passage in context.Passages.Where(p => p.Kind is not (PassageKind.Boilerplate or PassageKind.Comment)))
        {
            string text = passage.Text;
            foreach (TextSpan sentence in JapaneseText.Sentences(text))
            {
                string words = text[sentence.Start..sentence.End];
                List<JapaneseMention> mentions = names.AllIn(words, context.Date, named).ToList();
                // A name alone on its line (石破総理) speaks the quote on the next line, as broadcasters' sites print it.
                if (mentions is [JapaneseMention alone] && alone.Start == 0 && alone.End >= words.TrimEnd().Length)
                {
                    nameLine = alone.Actor;
                    named.Add(alone.Actor);
                    continue;
                }

                foreach ((int open, int close) in Quotes(words))
                {
                    string quote = words[(open + 1)..close];
                    Match cue = Cue().Match(words, close + 1);
                    bool wholeLine = open == 0 && close >= words.TrimEnd('。').Length - 1;
                    if (quote.Length < 2 || (!cue.Success && !(wholeLine && nameLine is not null)))
                    {
                        continue;
                    }

                    ActorEntry? speaker = mentions.LastOrDefault(m => m.End <= open)?.Actor
                        ?? (wholeLine ? nameLine : null)
                        ?? (mentions.Count == 0 && !OtherSubject().IsMatch(words[..open]) ? subject : null);
                    bool direct = quote.Length >= MinDirectLength && (wholeLine || s_sayingCues.Any(c => cue.Groups["cue"].Value.StartsWith(c, StringComparison.Ordinal)));
                    Add(context, passage.Index, direct ? StatementKind.Direct : StatementKind.Partial, words, quote,
                        cue.Success ? cue.Groups["cue"].Value : null, speaker is null ? null : names.Ref(speaker, context.Date), sentence);
                }

                named.AddRange(mentions.Select(m => m.Actor));
                if (mentions.LastOrDefault(m => m.End < words.Length && words[m.End] is 'は' or 'が') is JapaneseMention said)
                {
                    subject = said.Actor;
                }
                else if (OtherSubject().IsMatch(words))
                {
                    subject = null; // someone the knowledge base does not know has become the subject
                }

                nameLine = null;
            }
        }
    }

    // The outermost 「…」 of a sentence (『』 inside stay in the quote), as the positions of their brackets.
    private static IEnumerable<(int Open, int Close)> Quotes(string text)
    {
        int depth = 0, open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '「')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (text[i] == '」' && depth > 0 && --depth == 0)
            {
                yield return (open, i);
            }
        }
    }

    private static void Add(DocumentContext context, int passage, StatementKind kind, string text, string? quote, string? cue, ActorRef? speaker, TextSpan span) =>
        context.Statements.Add(new StatementRecord($"s{context.Statements.Count + 1}", passage, kind, text, quote, cue, speaker, span, [], []));

    // Countries and topics by their Japanese names, for the statements added here and the source.
    private static void Tag(DocumentContext context, int from)
    {
        KnowledgeIndex knowledge = context.Knowledge;
        for (int i = from; i < context.Statements.Count; i++)
        {
            StatementRecord statement = context.Statements[i];
            context.Statements[i] = statement with { Countries = knowledge.CountriesInJapanese(statement.Text), Topics = knowledge.TopicsInJapanese(statement.Text) };
        }

        string article = string.Join("\n", context.Passages.Where(p => p.Kind is not (PassageKind.Boilerplate or PassageKind.Comment)).Select(p => p.Text));
        context.Countries.AddRange(knowledge.CountriesInJapanese(article).Except(context.Countries).ToArray());
        context.Topics.AddRange(knowledge.TopicsInJapanese(article).Except(context.Topics).ToArray());
    }

    // A subject the knowledge base cannot name: a title or person followed by は (大統領は, 同氏は, 報道官は).
    [GeneratedRegex(@"(?:大統領|長官|報道官|首相|外相|大臣|議長|代表|氏|局長)(?:は|が)")]
    private static partial Regex OtherSubject();

    // と述べた, との考えを示した, などと訴えました: the quote's cue, right after the closing bracket.
    [GeneratedRegex(@"\G\s*(?:など|とも)?との?(?:[^「」。、]{0,12}?)(?<cue>述べ|語|強調|表明|示し|明らかに|話し|訴え|説明|指摘|発言|答え|呼びかけ|求め|命名|批判|非難|主張|言及|宣言|意欲)")]
    private static partial Regex Cue();
}
