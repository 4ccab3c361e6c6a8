using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Resolves source mentions to canonical speakers while the document is read once, front to back: full names
/// are remembered by their last word ("Krasheninnikov" → "Fyodor Krasheninnikov"), and pronouns
/// take the most recent fitting entity ("he" → the last person named, "it" → the last organisation). People
/// are also noticed outside attributions, when a role precedes the name or an apposition follows it
/// ("Andrei Lankov, a Korea specialist …"), so a later "he told journalists" finds them.
/// </summary>
internal sealed class SpeakerResolver(AnnotationContext context, List<TextSpan> quoted, TokenWordClasses words)
{
    private const int MaxNameTokens = 5;

    // An organisation's name may hold connectors: "Organization for Economic Cooperation and Development".
    private const int MaxAntecedentTokens = 8;

    private readonly AttributionLexicons _lexicons = AttributionLexicons.Default;
    // Looked up by span, so the tokens need no strings; filled by string.
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _fullNames =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private int _observed;

    // The last words _fullNames holds: most capitalised words are no known last name, and the mask says so without hashing the word.
    private InitialMask _lastWords;

    private int _nextQuote;
    private string _lastPerson = string.Empty;
    private string _lastOrganisation = string.Empty;
    private string _lastGroup = string.Empty;

    /// <summary>Reads the tokens up to <paramref name="end"/> for people and organisations named along the way.</summary>
    public void ObserveUpTo(int end)
    {
        var span = context.Tokens.AsSpan();
        var cancellation = context.CancellationToken;
        // A local, written back at the end: the loop reads every token, and a field would be stored at each one.
        var observed = _observed;
        while (observed < end)
        {
            cancellation.ThrowIfCancellationRequested();

            // Most tokens are not capitalised words, the first thing IsNameWord rejects: skipped without the call.
            if (!span[observed].Capitalized)
            {
                observed++;
                continue;
            }

            observed = ObserveNameAt(observed, end);
        }

        _observed = observed;
    }

    /// <summary>Registers the name that capitalised word <paramref name="i"/> opens, if it opens one; returns the next token to read.</summary>
    private int ObserveNameAt(int i, int end)
    {
        var tokens = context.Tokens;
        // The word's own look-up comes last, saved for the words after a name or inside a quote. A capitalised word
        // that ends the sentence before (a headline has no period) opens no run with this one.
        if ((IsNameWord(i - 1) && tokens[i - 1].Sentence == tokens[i].Sentence) || InsideQuote(i) || !IsName(i))
        {
            return i + 1;
        }

        var last = i;
        while (last + 1 < tokens.Count && last + 1 - i < MaxNameTokens && tokens[last + 1].Sentence == tokens[i].Sentence)
        {
            if (IsNameWord(last + 1))
            {
                last++;
            }
            else if (context.IsInitialPeriod(last + 1) && IsNameWord(last + 2) && tokens[last + 2].Sentence == tokens[i].Sentence)
            {
                last += 2; // "George W. Bush": the initial's period is inside the name
            }
            else
            {
                break;
            }
        }

        var known = TryFullName(context.TextOf(last), out _);
        var multiWord = last > i;
        // A role may open the capitalised run itself ("Mayor Tom Adeyemi was less patient"): Register strips it.
        var roleLeads = multiWord && last - i >= 1 && words.Is(i, WordClasses.Role) && !words.Is(last, WordClasses.Role);

        // A headline capitalises every word, so its runs are no names: "Offensive Things Donald Trump Said". After a
        // name's "of" a run says where that person is from: "Lee Zeldin of New York, a Trump supporter".
        if ((multiWord && (RoleBefore(i) || roleLeads || AppositionAfter(last)) || known) && !TitleCaseLine.Contains(context, i)
            && !(i >= 2 && context.Is(i - 1, "of") && IsNameWord(i - 2)))
        {
            // "Like Smith, he believes …": the one compared with is by definition not the "he" that follows.
            var compared = i > 0 && (context.Is(i - 1, "like") || context.Is(i - 1, "unlike"));
            var lastPerson = _lastPerson;
            Register(i, last + 1, person: true);
            if (compared)
            {
                _lastPerson = lastPerson;
            }
        }

        return Math.Max(i + 1, Math.Min(last + 1, end));
    }

    /// <summary>Names inside quotes are what speakers talk about, not who speaks next.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool InsideQuote(int index)
    {
        var start = context.Tokens[index].Start;
        while (_nextQuote < quoted.Count && quoted[_nextQuote].End <= start)
        {
            _nextQuote++;
        }

        return _nextQuote < quoted.Count && quoted[_nextQuote].Start <= start;
    }

    /// <summary>The canonical speaker and the source type of a mention.</summary>
    /// <param name="inHeadline">The mention is a name in a title-case line (<see cref="TitleCaseLine"/>).</param>
    public (string Speaker, SourceType Type) Resolve(SourceMention mention, bool inHeadline)
    {
        switch (mention.Kind)
        {
            case MentionKind.Pronoun:
                return ResolvePronoun(mention.First);
            case MentionKind.Name:
                var type = mention.Type;
                // A headline capitalises every word, so a run of more than two may hold more than the name: it is not
                // remembered as one, and the whole document read, the name the body gives in full replaces it (InFull).
                var speaker = Register(mention.NameStart, mention.End, type == SourceType.Person, remember: !inHeadline);
                // "a statement from President Putin": a document's author is named as a person may be, in part.
                return (type == SourceType.Document && TryFullName(speaker, out var author) ? author : speaker, type);
            default:
                if (mention.Type == SourceType.Organization)
                {
                    _lastGroup = Text(mention.First, mention.End);
                }

                return (string.Empty, mention.Type);
        }
    }

    private (string, SourceType) ResolvePronoun(int index)
    {
        var word = context.TextOf(index);
        _lexicons.Pronouns.TryGetValue(word, out var pronounClass);
        switch (pronounClass)
        {
            case "person":
                return (_lastPerson, SourceType.Person);
            case "thing":
                return (_lastOrganisation, SourceType.Organization);
            case "relative":
                // "Smith, who said", "the Communications Workers of America, which endorsed": the name just before the comma.
                var tokens = context.Tokens;
                var j = index - 1;
                if (j > 0 && tokens[j].Kind == TokenKind.Punctuation && context.Text[tokens[j].Start] == ',' && IsAntecedentWord(j - 1))
                {
                    var first = j - 1;
                    var organisation = words.Is(first, WordClasses.Organisation);
                    while (first > 0 && j - first < MaxAntecedentTokens)
                    {
                        // The word before, past any connectors, which only join two words of a name when no role precedes them.
                        var previous = BeforeConnectors(first - 1, 0);
                        if (!IsAntecedentWord(previous) || (previous < first - 1 && words.Is(previous, WordClasses.Role)))
                        {
                            break;
                        }

                        first = previous;
                        organisation |= words.Is(first, WordClasses.Organisation);
                    }

                    return organisation
                        ? (Register(first, j, person: false), SourceType.Organization)
                        : (Register(first, j, person: true), SourceType.Person);
                }

                return (string.Empty, SourceType.Unspecified);
            default:
                return (_lastGroup.Length > 0 ? _lastGroup : _lastOrganisation, SourceType.Unspecified);
        }
    }

    /// <summary>Remembers a name and returns its canonical form (the fullest form seen with the same last or first word).</summary>
    /// <param name="remember">False for a run from a headline: remembered as a full name only when two words long.</param>
    private string Register(int first, int end, bool person, bool remember = true)
    {
        if (person)
        {
            end = PersonNameEnd(first, end);
        }

        // The name proper is the run of capitalised words after the last title or role ("… Staff Chief Valery Gerasimov"),
        // initials included; no other punctuation is inside it ("Dr. Hanne Solberg" is "Hanne Solberg", not ". Hanne Solberg").
        // A person's also starts after a party label or a possessive: "Republican Donald Trump", "National Review’s Ian Tuttle".
        var nameStart = end - 1;
        while (nameStart - 1 >= first && !words.Is(nameStart - 1, WordClasses.Role)
            && (context.Tokens[nameStart - 1].Kind != TokenKind.Punctuation || context.IsInitialPeriod(nameStart - 1))
            && (!words.Is(nameStart - 1, WordClasses.NotName) || IsInnerConnector(nameStart - 1, first) || context.IsInitialPeriod(nameStart))
            && !(person && OpensPersonName(nameStart)))
        {
            nameStart--;
        }

        // After a role's "of" ("Secretary of State John Kerry", "Secretary of the Treasury") the run opens with the office:
        // the walk stopped at the connectors, or the mention itself began after them.
        if (IsOfficeOfRole(nameStart - 1))
        {
            nameStart = OfficeHolderStart(nameStart, end);
        }

        first = nameStart;

        // Spans until a new name is kept: most mentions repeat a name already known.
        var lastWord = context.TextOf(end - 1);
        string canonical;
        if (end - first == 1)
        {
            canonical = person && TryFullName(lastWord, out var full) ? full : Text(first, end);
        }
        else if (person && TryFullName(lastWord, out var known) && known.AsSpan().EndsWith(context.TextOf(context.SpanOf(first, end)), StringComparison.OrdinalIgnoreCase))
        {
            canonical = known; // "Jong Un" after "Kim Jong Un"
        }
        else
        {
            canonical = Text(first, end);
            if (person && (remember || end - first <= 2))
            {
                _fullNames[lastWord] = canonical;
                _lastWords.Add(lastWord);
            }
        }

        if (person)
        {
            _lastPerson = canonical;
        }
        else
        {
            _lastOrganisation = canonical;
        }

        return canonical;
    }

    /// <summary>A capitalised word after a party label or a possessive (not "He’s") opens a person's name.</summary>
    private bool OpensPersonName(int index)
    {
        if (!context.IsCapitalized(index))
        {
            return false;
        }

        var before = context.TextOf(index - 1);
        return words.Is(index - 1, WordClasses.Party)
            || (SourceFinder.IsPossessive(before) && !_lexicons.Pronouns.Contains(before[..^2]));
    }

    /// <summary>
    /// A person's name (two words at least, "Half of Vermont Democrats" is none) ends before an "of" that follows it:
    /// what comes after is where the person is from or works ("Lee Zeldin of New York", "Paul Krugman of the New York
    /// Times"). The "of" after a role names its office ("Secretary of State John Kerry"), which the name comes after.
    /// </summary>
    private int PersonNameEnd(int first, int end)
    {
        for (var k = first + 1; k < end - 1; k++)
        {
            if (context.TextOf(k) is "of" && k - 2 >= first && IsNameWord(k - 1) && !words.Is(k - 1, WordClasses.Role)
                && (IsNameWord(k - 2) || context.IsInitialPeriod(k - 2)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// A headline's speaker once the document is read: the full name the body gives for its last word, when the
    /// speaker ends with that name ("Offensive Things Donald Trump" is "Donald Trump") or is its shorter form ("Trump").
    /// Not after a relative pronoun: in "Actor Who Endorsed Ted Cruz" the name is whom the speaker endorsed.
    /// </summary>
    public string InFull(string speaker)
    {
        var lastWord = speaker.AsSpan(speaker.LastIndexOf(' ') + 1);
        if (!TryFullName(lastWord, out var full) || full.Length == speaker.Length)
        {
            return speaker;
        }

        var (longer, shorter) = full.Length > speaker.Length ? (full, speaker) : (speaker, full);
        if (!longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase) || longer[longer.Length - shorter.Length - 1] != ' ')
        {
            return speaker;
        }

        var before = speaker.AsSpan(0, speaker.Length - shorter.Length);
        foreach (var word in before.Split(' '))
        {
            if (_lexicons.Pronouns.TryGetValue(before[word], out var pronoun) && pronoun == "relative")
            {
                return speaker;
            }
        }

        return full;
    }

    /// <summary>"of", "for the" inside a name ("Institute for the Study of War"), with a capitalised word before them that
    /// is no role: after a role they name its office ("Secretary of State"), which is no part of the name.</summary>
    private bool IsInnerConnector(int index, int first)
    {
        var k = BeforeConnectors(index, first);
        return k < index && k >= first && context.IsCapitalized(k) && !words.Is(k, WordClasses.Role);
    }

    /// <summary>Token <paramref name="index"/> ends the connectors of an office after a role: "Secretary of", "Minister
    /// for the".</summary>
    private bool IsOfficeOfRole(int index)
    {
        var k = BeforeConnectors(index, 0);
        return k < index && words.Is(k, WordClasses.Role) && context.TextOf(k + 1) is "of" or "for";
    }

    /// <summary>The token before the connectors that end at <paramref name="index"/>, no further back than <paramref name="first"/>.</summary>
    private int BeforeConnectors(int index, int first)
    {
        var k = index;
        while (k > first && context.IsConnectorWord(k))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Where the name starts in the capitalised run after an office ("State John F. Kerry", "Homeland Security Kovac"):
    /// past the office's words; for an office the lexicon does not know, at the run's last word if that is a known
    /// person's, else at the run's start ("director of National Nurses United" names a union, not an office).
    /// </summary>
    private int OfficeHolderStart(int runStart, int end)
    {
        var afterOffice = runStart;
        while (afterOffice < end - 1 && words.Is(afterOffice, WordClasses.Office))
        {
            afterOffice++;
        }

        return afterOffice > runStart || !TryFullName(context.TextOf(end - 1), out _) ? afterOffice : end - 1;
    }

    /// <summary>The full name known by <paramref name="lastWord"/>, if one is.</summary>
    private bool TryFullName(ReadOnlySpan<char> lastWord, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? fullName)
    {
        fullName = null;
        return _lastWords.MayContain(lastWord) && _fullNames.TryGetValue(lastWord, out fullName);
    }

    /// <summary>A capitalised word of a name or of an organisation's name.</summary>
    private bool IsAntecedentWord(int index) =>
        index >= 0 && index < context.Tokens.Count && context.IsCapitalized(index) && !words.Is(index, WordClasses.NotName);

    private bool IsNameWord(int index) => index >= 0 && index < context.Tokens.Count && context.IsCapitalized(index) && IsName(index);

    /// <summary>The test of <see cref="IsNameWord"/> after the capital.</summary>
    private bool IsName(int index) => !words.Is(index, WordClasses.NotName | WordClasses.Organisation);

    private bool RoleBefore(int first) => first > 0 && context.Tokens[first - 1].Kind == TokenKind.Word && words.Is(first - 1, WordClasses.Role);

    /// <summary>"Name, a/an/the …": an apposition describing the name, which marks it as a person's.</summary>
    private bool AppositionAfter(int last)
    {
        var tokens = context.Tokens;
        return last + 2 < tokens.Count && tokens[last + 1].Kind == TokenKind.Punctuation && context.Text[tokens[last + 1].Start] == ','
            && context.TextOf(last + 2) is "a" or "an" or "the";
    }

    private string Text(int first, int end) => context.Text[context.Tokens[first].Start..context.Tokens[end - 1].End];
}
