using System.Text;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>
/// The annotation in a few words of its surroundings, on one line: «…the words before [the annotation] the words
/// after…». Surroundings need the document text (`--documents`); without it, the annotation's own text is shown,
/// its middle elided when long.
/// </summary>
internal sealed class ContextWords(string? text, OffsetUnit unit)
{
    private const int Words = 4;
    private const int MaxCharacters = 60;

    // Built on the first change shown: most documents of a corpus have none.
    private OffsetMap? _offsets;

    public string Around(Annotation annotation)
    {
        var own = Elide(Flatten(annotation.Text));
        if (text is null || annotation.Span is null)
        {
            return $"[{own}]";
        }

        _offsets ??= new OffsetMap(text);
        var start = _offsets.ToUtf16(annotation.Span.Start, unit);
        var end = Math.Max(start, _offsets.ToUtf16(annotation.Span.End, unit));
        var before = WordsBefore(text, start);
        var after = WordsAfter(text, end);
        return $"{(before.Start.Value > 0 ? "…" : string.Empty)}{Flatten(text[before])}[{own}]{Flatten(text[after])}{(after.End.Value < text.Length ? "…" : string.Empty)}";
    }

    // Up to Words words back from position, within MaxCharacters.
    private static Range WordsBefore(string text, int position)
    {
        var limit = Math.Max(0, position - MaxCharacters);
        var words = 0;
        var i = position;
        while (i > limit)
        {
            if (char.IsWhiteSpace(text[i - 1]) && i < position && !char.IsWhiteSpace(text[i]) && ++words == Words)
            {
                break;
            }

            i--;
        }

        return i..position;
    }

    private static Range WordsAfter(string text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxCharacters);
        var words = 0;
        var i = position;
        while (i < limit)
        {
            if (char.IsWhiteSpace(text[i]) && i > position && !char.IsWhiteSpace(text[i - 1]) && ++words == Words)
            {
                break;
            }

            i++;
        }

        return position..i;
    }

    private static string Elide(string value)
    {
        if (value.Length <= MaxCharacters)
        {
            return value;
        }

        // Never cut a surrogate pair in half.
        var head = char.IsHighSurrogate(value[29]) ? 31 : 30;
        var tail = value.Length - (char.IsLowSurrogate(value[^20]) ? 21 : 20);
        return $"{value[..head]} … {value[tail..]}";
    }

    // One line, whatever the text holds: runs of white space and control characters become one space.
    private static string Flatten(string value)
    {
        var flat = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!blank)
            {
                flat.Append(c);
            }
            else if (flat.Length == 0 || flat[^1] != ' ')
            {
                flat.Append(' ');
            }
        }

        return flat.ToString();
    }
}
