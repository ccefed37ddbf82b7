using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Attribution;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Statements;

/// <summary>
/// Finds who a sentence attributes speech to: the mention just before a cue verb ("Iwaya, meanwhile,
/// expressed concern"), just after it ("said Iwaya"), the subject of a participle ("…, saying …"), or the
/// object of "according to".
/// </summary>
internal static partial class ReportingClauseFinder
{
    private static readonly HashSet<string> s_skippableWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "meanwhile", "later", "then", "further", "again", "repeatedly", "separately", "reportedly", "previously",
        "earlier", "once", "had", "has", "have", "was", "were", "is", "on", "at", "in", "this", "last", "week", "month",
        "today", "yesterday", "tonight", "however", "too", "recently", "personally", "publicly", "privately", "strongly",
        "firmly", "clearly", "quickly", "immediately", "flatly", "would", "will", "could", "may", "might", "did", "not",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
        "night", "himself", "herself", "both", "first", "jointly", "subsequently", "now", "still",
    };

    /// <summary>The reporting clause of the sentence at <paramref name="sentence"/> in <paramref name="text"/>, or null.</summary>
    public static ReportingClause? Find(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<Mention> mentions)
    {
        string body = text[sentence.Start..sentence.End];
        Mention[] inSentence = SortedByStart.Within(mentions, m => m.Span.Start, sentence)
            .Where(m => m.Span.End <= sentence.End && !QuoteScanner.IsInside(quotes, m.Span.Start))
            .ToArray();
        IReadOnlyList<QuoteSpan> sentenceQuotes = QuoteScanner.OpeningIn(quotes, sentence);

        // "After Trump argued that …, Rubio said only that his “numbers don’t add up”": the quote is the words
        // of the clause nearest to it.
        int? firstQuote = sentenceQuotes.Count > 0 ? sentenceQuotes[0].Outer.Start : null;
        IEnumerable<Match> finite = Cues(CueVerbs.Finite(), body, sentence.Start, quotes);
        if (firstQuote is int quoteStart)
        {
            finite = finite.OrderBy(c => Math.Abs(sentence.Start + c.Index - quoteStart));
        }

        ReportingClause? subordinate = null;
        foreach (Match cue in finite)
        {
            int cueStart = sentence.Start + cue.Index;
            int cueEnd = cueStart + cue.Length;
            // "Ambler was asked, “…?”": the subject of a passive verb is the one spoken to; the one who speaks may follow
            // "by" ("Sanders was asked by host Bill Maher, who …, “Now, …?”") where no other verb of saying comes before the quotation.
            if (TextWindow.Before(PassiveAuxiliary(), text, cueStart).Success)
            {
                if (Agent(text, cueEnd, inSentence, sentenceQuotes) is Mention agent)
                {
                    return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueEnd), agent, Joint: false);
                }

                continue;
            }

            Mention[] candidates = inSentence.Where(m => m.Span.End <= cueStart && !FollowsPreposition(text, m.Span.Start)
                && (IsSkippableGap(text, m.Span.End, cueStart, m.IsNamed) || IsCoordinatedPredicate(text, sentence.Start, m, cueStart, inSentence))).ToArray();

            // "Cho Hyun, who accompanied Lee, said": the subject is the one before the appositive, not the name inside it,
            // a party tag after the name or not ("Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said").
            Mention? before = candidates.LastOrDefault(m => IsAppositive(m.IsNamed ? NameTag().Replace(text[m.Span.End..cueStart], string.Empty, 1) : text[m.Span.End..cueStart]))
                ?? candidates.LastOrDefault();
            // "Sims say he was “kind of riding the fence” until Haley said she was backing Rubio": the verb of a subordinate
            // clause reports what follows it, not a quotation of the main clause before the conjunction.
            if (before is not null && TextWindow.Before(SubordinatingConjunction(), text, before.Span.Start) is { Success: true } conjunction
                && sentenceQuotes.All(q => q.Outer.End <= conjunction.Index))
            {
                // The quotation is still someone's words, kept with nobody named if no other clause reports it.
                subordinate ??= new ReportingClause(Lower(cue), new TextSpan(cueStart, cueEnd), null, Joint: false, UnnamedSubject: true);
                continue;
            }

            if (before is not null)
            {
                return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueEnd), IsJoint(text, before, inSentence) ? null : before, IsJoint(text, before, inSentence));
            }

            // "what she called …" needs its subject; "called Iwaya" names someone, it does not quote them.
            // "urged Japan's prime minister", "told Iwaya": after most verbs a name is the one spoken to.
            // And only where nothing stands in the subject's place: in "The White House said U.S. President Joe
            // Biden … “unequivocally condemned”" the name after the verb opens what was said.
            // ("said he thought …" still reads its "he" as the one who said it: the subject of the verb before.)
            // After a quotation a description may stand between the verb and the name ("said Democratic pollster Stan Greenberg").
            bool inverted = OpensInversion(text, sentence.Start, cueStart);
            bool mayFollow = CueVerbs.SubjectMayFollow(Lower(cue)) || (inverted && CueVerbs.SubjectMayFollowQuotation(Lower(cue)) && QuoteEndsRightBefore(text, quotes, cueStart));
            Mention? after = !mayFollow ? null : inSentence.FirstOrDefault(m => m.Span.Start >= cueEnd
                && (text.AsSpan(cueEnd, m.Span.Start - cueEnd).IsWhiteSpace() || (inverted && m.IsNamed && DescriptionBeforeName().IsMatch(text[cueEnd..m.Span.Start]))));
            if (after is not null && after.Kind != MentionKind.Pronoun && !inverted)
            {
                // Reported by a subject that is no person the text names (the White House, a statement): quoted, nobody's.
                return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueEnd), null, Joint: false, UnnamedSubject: true);
            }

            if (after is not null)
            {
                return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueEnd), after, Joint: false);
            }
        }

        foreach (Match cue in Cues(CueVerbs.Participle(), body, sentence.Start, quotes))
        {
            int cueStart = sentence.Start + cue.Index;
            // "The crowd cheered, with Trump reportedly yelling: “…”": after "with" the participle's subject stands right before it.
            Mention? withSubject = inSentence.LastOrDefault(m => m.Span.End <= cueStart);
            if (withSubject is { IsNamed: true } && TextWindow.Before(WithBefore(), text, withSubject.Span.Start).Success && IsSkippableGap(text, withSubject.Span.End, cueStart, afterName: false))
            {
                return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueStart + cue.Length), withSubject, Joint: false);
            }

            // The subject opens the sentence or its main clause ("In a statement, Jeffries …, saying"); a name
            // inside the predicate ("Ryan's campaign shrugged off Trump's comments, telling") is not it.
            Mention? subject = inSentence.FirstOrDefault(m => m.Span.End <= cueStart);
            if (subject is not null)
            {
                // Someone's words for sure, but when the subject is not plain, whose is left open.
                return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueStart + cue.Length), OpensDescribed(text, sentence.Start, subject) ? subject : null, Joint: false);
            }
        }

        foreach (Match cue in Cues(CueVerbs.AccordingTo(), body, sentence.Start, quotes))
        {
            // "according to a joint statement" attributes the words even when nobody single is named.
            int cueEnd = sentence.Start + cue.Index + cue.Length;
            Mention? source = inSentence.FirstOrDefault(m => m.Span.Start >= cueEnd && text.AsSpan(cueEnd, m.Span.Start - cueEnd).IsWhiteSpace());
            return new ReportingClause("according to", new TextSpan(cueEnd - cue.Length, cueEnd), source, Joint: false);
        }

        return Labelled(text, sentence, sentenceQuotes, inSentence) ?? Inverted(text, sentence, sentenceQuotes, inSentence)
            ?? ThatClause(text, sentence, sentenceQuotes, inSentence) ?? Unnamed(text, sentence, body, quotes, sentenceQuotes)
            ?? Introduced(text, sentence, sentenceQuotes, inSentence) ?? VerbBefore(text, sentence, body, quotes, sentenceQuotes, inSentence) ?? subordinate;
    }

    // "Rep. Ama Reyes (D-Ore.), chair of the panel, said that it was “fully committed to an open process”": a verb of
    // saying before the quotation reports it even where its subject is not found (a name with a tag and an
    // appositive, a clause between, a noun phrase with no determiner). The words are someone's; whose is left
    // open. A single quoted word is more often a term than a quotation, and a verb that also says what things do
    // ("underscores", "agreed") reports nothing without a person as its subject.
    private static ReportingClause? VerbBefore(string text, TextSpan sentence, string body, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<QuoteSpan> sentenceQuotes, Mention[] inSentence)
    {
        if (sentenceQuotes.Count == 0 || TextNormalizer.WordCount(text.AsSpan(sentenceQuotes[0].Inner.Start, sentenceQuotes[0].Inner.Length)) < 2)
        {
            return null;
        }

        Match? cue = Cues(CueVerbs.Finite(), body, sentence.Start, quotes)
            .FirstOrDefault(c => sentence.Start + c.Index < sentenceQuotes[0].Outer.Start && !CueVerbs.IsEmphasis(Lower(c)));
        if (cue is null)
        {
            return null;
        }

        int cueStart = sentence.Start + cue.Index;
        Mention? subject = inSentence.FirstOrDefault(m => m.Span.End <= cueStart);
        bool named = subject is { IsNamed: true } && OpensDescribed(text, sentence.Start, subject)
            && !inSentence.Any(m => m != subject && m.Span.Start >= subject.Span.End && m.Span.End <= cueStart)
            && !Passive().IsMatch(text.AsSpan(subject.Span.End, cueStart - subject.Span.End)) && !TextWindow.Before(PassiveAuxiliary(), text, cueStart).Success;
        return new ReportingClause(Lower(cue), new TextSpan(cueStart, cueStart + cue.Length), named ? subject : null, Joint: false, UnnamedSubject: !named);
    }

    // "She went on: “It makes no sense.”", "He jokes, “It’s a never ending line!”": a clause that ends with a
    // colon or a comma and hands over to a quotation that opens like a sentence and closes the sentence
    // introduces what someone said, whatever its verb. It is the subject's when a person opens the clause
    // (active voice: in "He was asked, “…?”" the words are the asker's), else nobody's we can name.
    private static ReportingClause? Introduced(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, Mention[] inSentence)
    {
        QuoteSpan? last = quotes.Count > 0 ? quotes[^1] : null;
        if (last is not QuoteSpan quote || quote.Outer.Start <= sentence.Start)
        {
            return null;
        }

        string before = text[sentence.Start..quote.Outer.Start].TrimEnd();
        int words = TextNormalizer.WordCount(before);
        bool opensLikeSentence = quote.Inner.Start < text.Length && char.IsUpper(text[quote.Inner.Start]);
        bool closesSentence = quote.Outer.End >= sentence.End || text.AsSpan(quote.Outer.End, sentence.End - quote.Outer.End).Trim().TrimEnd(".!?)").IsEmpty;
        if (before.Length == 0 || before[^1] is not (':' or ',') || words < 2 || !opensLikeSentence || !closesSentence)
        {
            return null;
        }

        int mark = sentence.Start + before.Length - 1;
        Mention? speaker = IntroducingSubject(text, sentence.Start, mark, inSentence);
        return new ReportingClause(null, new TextSpan(mark, mark + 1), speaker, Joint: false, UnnamedSubject: speaker is null);
    }

    /// <summary>
    /// Who speaks in the clause from <paramref name="sentenceStart"/> to the colon or comma at <paramref name="mark"/> that
    /// hands over to a quotation: a person opening the clause in the active voice, or named right after a verb of saying
    /// that opens it; null when the clause has no such person.
    /// </summary>
    internal static Mention? IntroducingSubject(string text, int sentenceStart, int mark, IEnumerable<Mention> mentions)
    {
        // "With leaders worried about Clinton's support, Obama is rolling out a message: “…”": the subject opens the
        // main clause, after an opening phrase that may name others; a semicolon opens a clause of its own ("When Sherman
        // was at school, he studied under Barrett; Barrett's dictum was, “…”").
        // So do ", and" and ", but" ("The crowd cheers, and then Wallnau continues: “…”").
        Match joined = ClauseJoin().Match(text, sentenceStart, mark - sentenceStart);
        int clauseStart = joined.Success ? joined.Index + joined.Length : sentenceStart;
        Mention[] inClause = mentions.Where(m => m.Span.Start >= clauseStart && m.Span.End <= mark).ToArray();

        // "Said Comey, “…”", "Continued Stone: “…”": a verb of saying that opens the clause has its subject after it.
        if (inClause.FirstOrDefault() is { IsNamed: true } inverted && text.AsSpan(inverted.Span.End, mark - inverted.Span.End).IsWhiteSpace()
            && text[clauseStart..inverted.Span.Start].Trim() is { Length: > 1 } verb && char.IsUpper(verb[0]) && CueVerbs.SubjectMayFollow(verb.ToLowerInvariant()))
        {
            return inverted;
        }

        // "Clinton’s response was: “…”", "Hoff’s letter makes the case: “…”", "From Bush's Facebook post: “…”": a person's
        // possessive opening the clause, then what they said or wrote.
        if (inClause.FirstOrDefault() is { IsNamed: true } owner && SpeechOf().Match(text, owner.Span.End) is { Success: true } speech
            && speech.Index == owner.Span.End && speech.Index + speech.Length <= mark && CueVerbs.IsSpeechNoun(speech.Groups["noun"].Value)
            && PossessorOpening().IsMatch(text.AsSpan(clauseStart, owner.Span.Start - clauseStart)))
        {
            return owner;
        }

        Mention? subject = inClause.FirstOrDefault(m => OpensDescribed(text, clauseStart, m)) ?? inClause.FirstOrDefault();

        bool speaks = subject is not null && subject.Kind != MentionKind.Role && OpensDescribed(text, clauseStart, subject)
            && !Passive().IsMatch(text.AsSpan(subject.Span.End, mark - subject.Span.End));
        return speaks ? subject : null;
    }

    // The agent of a passive verb of saying: a name right after "by" (a description between), the first quotation after it
    // with no other verb of saying between.
    private static Mention? Agent(string text, int cueEnd, Mention[] inSentence, IReadOnlyList<QuoteSpan> sentenceQuotes)
    {
        Match by = By().Match(text, cueEnd);
        QuoteSpan? quote = sentenceQuotes.Where(q => q.Outer.Start > cueEnd).Select(q => (QuoteSpan?)q).FirstOrDefault();
        if (!by.Success || quote is not QuoteSpan next)
        {
            return null;
        }

        int byEnd = by.Index + by.Length;
        Mention? agent = inSentence.FirstOrDefault(m => m.Span.Start >= byEnd);
        bool described = agent is { IsNamed: true } && agent.Span.End < next.Outer.Start
            && (agent.Span.Start == byEnd || DescriptionBeforeName().IsMatch(" " + text[byEnd..agent.Span.Start]));
        if (!described)
        {
            return null;
        }

        string between = text[agent!.Span.End..next.Outer.Start];
        return WholeRelativeClause().IsMatch(between) || !CueVerbs.Finite().Match(between).Success ? agent : null;
    }

    // A conjunction that opens a subordinate clause, right before its subject.
    [GeneratedRegex(@"(?<![\p{L}])(?:until|after|when|before|because|since|once|unless)\s+$")]
    private static partial Regex SubordinatingConjunction();

    // ", who is supporting Sanders, but has previously dismissed the story, ": what it says is about the agent, not said.
    [GeneratedRegex(@"^\s*,\s*who\b[^""“”;:()]*,\s*$")]
    private static partial Regex WholeRelativeClause();

    [GeneratedRegex(@"\G\s+by\s+")]
    private static partial Regex By();

    // A possessive, up to two modifiers, then a noun: "’s response", "’ fundraising email", "'s Facebook post".
    [GeneratedRegex(@"\G(?:['’]s|(?<=s)['’])\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>\p{Ll}+)\b")]
    private static partial Regex SpeechOf();

    // What may open the clause before the possessive: nothing, or "From" / "In".
    [GeneratedRegex(@"^\s*(?:(?:From|In|from|in)\s+)?$")]
    private static partial Regex PossessorOpening();

    // The last join of clauses before the mark: a semicolon, or a comma and "and" or "but" ("then" after it).
    [GeneratedRegex(@"(?:;|,\s+(?:and|but)(?:\s+then)?)\s+(?!.*(?:;|,\s+(?:and|but)\s))", RegexOptions.Singleline)]
    private static partial Regex ClauseJoin();

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being)\s+$")]
    private static partial Regex PassiveAuxiliary();

    [GeneratedRegex(@"(?:^|[^\p{L}])with\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    // "was asked", "were told", "is quoted": the subject is not the one who speaks.
    [GeneratedRegex(@"^\s*(?:,[^,]*,)?\s*(?:\p{Ll}+ly\s+)?(?:was|were|is|are|has been|had been|have been|being|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|ght)\b")]
    private static partial Regex Passive();

    // "Iwaya: “Our partnership has never been stronger.”" — the speaker named, a colon, then the quotation; after a
    // digest's heading and a spaced dash too ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”").
    private static ReportingClause? Labelled(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, Mention[] inSentence)
    {
        Mention? first = inSentence.FirstOrDefault();
        if (first is null || !(text.AsSpan(sentence.Start, first.Span.Start - sentence.Start).IsWhiteSpace()
            || (first.IsNamed && TextWindow.Before(SpacedDash(), text, first.Span.Start).Success && !QuoteScanner.IsInside(quotes, first.Span.Start - 2))))
        {
            return null;
        }

        int colon = first.Span.End;
        while (colon < sentence.End && char.IsWhiteSpace(text[colon]))
        {
            colon++;
        }

        bool quoteFollows = colon < sentence.End && text[colon] == ':' && quotes.Any(q => q.Outer.Start > colon && text.AsSpan(colon + 1, q.Outer.Start - colon - 1).IsWhiteSpace());
        return quoteFollows ? new ReportingClause(null, new TextSpan(colon, colon + 1), first, Joint: false) : null;
    }

    [GeneratedRegex(@"\S\s+[-–—]\s+$")]
    private static partial Regex SpacedDash();

    // An inverted verb ("…,” said Iwaya", "The talks went well, said Iwaya") follows a quote, a comma or a
    // dash, or opens the sentence; after a noun phrase it has its subject already.
    private static bool OpensInversion(string text, int sentenceStart, int cueStart)
    {
        int before = cueStart;
        while (before > sentenceStart && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        return before == sentenceStart || text[before - 1] is ',' or ';' or '"' or '”' or '’' or '\'' or '—' or '–' or '-' or ':';
    }

    // '“If I seem like I’m happy, it’s because I am,” Biden began at a joint news conference': a quotation
    // that opens the sentence, its closing comma, then a person and a verb. Whatever the verb, the words are theirs.
    private static ReportingClause? Inverted(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, Mention[] inSentence)
    {
        QuoteSpan? opening = quotes.Where(q => q.Closed && q.Outer.Start >= sentence.Start && q.Outer.End < sentence.End && text.AsSpan(sentence.Start, q.Outer.Start - sentence.Start).IsWhiteSpace())
            .Select(q => (QuoteSpan?)q).FirstOrDefault();
        if (opening is not QuoteSpan quote)
        {
            return null;
        }

        // The quotation ends with a comma (inside or after the mark), a question or an exclamation.
        string inner = text[quote.Inner.Start..quote.Inner.End].TrimEnd();
        bool closesWithComma = (inner.Length > 0 && inner[^1] is ',' or '!' or '?') || text.AsSpan(quote.Outer.End).TrimStart().StartsWith(",");
        if (!closesWithComma)
        {
            return null;
        }

        Mention? speaker = inSentence.FirstOrDefault(m => m.Span.Start >= quote.Outer.End && m.IsNamed && text.AsSpan(quote.Outer.End, m.Span.Start - quote.Outer.End).Trim().Trim(',').IsEmpty);
        Match verb = speaker is null ? Match.Empty : VerbAfterName().Match(text, speaker.Span.End);
        return verb.Success && verb.Index == speaker!.Span.End && verb.Index + verb.Length <= sentence.End
            ? new ReportingClause(verb.Groups["cue"].Value, new TextSpan(verb.Groups["cue"].Index, verb.Groups["cue"].Index + verb.Groups["cue"].Length), speaker, Joint: false)
            : null;
    }

    // A lowercase verb right after the name: "began", "opened", "quipped", "went on".
    [GeneratedRegex(@"\G\s+(?<cue>[a-z]{3,}(?:ed|s)|began|went on|wrote|spoke|told)\b")]
    private static partial Regex VerbAfterName();

    // "Hoover estimated that there are “somewhere between 23 and 28 people …”", "The senator contends: “…”":
    // a person opening the sentence, a verb, then "that" or a colon before the quotation. Whatever the verb,
    // what follows is what the person holds or said.
    private static ReportingClause? ThatClause(string text, TextSpan sentence, IReadOnlyList<QuoteSpan> quotes, Mention[] inSentence)
    {
        Mention? subject = inSentence.FirstOrDefault();
        if (subject is null || !subject.IsNamed || !OpensClause(text, sentence.Start, subject))
        {
            return null;
        }

        Match verb = VerbThenThat().Match(text, subject.Span.End);
        bool quoteAfter = verb.Success && verb.Index == subject.Span.End && quotes.Any(q => q.Outer.Start >= verb.Index + verb.Length && q.Outer.Start < sentence.End);
        return quoteAfter
            ? new ReportingClause(verb.Groups["cue"].Value, new TextSpan(verb.Groups["cue"].Index, verb.Groups["cue"].Index + verb.Groups["cue"].Length), subject, Joint: false)
            : null;
    }

    // Up to two adverbs, a lowercase verb in -ed or -s, then "that" or a colon.
    [GeneratedRegex(@"\G(?:\s+[a-z]+ly)?\s+(?<cue>[a-z]{3,}(?:ed|es|s))(?:\s+[a-z]+ly)?(?:\s+that\b|\s*:)")]
    private static partial Regex VerbThenThat();

    // "… ," the ministry said.' — a quotation with a reporting verb whose subject is no person the text names
    // (a ministry, an official, sources), or a person the knowledge base does not know ("…,” says Parata).
    // The words are someone's; who is not known.
    private static ReportingClause? Unnamed(string text, TextSpan sentence, string body, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<QuoteSpan> sentenceQuotes)
    {
        if (sentenceQuotes.Count == 0)
        {
            return null;
        }

        // "A senior government official said Japan was now a “full global partner”": the subject is named by
        // its office, so even a fragment is that person's words, not a scare quote.
        Match[] cues = Cues(CueVerbs.Finite(), body, sentence.Start, quotes).ToArray();
        if (cues.FirstOrDefault(c => TextWindow.Before(Knowledge.Vocabulary.UnnamedSubject, body, c.Index).Success) is Match bySubject)
        {
            return Clause(bySubject, unnamedSubject: true);
        }

        // "The email said, “Effective immediately …”", "The department said it will “be adding …”": a noun phrase
        // led by a determiner opens the sentence (or its main clause) and is the subject of a verb of saying. It
        // names nobody, so what it is quoted saying is kept, fragments too, and given to nobody. Only a plain verb
        // of saying (those that may take their subject after them): "The two ministers agreed to hold a “2+2”
        // meeting", "The vision underscores Japan's role as a “responsible stakeholder”" quote nobody.
        if (cues.FirstOrDefault(c => CueVerbs.SubjectMayFollow(Lower(c)) && NounPhraseSubject().Match(body, 0, c.Index).Success) is Match byNounPhrase)
        {
            return Clause(byNounPhrase, unnamedSubject: true);
        }

        // "The billionaire businessman began by talking about the crisis, saying that heroin is now “cheaper than
        // getting candy.”": a sentence opened by such a noun phrase, a participle of saying, the quotation after it.
        // (With a person named before the participle, the participle's own rule has answered already.)
        if (DeterminerOpening().IsMatch(body)
            && Cues(CueVerbs.Participle(), body, sentence.Start, quotes).FirstOrDefault(c => sentenceQuotes[0].Outer.Start > sentence.Start + c.Index) is Match byParticiple)
        {
            return Clause(byParticiple, unnamedSubject: true);
        }

        Match? cue = cues.FirstOrDefault(c =>
            TextWindow.Before(QuoteThenWord(), body, c.Index).Success
            || TextWindow.Before(QuoteThenNounPhrase(), body, c.Index).Success
            || QuoteEndsRightBefore(text, quotes, sentence.Start + c.Index));
        return cue is null ? null : Clause(cue, unnamedSubject: false);

        ReportingClause Clause(Match found, bool unnamedSubject) =>
            new(Lower(found), new TextSpan(sentence.Start + found.Index, sentence.Start + found.Index + found.Length), null, Joint: false, unnamedSubject);
    }

    // A sentence opened by a determiner, after an opening phrase if any ("In a statement, the committee").
    private const string DeterminerStart = @"^\s*(?:[^,""“”]{1,60},\s+)?(?:the|a|an|one|another|this|these|those|its|their|his|her|our|some|several|many|multiple)\s+";

    // A determiner and up to six words with no quotation, no conjunction and no clause opener between them and
    // the verb; an appositive or adverbs after.
    [GeneratedRegex(DeterminerStart + @"(?:(?!(?:and|or|but|who|which|that|when|if|to|after|before|because|while|as|than|he|she|they|it)\b)[\p{L}\p{N}'’&.-]+\s+){0,5}(?!(?:and|or|but|who|which|that|when|if|to|he|she|they|it)\b)[\p{L}\p{N}'’&.-]+(?:\s*,[^,""“”]{1,120},)?(?:\s+(?:\p{Ll}+ly|on \p{L}+|\p{L}+day|last \p{L}+|this \p{L}+|also|later|then|again))*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NounPhraseSubject();

    [GeneratedRegex(DeterminerStart + @"\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerOpening();

    // The cue directly follows the closing quote and its comma: "“…,” says Parata".
    // Quotes do not overlap, so only the last one opening before the cue can end right before it.
    private static bool QuoteEndsRightBefore(string text, IReadOnlyList<QuoteSpan> quotes, int cueStart) =>
        QuoteScanner.LastBefore(quotes, cueStart) is QuoteSpan q && q.Outer.End <= cueStart && text.AsSpan(q.Outer.End, cueStart - q.Outer.End).Trim().Trim(',').IsEmpty;

    private static IEnumerable<Match> Cues(Regex pattern, string body, int offset, IReadOnlyList<QuoteSpan> quotes) =>
        pattern.Matches(body).Where(m => !QuoteScanner.IsInside(quotes, offset + m.Index));

    private static string Lower(Match cue) => cue.Groups["cue"].Value.ToLowerInvariant();

    // "In response to the attack, Republican presidential nominee Donald Trump issued the following statement:": a
    // named subject may stand after its description.
    private static bool OpensDescribed(string text, int clauseStart, Mention subject)
    {
        if (OpensClause(text, clauseStart, subject))
        {
            return true;
        }

        string before = text[clauseStart..subject.Span.Start];
        int comma = before.LastIndexOf(',');
        return subject.IsNamed && UntitledSpeakerFinder.IsDescription(before[(comma + 1)..]) && OpensClause(text, clauseStart, subject with { Span = new TextSpan(clauseStart + comma + 1, subject.Span.End) });
    }

    private static bool OpensClause(string text, int sentenceStart, Mention subject)
    {
        string before = text[sentenceStart..subject.Span.Start].Trim();
        // "Trump's campaign", "Sanders’ campaign": a possessive name is no subject.
        bool possessive = subject.Span.End < text.Length - 1 && text[subject.Span.End] is '\'' or '’' && (text[subject.Span.End + 1] == 's' || text[subject.Span.End - 1] == 's');
        return !possessive && (before.Length == 0 || before.EndsWith(',') || before.EndsWith('"') || before.EndsWith('”'));
    }

    // Between subject and cue only adverbs, time phrases, commas or one appositive may stand.
    private static bool IsSkippableGap(string text, int from, int to, bool afterName)
    {
        // "Sen. Chris Murphy (D-Conn.) said", "Sen. Ben Cardin of Maryland said": a party tag or a home state
        // after the name belongs to the name, an appositive may follow it ("Rep. Elijah Cummings (D-Md.), chair of the
        // committee, said"). (After a role, "of France" says whose the office is: not skipped.)
        string gap = afterName ? NameTag().Replace(text[from..to], string.Empty, 1) : text[from..to];
        // "Donald Trump — who said he expected …": the relative pronoun's antecedent is the subject.
        if (IsAppositive(gap) || RelativeWho().IsMatch(gap) || TimeOrPlacePhrase().IsMatch(gap))
        {
            return true;
        }

        return gap.Split([' ', ',', ';', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).All(w => s_skippableWords.Contains(w) || IsAdverb(w));
    }

    /// <summary>
    /// Whether <paramref name="word"/> is an adverb in -ly that may stand between a subject and its verb ("Cruz gingerly
    /// said", "Clinton emphatically proclaimed"); nouns and adjectives in -ly ("a Trump rally said") are not.
    /// </summary>
    internal static bool IsAdverb(string word) =>
        word.Length >= 5 && word.EndsWith("ly", StringComparison.Ordinal) && word.All(char.IsLower) && !s_notAdverbs.Contains(word);

    private static readonly HashSet<string> s_notAdverbs = new(StringComparer.Ordinal)
    {
        "rally", "family", "assembly", "supply", "reply", "daily", "weekly", "monthly", "quarterly", "yearly", "early",
        "likely", "belly", "bully", "jelly", "holly", "folly", "italy", "july", "friendly", "elderly", "lonely", "costly",
        "deadly", "lovely", "silly", "ugly", "holy", "anomaly", "monopoly", "homily", "lily", "tally", "sally", "ally",
    };

    // "Lin Jian framed the vote as Japan's domestic affair but said …": the subject of the first verb is the
    // subject of the second, when it is the sentence's first person named, nobody else is named between them
    // and the clause does not break off. ("McConnell … after he clinched the nomination and said": not "he".)
    // A pronoun counts only where it opens the sentence or its main clause: "Hayek confirmed she had been and said" is not "she"'s.
    // "Priebus, who has been in daily contact with the Trump campaign, arrived … and acknowledged": a relative clause after
    // the subject is passed over, names inside it too.
    private static bool IsCoordinatedPredicate(string text, int sentenceStart, Mention subject, int cueStart, IReadOnlyList<Mention> inSentence)
    {
        if (inSentence.Count == 0 || inSentence[0] != subject || !(subject.IsNamed || OpensClause(text, sentenceStart, subject)))
        {
            return false;
        }

        Match relative = subject.IsNamed ? LeadingRelativeClause().Match(text, subject.Span.End, cueStart - subject.Span.End) : Match.Empty;
        int predicateStart = relative.Success ? relative.Index + relative.Length - 1 : subject.Span.End;
        // After a named subject, people named in its first predicate are its objects ("Adelson met with Trump in December and
        // declared", "Massie used to support Rand Paul, but now said"), and a pronoun there names nobody else ("McConnell was
        // quick to embrace the mogul after he clinched the nomination and said"). After a pronoun a name between may be the subject.
        return CoordinatedPredicate().IsMatch(text.AsSpan(predicateStart, cueStart - predicateStart)) && text.AsSpan(predicateStart).StartsWith(" ")
            && (subject.IsNamed || !inSentence.Any(m => m.Span.Start >= predicateStart && m.Span.End <= cueStart));
    }

    [GeneratedRegex(@"\G\s*,\s*who\s[^""“”;:(),]{1,240}, ")]
    private static partial Regex LeadingRelativeClause();

    // A lowercase verb, its object (no clause break, no quotation; a title's short form may stand in it: "was joined on stage by
    // Sen. Al Franken and joked"), then "and" or "but" before the cue.
    [GeneratedRegex(@"^\s+(?!(?:who|which|that|and|but|or|of|in|on|at|to|for|with|from|by|as)\b)[a-z][a-z'’-]+\b(?:[^,.;:!?""“”()]|(?<=(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Capt|Rev))\.){0,150}?,?\s+(?:and|but)(?:\s+(?:also|then|later|now))?\s*$")]
    private static partial Regex CoordinatedPredicate();

    // "Iwaya and Blinken agreed": the mention right before the cue is only one of the speakers.
    private static bool IsJoint(string text, Mention subject, IReadOnlyList<Mention> mentions)
    {
        Mention? previous = mentions.LastOrDefault(m => m.Span.End <= subject.Span.Start);
        return previous is not null && previous.IsNamed && text[previous.Span.End..subject.Span.Start].Trim() is "and" or "&";
    }

    // "… collaboration with former President Trump underscores …": the object of a preposition is not a subject.
    private static bool FollowsPreposition(string text, int start) => TextWindow.Before(PrepositionBefore(), text, start).Success;

    [GeneratedRegex(@"\b(with|of|to|for|by|from|about|on|under|against|between|among|toward|towards|than|into|like)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();


    // '"…," Democrats said': one capitalised word between the closing quote and the verb, a group or a
    // name the story never gives in full.
    [GeneratedRegex(@"[,!?]?[""”’]\s*\p{Lu}[\p{L}'’-]+\s+$")]
    private static partial Regex QuoteThenWord();

    // '"It was very nice," the gambling tycoon told Reuters', '"…," one user wrote': a short noun phrase
    // between the closing quote and the verb. Someone's words; who, the text does not say by name.
    [GeneratedRegex(@"[,!?][""”’]\s+(?:the|a|an|one|another|his|her|their|its|some|this|that)\s+[^""“”,.;:]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteThenNounPhrase();

    private static bool IsAppositive(string gap) => Appositive().IsMatch(gap) || RelativeClause().IsMatch(gap);

    // One appositive, or two ("Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said").
    [GeneratedRegex(@"^\s*,[^,""“”]{1,200},(?:[^,""“”]{1,120},)?\s*$")]
    private static partial Regex Appositive();

    // "Trump, who previously questioned whether Curiel's heritage made him biased due to …, said": a relative clause
    // may be long and name others; the comma that closes it stands right before the verb.
    [GeneratedRegex(@"^\s*,\s*who\s[^""“”;:()]{1,240},\s*$")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s+" + UntitledSpeakerFinder.DescriptionWords + @"$")]
    private static partial Regex DescriptionBeforeName();

    // What follows a name in American copy, before the verb: "(D-Conn.)", "(R)", "of Maryland", "of New Hampshire".
    // USA Today sets the tag between commas: "Mitch McConnell, R-Ky., said".
    // An affiliation may follow too: "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told".
    [GeneratedRegex(@"^\s*(?:\([^()""“”]{1,30}\)|of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,4}|,\s*[RDI]-[A-Z][a-z]{0,5}\.?(?=,))")]
    private static partial Regex NameTag();

    // "Sanders during a Sunday rally thanked", "Bush in a Medium post said", "Trump at the time said": a short phrase of
    // time or place between the subject and its verb.
    [GeneratedRegex(@"^\s+(?:during|in|at|on)\s+(?:a|an|the|his|her|their)\s+(?:(?!(?:who|which|that|and|but|or|with|of|to|for)\b)[\p{L}-]+\s+){1,3}(?:also\s+|later\s+)?$")]
    private static partial Regex TimeOrPlacePhrase();

    [GeneratedRegex(@"^\s*[,—–-]?\s*who\s+(?:also\s+|later\s+|had\s+|has\s+|then\s+)?$")]
    private static partial Regex RelativeWho();
}
