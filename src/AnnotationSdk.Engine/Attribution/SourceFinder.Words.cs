using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>What single words are: pronouns, possessives, acronyms; and the source type a phrase suggests.</summary>
internal sealed partial class SourceFinder
{
    public SourceType NameType(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = context.TextOf(i);
            if (_lexicons.Organisations.Contains(word) || IsAcronym(word))
            {
                return SourceType.Organization;
            }
        }

        return SourceType.Person;
    }

    private SourceType NounType(int first, int head)
    {
        var word = context.TextOf(head);
        if (_lexicons.Documents.Contains(word))
        {
            return SourceType.Document;
        }

        if (_lexicons.Groups.Contains(word))
        {
            return SourceType.Organization;
        }

        if (_lexicons.Anonymous.Contains(word))
        {
            // "Smith campaign officials" names whose officials they are, but not who speaks: still anonymous.
            return SourceType.Anonymous;
        }

        if (_lexicons.Roles.Contains(word))
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
        _tokens[index].Kind == TokenKind.Word && _lexicons.Pronouns.TryGetValue(context.TextOf(index), out var pronounClass) ? pronounClass : null;

    private bool IsNounHead(int index)
    {
        var word = context.TextOf(index);
        return _lexicons.Anonymous.Contains(word) || _lexicons.Documents.Contains(word) || _lexicons.Groups.Contains(word)
            || (_lexicons.Roles.Contains(word) && !context.IsCapitalized(index));
    }

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

    private bool IsPossessive(int index) => context.TextOf(index) is [.., '\'' or '\u2019', 's' or 'S'] or [.., 's', '\'' or '\u2019'];

    /// <summary>"You’re", "We’ll": a pronoun and a verb in one word, not a name.</summary>
    private bool IsContraction(int index) =>
        context.TextOf(index) is [.., '\'' or '\u2019', 'r', 'e'] or [.., '\'' or '\u2019', 'l', 'l'] or [.., '\'' or '\u2019', 'v', 'e']
            or [.., '\'' or '\u2019', 'm'] or [.., '\'' or '\u2019', 'd'];

    private bool IsWord(int index) => _tokens[index].Kind == TokenKind.Word || (_tokens[index].Kind == TokenKind.Number && index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word);

    private bool IsPunctuation(int index, char mark) =>
        index >= 0 && index < _tokens.Count && _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == mark;

    private bool IsComma(int index) => _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == ',';
}
