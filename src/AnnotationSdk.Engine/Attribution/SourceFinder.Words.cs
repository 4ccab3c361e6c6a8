using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>What single words are: pronouns, possessives, acronyms; and the source type a phrase suggests.</summary>
internal sealed partial class SourceFinder
{
    public SourceType NameType(int first, int end)
    {
        if (IsPhrase(_lexicons.Places, first, end))
        {
            return SourceType.Organization;
        }

        var organisation = -1;
        for (var i = first; i < end; i++)
        {
            if (words.Is(i, WordClasses.Organisation) || IsAcronym(context.TextOf(i)))
            {
                organisation = i;
            }
        }

        return organisation < 0 || NamedAfterRole(Math.Max(organisation, first + 1), end) ? SourceType.Person : SourceType.Organization;
    }

    /// <summary>A role or a possessive from the run's last organisation word at <paramref name="organisation"/> on, before
    /// its last word: the organisation says where the person named after it works ("Senate Minority Whip Dick Durbin",
    /// "NBC’s Chuck Todd").</summary>
    private bool NamedAfterRole(int organisation, int end)
    {
        for (var i = organisation; i < end - 1; i++)
        {
            if (words.Is(i, WordClasses.Role) || IsPossessive(i))
            {
                return true;
            }
        }

        return false;
    }

    private SourceType NounType(int first, int head)
    {
        if (words.Is(head, WordClasses.Document))
        {
            return SourceType.Document;
        }

        if (words.Is(head, WordClasses.Group))
        {
            return SourceType.Organization;
        }

        if (words.Is(head, WordClasses.Anonymous))
        {
            // "Smith campaign officials" names whose officials they are, but not who speaks: still anonymous.
            return SourceType.Anonymous;
        }

        if (words.Is(head, WordClasses.Role))
        {
            return SourceType.Person;
        }

        return first < head && context.IsCapitalized(first) ? SourceType.Organization : SourceType.Person;
    }

    public static SourceType PronounType(string pronounClass) => pronounClass switch
    {
        "person" => SourceType.Person,
        "thing" => SourceType.Organization,
        _ => SourceType.Unspecified,
    };

    public string? Pronoun(int index) =>
        _tokens[index].Kind == TokenKind.Word && words.Is(index, WordClasses.Pronoun) && _lexicons.Pronouns.TryGetValue(context.TextOf(index), out var pronounClass) ? pronounClass : null;

    private bool IsNounHead(int index) =>
        words.Is(index, WordClasses.Anonymous | WordClasses.Document | WordClasses.Group) || (words.Is(index, WordClasses.Role) && !context.IsCapitalized(index));

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsNameParticle(int index) => context.TextOf(index) is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" or "le";

    private bool IsPossessive(int index) => IsPossessive(context.TextOf(index));

    /// <summary>"Smith’s", "veterans’": a word ending in a possessive.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => word is [.., '\'' or '\u2019', 's' or 'S'] or [.., 's', '\'' or '\u2019'];

    /// <summary>What <see cref="Pronoun"/> says, or the same for the pronoun inside a contraction ("He’s claiming").</summary>
    public string? PronounOrContraction(int index) => Pronoun(index) ?? ContractedPronoun(index);

    /// <summary>"He’s claiming", "It’s denouncing": the pronoun inside a contraction with an auxiliary.</summary>
    private string? ContractedPronoun(int index)
    {
        var word = context.TextOf(index);
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && IsContraction(index) && _lexicons.Pronouns.TryGetValue(word[..apostrophe], out var pronounClass) ? pronounClass : null;
    }

    /// <summary>"You’re", "We’ll", "He’s": a pronoun and a verb in one word, not a name.</summary>
    private bool IsContraction(int index)
    {
        var word = context.TextOf(index);
        var apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0)
        {
            return false;
        }

        var suffix = word[(apostrophe + 1)..];
        return suffix is "re" or "ll" or "ve" or "m" or "d"
            || (suffix is "s" && IsSubjectPronounTakingS(word[..apostrophe]));
    }

    private static bool IsSubjectPronounTakingS(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int index) => _tokens[index].Kind == TokenKind.Word || (_tokens[index].Kind == TokenKind.Number && index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word);

    private bool IsPunctuation(int index, char mark) =>
        index >= 0 && index < _tokens.Count && _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == mark;

    private bool IsComma(int index) => _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == ',';

    /// <summary>An em dash, an en dash or a hyphen standing alone.</summary>
    private bool IsDash(int index) => IsPunctuation(index, '\u2014') || IsPunctuation(index, '\u2013') || IsPunctuation(index, '-');

    /// <summary>Tokens <paramref name="first"/> to <paramref name="end"/> are exactly one of <paramref name="phrases"/>.</summary>
    private bool IsPhrase(PhraseMatcher<bool> phrases, int first, int end) =>
        phrases.TryMatch(context.Text, _tokens, first, end, out var match) && match.End == end;
}
